package dev.readyservice.review.secrets;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

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
            InText.startingAt("-----BEGIN [A-Z0-9 ]*PRIVATE KEY-----.*?(?:-----END [A-Z0-9 ]*PRIVATE KEY-----|$)", Pattern.DOTALL, "-----BEGIN "),
            InText.onOneLine("(?<![A-Za-z0-9])(?:sk|rk)(?:\\\\?_)(?:live|test)(?:\\\\?_)[0-9A-Za-z]{8,}", 0, "_live", "_test"),
            InText.onOneLine("(?<![A-Za-z0-9])whsec(?:\\\\?_)[0-9A-Za-z]{16,}", 0, "whsec"),
            InText.onOneLine("(?<![A-Z0-9])(?:AKIA|ASIA)[0-9A-Z]{16}(?![A-Z0-9])", 0, "AKIA", "ASIA"),
            InText.onOneLine("(?<![A-Za-z0-9])gh[pousr](?:\\\\?_)[A-Za-z0-9]{30,}", 0, "ghp", "gho", "ghu", "ghs", "ghr"),
            InText.onOneLine("(?<![A-Za-z0-9])xox[abprs]-[A-Za-z0-9-]{10,}", 0, "xox"),
            InText.onOneLine("(?<![A-Za-z0-9])AIza[0-9A-Za-z_\\\\-]{35}", 0, "AIza"),
            InText.onOneLine("(?<![A-Za-z0-9])eyJ[A-Za-z0-9_\\\\-]{8,}\\.eyJ[A-Za-z0-9_\\\\-]{8,}\\.[A-Za-z0-9_\\\\-]+", 0, "eyJ"),
            InText.startingAt("(?<![a-z])(?:password|pwd|accountkey|sharedaccesskey|sharedaccesssignature)\\s*=\\s*([^;\\s\"'<&]+)",
                    Pattern.CASE_INSENSITIVE, "password", "pwd", "accountkey", "sharedaccess"),
            InText.onOneLine("[?&]sig=([^&\\s\"'<]+)", Pattern.CASE_INSENSITIVE, "sig="),
            InText.onOneLine("\\b[a-z][a-z0-9+.-]*://[^/\\s:@\"'<]+:([^/\\s@\"'<]+)@", Pattern.CASE_INSENSITIVE, "://"));

    /**
     * A credential format inside text, the literals one of which every match of it contains (in lower
     * case when the pattern ignores case), and where a match can be in relation to them. The regex
     * only runs where a literal is: at each one when every match starts with one ({@link #startingAt}),
     * else on each line that holds one ({@link #onOneLine}: no match of such a format can hold a line
     * break, as none of its parts matches one). Running every pattern over whole reports is what made
     * masking slow (0.25 s to 0.4 s for a 225 KB report; then, searching only texts that hold a
     * literal, still 0.13 s of CPU for a size-1 review's six files, mostly for {@code ://} and
     * {@code password}, which every report holds; issue 13). The matches are the regex's own: its
     * lookarounds see past the searched part (transparent bounds), and a match is found where a
     * whole-text search finds it, because it contains a literal and cannot leave its line or start
     * before its literal. When in doubt, a literal is shorter rather than wrong: a clue too many costs
     * a search, a clue the pattern does not need would hide a credential.
     */
    private record InText(Pattern pattern, List<String> clues, boolean startsWithClue) {
        static InText onOneLine(String regex, int flags, String... clues) {
            return new InText(Pattern.compile(regex, flags), List.of(clues), false);
        }

        static InText startingAt(String regex, int flags, String... clues) {
            return new InText(Pattern.compile(regex, flags), List.of(clues), true);
        }

        /** True when the literals are searched for in the text's {@link #asciiLowerCase ASCII lower case}. */
        boolean ignoresCase() {
            return (pattern.flags() & Pattern.CASE_INSENSITIVE) != 0;
        }

        /**
         * {@code text} with each match (its group 1 when it has one) replaced by {@code mask}; {@code text}
         * itself when nothing matched. {@code searched} is where the literals are looked for: {@code text},
         * or its {@link #asciiLowerCase} when the format {@link #ignoresCase()}.
         */
        String mask(String text, String searched, String mask) {
            int[] literals = clues.stream().flatMapToInt(clue -> occurrences(searched, clue)).sorted().distinct().toArray();
            if (literals.length == 0) {
                return text;
            }
            Matcher m = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
            StringBuilder out = new StringBuilder(text.length());
            int copied = 0;
            int searchedTo = 0;
            for (int at : literals) {
                if (at < searchedTo) {
                    continue;
                }
                if (startsWithClue) {
                    m.region(at, text.length());
                    if (m.lookingAt()) {
                        copied = replace(m, text, mask, out, copied);
                        searchedTo = m.end();
                    }
                } else {
                    int lineEnd = text.indexOf('\n', at);
                    searchedTo = lineEnd < 0 ? text.length() : lineEnd;
                    m.region(text.lastIndexOf('\n', at) + 1, searchedTo);
                    while (m.find()) {
                        copied = replace(m, text, mask, out, copied);
                    }
                }
            }
            return out.isEmpty() ? text : out.append(text, copied, text.length()).toString();
        }

        /** Appends what precedes the match (from {@code copied}) and the mask; returns where the copy goes on. */
        private static int replace(Matcher m, String text, String mask, StringBuilder out, int copied) {
            boolean part = m.groupCount() >= 1 && m.group(1) != null;
            out.append(text, copied, part ? m.start(1) : m.start()).append(mask);
            return part ? m.end(1) : m.end();
        }

        private static IntStream occurrences(String text, String literal) {
            IntStream.Builder found = IntStream.builder();
            for (int i = text.indexOf(literal); i >= 0; i = text.indexOf(literal, i + 1)) {
                found.add(i);
            }
            return found.build();
        }

        /**
         * {@code text} with ASCII letters in lower case, as Pattern.CASE_INSENSITIVE without UNICODE_CASE
         * folds them; every index is kept, so a literal found in it is where it is in {@code text}.
         */
        static String asciiLowerCase(String text) {
            char[] chars = null;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c >= 'A' && c <= 'Z') {
                    if (chars == null) {
                        chars = text.toCharArray();
                    }
                    chars[i] = (char) (c + ('a' - 'A'));
                }
            }
            return chars == null ? text : new String(chars);
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
        // Lowered once for every format that ignores case, and again only after one of them masked
        // something: lowering a large report took as long as searching it (issue 13).
        String lowered = null;
        for (InText format : IN_TEXT) {
            String searched = result;
            if (format.ignoresCase()) {
                lowered = lowered == null ? InText.asciiLowerCase(result) : lowered;
                searched = lowered;
            }
            String masked = format.mask(result, searched, mask);
            if (masked != result) {
                result = masked;
                lowered = null;
            }
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
