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
}
