package dev.readyservice.review.secrets;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The one masking function of the review: every text it prints or writes (console lines, every
 * report file) goes through {@link #apply}. It replaces the values it was given (the credentials
 * found in the project's config, see {@link ConfigSecrets}) and any credential of a known format
 * ({@link CredentialPatterns}) with {@link #MASK}.
 *
 * <p>Values shorter than {@link #MIN_LENGTH} are not masked as text: masking {@code "abc"} would
 * garble every word that contains it. The plain-config check still names their keys.
 */
public final class SecretMask {
    /** What a secret is replaced with. */
    public static final String MASK = "[masked]";
    /** The shortest value masked wherever it appears. */
    public static final int MIN_LENGTH = 4;

    private final List<String> values;

    private SecretMask(Collection<String> values) {
        Set<String> kept = new LinkedHashSet<>();
        for (String value : values) {
            if (value != null && value.length() >= MIN_LENGTH && !value.contains(MASK)) {
                kept.add(value);
            }
        }
        // Longest first, so a secret that contains another is masked whole.
        this.values = kept.stream().sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .toList();
    }

    /** A mask of {@code values} and of credentials in known formats. */
    public static SecretMask of(Collection<String> values) {
        return new SecretMask(values);
    }

    /** A mask of credentials in known formats only (before the project's config is known). */
    public static SecretMask knownFormats() {
        return new SecretMask(List.of());
    }

    /**
     * This mask, also matching each value as {@code encodings} write it (a report format escapes
     * {@code _} or {@code &}, so the raw value no longer appears in the file).
     */
    public SecretMask withEncodings(List<UnaryOperator<String>> encodings) {
        Set<String> all = new LinkedHashSet<>(values);
        for (String value : values) {
            for (UnaryOperator<String> encoding : encodings) {
                all.add(encoding.apply(value));
            }
        }
        return new SecretMask(all);
    }

    /** {@code text} with every secret replaced by {@link #MASK}; {@code null} stays {@code null}. */
    public String apply(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String result = text;
        for (String value : values) {
            if (result.contains(value)) {
                result = result.replace(value, MASK);
            }
        }
        return CredentialPatterns.maskKnownFormats(result, MASK);
    }

    /** How many values this mask replaces as text, encodings included. */
    public int size() {
        return values.size();
    }
}
