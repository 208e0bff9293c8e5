package dev.readyservice.report;

import dev.readyservice.review.WireValues;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Renders wire-form input values for a human: secrets never show their value, anywhere in a
 * structure; unknowns say so; long values are cut.
 */
public final class DisplayValues {
    public static final String SECRET = "[secret]";
    public static final String UNKNOWN = "[unknown]";
    static final int MAX_LENGTH = 160;

    private DisplayValues() {
    }

    /** The value as one line of at most {@link #MAX_LENGTH} characters. */
    public static String render(Object value) {
        String text = full(value);
        return text.length() <= MAX_LENGTH ? text : text.substring(0, MAX_LENGTH - 1) + "…";
    }

    private static String full(Object value) {
        if (WireValues.isSecret(value)) {
            return SECRET;
        }
        if (WireValues.UNKNOWN.equals(value)) {
            return UNKNOWN;
        }
        if (value instanceof Map<?, ?> map) {
            if (WireValues.RESOURCE_REFERENCE_SIG.equals(map.get(WireValues.SIG_KEY))) {
                return "ref(" + full(map.get("urn")) + ")";
            }
            return new TreeMap<>(map).entrySet().stream()
                    .map(e -> e.getKey() + ": " + full(e.getValue()))
                    .collect(Collectors.joining(", ", "{", "}"));
        }
        if (value instanceof List<?> list) {
            return list.stream().map(DisplayValues::full).collect(Collectors.joining(", ", "[", "]"));
        }
        if (value instanceof Double || value instanceof Float) {
            return new BigDecimal(value.toString()).stripTrailingZeros().toPlainString();
        }
        return String.valueOf(value);
    }

    /** A string-valued entry of a tags map, or a {@code key:value} entry of a tags list; never a secret. */
    public static Optional<String> tag(Object tags, String key) {
        if (tags instanceof Map<?, ?> map && map.get(key) instanceof String s && !WireValues.UNKNOWN.equals(s)) {
            return Optional.of(s);
        }
        if (tags instanceof List<?> list) {
            return list.stream().filter(String.class::isInstance).map(String.class::cast)
                    .filter(t -> t.startsWith(key + ":")).map(t -> t.substring(key.length() + 1)).findFirst();
        }
        return Optional.empty();
    }
}
