package dev.readyservice.review.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CredentialPatternsTest {
    @ParameterizedTest
    @ValueSource(strings = {"readyservice:postgresAdminPassword", "datadog:apiKey", "datadog:appKey", "DATADOG_API_KEY", "stripe:key",
        "shop:db.connectionString", "shop:clientSecret", "pagerduty:token", "shop:components[api].sasToken", "shop:storageAccountKey",
        "aws:secretKey", "aws:accessKey", "shop:passwd", "shop:privateKey"})
    void namesThatHoldCredentials(String key) {
        assertThat(CredentialPatterns.nameLooksSecret(key)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"readyservice:product.tlsCertificateSecretId", "readyservice:data.customerManagedKey", "azure:subscriptionId",
        "shop:keyVaultName", "shop:tokenUrl", "shop:passwordPolicy", "shop:secretsProvider", "readyservice:signOffs", "shop:monkey"})
    void namesThatOnlyMentionOne(String key) {
        assertThat(CredentialPatterns.nameLooksSecret(key)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"sk_live_51Hq8xYzAbCdEfGhIjKl", "AKIAIOSFODNN7EXAMPLE", "0123456789abcdef0123456789abcdef",
        "0123456789abcdef0123456789abcdef01234567", "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U",
        "-----BEGIN RSA PRIVATE KEY-----\nMIIEow\n-----END RSA PRIVATE KEY-----",
        "Server=db;Database=shop;User Id=admin;Password=hunter2hunter;", "postgres://admin:hunter2hunter@db.example.com/shop",
        "DefaultEndpointsProtocol=https;AccountName=shop;AccountKey=c2VjcmV0a2V5;EndpointSuffix=core.windows.net",
        "ghp_abcdefghijklmnopqrstuvwxyz0123456789"})
    void valuesInKnownFormats(String value) {
        assertThat(CredentialPatterns.valueLooksSecret(value)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"00000000-0000-4000-8000-000000000001", "https://wiki.example.com/checkout", "westeurope",
        "https://checkout-qa-tls.vault.azure.net/secrets/checkout-qa", "ana.lopez@example.com", "Europe/London", "99.9",
        "sk_live_", "0123456789abcdef"})
    void valuesThatAreNot(String value) {
        assertThat(CredentialPatterns.valueLooksSecret(value)).isFalse();
    }

    @org.junit.jupiter.api.Test
    void masksOnlyTheSecretPartOfAConnectionStringOrUrl() {
        assertThat(CredentialPatterns.maskKnownFormats("Server=db;Password=hunter2hunter;Port=5432", "[m]"))
                .isEqualTo("Server=db;Password=[m];Port=5432");
        assertThat(CredentialPatterns.maskKnownFormats("see postgres://admin:hunter2hunter@db/shop now", "[m]"))
                .isEqualTo("see postgres://admin:[m]@db/shop now");
        assertThat(CredentialPatterns.maskKnownFormats("key sk\\_live\\_51Hq8xYzAbCdEfGhIjKl in markdown", "[m]"))
                .isEqualTo("key [m] in markdown");
        assertThat(CredentialPatterns.maskKnownFormats("nothing here", "[m]")).isEqualTo("nothing here");
    }

    /**
     * One credential of every format in text, in the cases and escapes a report writes: each is
     * found, so no literal a format's search starts from (its clues) is one a match can lack.
     * Each row is the text and the secret part that must be gone.
     */
    @ParameterizedTest
    @ValueSource(strings = {"-----BEGIN RSA PRIVATE KEY-----\nMIIEow\n-----END RSA PRIVATE KEY-----|MIIEow",
        "sk_live_51Hq8xYzAbCdEfGhIjKl|51Hq8xYzAbCdEfGhIjKl", "rk\\_test\\_51Hq8xYzAbCdEfGhIjKl|51Hq8xYzAbCdEfGhIjKl",
        "whsec_abcdefghijklmnop1234|abcdefghijklmnop1234", "AKIAIOSFODNN7EXAMPLE|IOSFODNN7EXAMPLE", "ASIAIOSFODNN7EXAMPLE|IOSFODNN7EXAMPLE",
        "ghp_abcdefghijklmnopqrstuvwxyz0123456789|abcdefghijklmnopqrstuvwxyz0123456789",
        "ghr\\_abcdefghijklmnopqrstuvwxyz0123456789|abcdefghijklmnopqrstuvwxyz0123456789", "xoxb-1234567890-abcdef|1234567890-abcdef",
        "AIzaSyA1234567890abcdefghijklmnopqrstuv|SyA1234567890abcdefghijklmnopqrstuv",
        "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U|dozjgNryP4J3jVmNHl0w5N",
        "PASSWORD = hunter2hunter|hunter2hunter", "PwD=hunter2hunter|hunter2hunter", "AccountKey=c2VjcmV0a2V5|c2VjcmV0a2V5",
        "SharedAccessKey=c2VjcmV0a2V5|c2VjcmV0a2V5", "SharedAccessSignature=sv2020abc|sv2020abc", "https://a.example/b?SIG=c2lnbmF0dXJl|c2lnbmF0dXJl",
        "HTTPS://admin:hunter2hunter@db.example.com|hunter2hunter"})
    void masksEveryFormatInText(String row) {
        String[] textAndSecret = row.split("\\|");
        String masked = CredentialPatterns.maskKnownFormats("before " + textAndSecret[0] + " after", "[m]");
        assertThat(masked).contains("[m]").doesNotContain(textAndSecret[1]).startsWith("before ").endsWith(" after");
    }

    /**
     * The search that runs a format's regex only at its literals or on their lines finds what the
     * regex finds over the whole text: the same output as a whole-text search (the implementation
     * before issue 13's cut, kept here as the oracle) on texts that mix every format's literals,
     * matches, near misses, line breaks and cases, so a literal the search skips or a line it cuts
     * shows as a difference.
     */
    @org.junit.jupiter.api.Test
    void searchingAtTheLiteralsFindsWhatAWholeTextSearchFinds() {
        String[] pieces = {"postgres://admin:hunter2hunter@db/shop", "HTTPS://u:p@h", "x://a:b@", "_http://u:p@h", "://a:b@", "https://wiki.example.com/a",
            "Password=hunter2", "password\n= split", "PWD = x y", "pwd", "accountkey=k;", "SharedAccessSignature=sv&x", "sharedaccess",
            "?sig=abc&x", "&SIG=\"q", "sig=", "sk_live_51Hq8xYzAbCd", "rk\\_test\\_51Hq8xYzAbCdEf", "xsk_live_51Hq8xYzAbCd", "_live",
            "whsec_abcdefghijklmnop1234", "AKIAIOSFODNN7EXAMPLE", "AKIAIOSFODNN7EXAMPLEX", "ASIA", "ghp_abcdefghijklmnopqrstuvwxyz0123456789",
            "xoxb-1234567890-abcdef", "AIzaSyA1234567890abcdefghijklmnopqrstuv", "eyJhbGciOiJI.eyJzdWIiOiIx.sig",
            "-----BEGIN RSA PRIVATE KEY-----\nMIIEow\n-----END RSA PRIVATE KEY-----", "-----BEGIN ", "-----BEGIN X PRIVATE KEY-----\nrest",
            "\n", "\r\n", " ", ";", "\"", "<", "&", "@", ":", "/", "a", "Z", "9", "\u0130", "\u212a"};
        java.util.Random random = new java.util.Random(13);
        for (int round = 0; round < 3000; round++) {
            StringBuilder text = new StringBuilder();
            for (int n = random.nextInt(12); n >= 0; n--) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            String t = text.toString();
            assertThat(CredentialPatterns.maskKnownFormats(t, "[m]")).as("masking %s", t).isEqualTo(WholeTextOracle.mask(t, "[m]"));
        }
    }

    /** The whole-text search, each format's regex over the whole text in turn (as before issue 13's cut). */
    private static final class WholeTextOracle {
        private static final java.util.List<java.util.regex.Pattern> FORMATS = java.util.List.of(
                java.util.regex.Pattern.compile("-----BEGIN [A-Z0-9 ]*PRIVATE KEY-----.*?(?:-----END [A-Z0-9 ]*PRIVATE KEY-----|$)", java.util.regex.Pattern.DOTALL),
                java.util.regex.Pattern.compile("(?<![A-Za-z0-9])(?:sk|rk)(?:\\\\?_)(?:live|test)(?:\\\\?_)[0-9A-Za-z]{8,}"),
                java.util.regex.Pattern.compile("(?<![A-Za-z0-9])whsec(?:\\\\?_)[0-9A-Za-z]{16,}"),
                java.util.regex.Pattern.compile("(?<![A-Z0-9])(?:AKIA|ASIA)[0-9A-Z]{16}(?![A-Z0-9])"),
                java.util.regex.Pattern.compile("(?<![A-Za-z0-9])gh[pousr](?:\\\\?_)[A-Za-z0-9]{30,}"),
                java.util.regex.Pattern.compile("(?<![A-Za-z0-9])xox[abprs]-[A-Za-z0-9-]{10,}"),
                java.util.regex.Pattern.compile("(?<![A-Za-z0-9])AIza[0-9A-Za-z_\\\\-]{35}"),
                java.util.regex.Pattern.compile("(?<![A-Za-z0-9])eyJ[A-Za-z0-9_\\\\-]{8,}\\.eyJ[A-Za-z0-9_\\\\-]{8,}\\.[A-Za-z0-9_\\\\-]+"),
                java.util.regex.Pattern.compile("(?<![a-z])(?:password|pwd|accountkey|sharedaccesskey|sharedaccesssignature)\\s*=\\s*([^;\\s\"'<&]+)",
                        java.util.regex.Pattern.CASE_INSENSITIVE),
                java.util.regex.Pattern.compile("[?&]sig=([^&\\s\"'<]+)", java.util.regex.Pattern.CASE_INSENSITIVE),
                java.util.regex.Pattern.compile("\\b[a-z][a-z0-9+.-]*://[^/\\s:@\"'<]+:([^/\\s@\"'<]+)@", java.util.regex.Pattern.CASE_INSENSITIVE));

        static String mask(String text, String mask) {
            String result = text;
            for (java.util.regex.Pattern format : FORMATS) {
                java.util.regex.Matcher m = format.matcher(result);
                StringBuilder out = new StringBuilder();
                int last = 0;
                while (m.find()) {
                    boolean part = m.groupCount() >= 1 && m.group(1) != null;
                    out.append(result, last, part ? m.start(1) : m.start()).append(mask);
                    last = part ? m.end(1) : m.end();
                }
                result = out.append(result, last, result.length()).toString();
            }
            return result;
        }
    }
}
