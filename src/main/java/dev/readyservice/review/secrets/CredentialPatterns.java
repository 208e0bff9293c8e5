package dev.readyservice.review.secrets;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a credential looks like: by the name of the config key that holds it, by its whole value,
 * and inside free text. Heuristics, chosen to catch what people really put in stack files (a
 * database password, a Datadog or Stripe key, a connection string) without flagging ids and URLs
 * whose names merely mention a secret ({@code tlsCertificateSecretId}).
 */
public final class CredentialPatterns {
    /** Last words of a key name that say the value is a credential. */
    private static final Set<String> SECRET_WORDS = Set.of("password", "passwd", "pwd", "passphrase", "secret", "token",
            "credential", "credentials", "apikey", "appkey", "accesskey", "privatekey", "secretkey", "connectionstring", "connstr");
    /** Words before a final {@code key} that make it a credential ({@code apiKey}, {@code accountKey}), unlike {@code customerManagedKey}. */
    private static final Set<String> KEY_QUALIFIERS = Set.of("api", "app", "application", "access", "private", "secret", "account",
            "shared", "master", "signing", "client", "admin", "auth", "sas", "primary", "secondary", "storage", "instrumentation",
            "integration", "routing", "subscription", "service", "encryption", "webhook");

    /** Whole values that are credentials in a known format. */
    private static final List<Pattern> WHOLE_VALUES = List.of(
            Pattern.compile("[0-9a-f]{32}"),   // Datadog API key
            Pattern.compile("[0-9a-f]{40}"));  // Datadog application key

    /**
     * Credentials in a known format inside any text; group 1, when present, is the secret part
     * (a connection string keeps its {@code Password=}, a URL its user name). Each comes with the
     * literals one of which every match contains (see {@link InText}).
     */
    private static final List<InText> IN_TEXT = List.of(
            InText.of("-----BEGIN [A-Z0-9 ]*PRIVATE KEY-----.*?(?:-----END [A-Z0-9 ]*PRIVATE KEY-----|$)", Pattern.DOTALL, "-----BEGIN "),
            InText.of("(?<![A-Za-z0-9])(?:sk|rk)(?:\\\\?_)(?:live|test)(?:\\\\?_)[0-9A-Za-z]{8,}", 0, "_live", "_test"),
            InText.of("(?<![A-Za-z0-9])whsec(?:\\\\?_)[0-9A-Za-z]{16,}", 0, "whsec"),
            InText.of("(?<![A-Z0-9])(?:AKIA|ASIA)[0-9A-Z]{16}(?![A-Z0-9])", 0, "AKIA", "ASIA"),
            InText.of("(?<![A-Za-z0-9])gh[pousr](?:\\\\?_)[A-Za-z0-9]{30,}", 0, "ghp", "gho", "ghu", "ghs", "ghr"),
            InText.of("(?<![A-Za-z0-9])xox[abprs]-[A-Za-z0-9-]{10,}", 0, "xox"),
            InText.of("(?<![A-Za-z0-9])AIza[0-9A-Za-z_\\\\-]{35}", 0, "AIza"),
            InText.of("(?<![A-Za-z0-9])eyJ[A-Za-z0-9_\\\\-]{8,}\\.eyJ[A-Za-z0-9_\\\\-]{8,}\\.[A-Za-z0-9_\\\\-]+", 0, "eyJ"),
            InText.of("(?<![a-z])(?:password|pwd|accountkey|sharedaccesskey|sharedaccesssignature)\\s*=\\s*([^;\\s\"'<&]+)",
                    Pattern.CASE_INSENSITIVE, "password", "pwd", "accountkey", "sharedaccess"),
            InText.of("[?&]sig=([^&\\s\"'<]+)", Pattern.CASE_INSENSITIVE, "sig="),
            InText.of("\\b[a-z][a-z0-9+.-]*://[^/\\s:@\"'<]+:([^/\\s@\"'<]+)@", Pattern.CASE_INSENSITIVE, "://"));

    /**
     * A credential format inside text, and literals one of which every match of it contains (in lower
     * case when the pattern ignores case). A text that holds none of them is not searched: most
     * formats' literals are absent from a report, and the search is what made masking slow (a
     * 225 KB report took 0.25 s to 0.4 s, every pattern scanning every position; issue 13). When in
     * doubt, a literal is shorter rather than wrong: a clue too many costs a search, a clue the
     * pattern does not need would hide a credential.
     */
    private record InText(Pattern pattern, List<String> clues) {
        static InText of(String regex, int flags, String... clues) {
            return new InText(Pattern.compile(regex, flags), List.of(clues));
        }

        boolean mayOccurIn(String text) {
            // Pattern.CASE_INSENSITIVE without UNICODE_CASE matches ASCII letters only, which
            // toLowerCase maps as it does: lowering the text keeps every match's literal.
            String searched = (pattern.flags() & Pattern.CASE_INSENSITIVE) != 0 ? text.toLowerCase(Locale.ROOT) : text;
            return clues.stream().anyMatch(searched::contains);
        }
    }

    private CredentialPatterns() {
    }

    /**
     * True when the last segment of {@code key} ({@code datadog:apiKey}, {@code db.adminPassword},
     * {@code components[api].token}) names a credential.
     */
    public static boolean nameLooksSecret(String key) {
        String last = key.replaceAll("\\[[^\\]]*\\]", "");
        int cut = Math.max(last.lastIndexOf(':'), last.lastIndexOf('.'));
        last = last.substring(cut + 1);
        List<String> words = words(last);
        if (words.isEmpty()) {
            return false;
        }
        String joined = String.join("", words);
        String lastWord = words.get(words.size() - 1);
        if (SECRET_WORDS.contains(lastWord) || SECRET_WORDS.contains(joined)) {
            return true;
        }
        if (joined.endsWith("connectionstring") || joined.endsWith("password")) {
            return true;
        }
        if (lastWord.equals("key") || lastWord.equals("keys")) {
            return words.size() == 1 || KEY_QUALIFIERS.contains(words.get(words.size() - 2));
        }
        return false;
    }

    /** True when the whole {@code value} is a credential in a known format, or holds one. */
    public static boolean valueLooksSecret(String value) {
        String v = value.strip();
        if (WHOLE_VALUES.stream().anyMatch(p -> p.matcher(v).matches())) {
            return true;
        }
        return IN_TEXT.stream().anyMatch(p -> p.pattern().matcher(v).find());
    }

    /** {@code text} with every credential of a known format replaced by {@code mask}. */
    static String maskKnownFormats(String text, String mask) {
        String result = text;
        for (InText format : IN_TEXT) {
            if (!format.mayOccurIn(result)) {
                continue;
            }
            Matcher m = format.pattern().matcher(result);
            if (!m.find()) {
                continue;
            }
            StringBuilder out = new StringBuilder(result.length());
            int last = 0;
            do {
                int start = m.groupCount() >= 1 && m.group(1) != null ? m.start(1) : m.start();
                int end = m.groupCount() >= 1 && m.group(1) != null ? m.end(1) : m.end();
                out.append(result, last, start).append(mask);
                last = end;
            } while (m.find());
            result = out.append(result, last, result.length()).toString();
        }
        return result;
    }

    /** {@code adminPassword} → admin, password; {@code API_KEY} → api, key; {@code apikey} → apikey. */
    static List<String> words(String name) {
        List<String> words = new ArrayList<>();
        for (String part : name.split("[^A-Za-z0-9]+")) {
            if (part.isEmpty()) {
                continue;
            }
            for (String word : part.split("(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")) {
                if (!word.isEmpty()) {
                    words.add(word.toLowerCase(Locale.ROOT));
                }
            }
        }
        return words;
    }
}
