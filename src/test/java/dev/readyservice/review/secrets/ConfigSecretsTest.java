package dev.readyservice.review.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readyservice.review.secrets.ConfigSecrets.PlainCredential;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigSecretsTest {
    @TempDir
    Path dir;

    private void write(String name, String content) throws IOException {
        Files.writeString(dir.resolve(name), content);
    }

    @Test
    void findsPlainCredentialsByNameAndByValueInEveryStackFileNeverSecureOnes() throws IOException {
        write("Pulumi.yaml", "name: shop\nruntime: java\nconfig:\n  shop:dbPassword:\n    default: defaultPassw0rd\n");
        write("Pulumi.qa.yaml", """
                config:
                  datadog:apiKey: 0123456789abcdef0123456789abcdef
                  shop:db:
                    adminPassword: Qa-Passw0rd!
                    host: db.example.com
                  shop:tlsCertificateSecretId: https://vault.example.com/secrets/tls
                  shop:payments: {provider: stripe, secret: {secure: AAAbbbCCC}}
                """);
        write("Pulumi.prod.yaml", "config:\n  shop:webhook: sk_live_51Hq8xYzAbCdEfGhIjKl\n");

        ConfigSecrets secrets = ConfigSecrets.scan(dir);

        assertThat(secrets.plainIn("qa")).containsExactly(new PlainCredential("Pulumi.yaml", "shop:dbPassword"),
                new PlainCredential("Pulumi.qa.yaml", "datadog:apiKey"), new PlainCredential("Pulumi.qa.yaml", "shop:db.adminPassword"));
        assertThat(secrets.plainIn("prod")).containsExactly(new PlainCredential("Pulumi.yaml", "shop:dbPassword"),
                new PlainCredential("Pulumi.prod.yaml", "shop:webhook"));
        assertThat(secrets.mask().apply("qa Qa-Passw0rd! prod sk_live_51Hq8xYzAbCdEfGhIjKl default defaultPassw0rd host db.example.com"))
                .isEqualTo("qa [masked] prod [masked] default [masked] host db.example.com");
        assertThat(secrets.mask().apply("AAAbbbCCC")).isEqualTo("AAAbbbCCC");
    }

    @Test
    void aFileThatDoesNotParseIsStillScannedLineByLine() throws IOException {
        write("Pulumi.qa.yaml", "config:\n  shop:password: \"Br0ken-But-Secret\"\n  shop:other: [unclosed\n");

        ConfigSecrets secrets = ConfigSecrets.scan(dir);

        assertThat(secrets.plainIn("qa")).containsExactly(new PlainCredential("Pulumi.qa.yaml", "shop:password"));
        assertThat(secrets.mask().apply("line: shop:password: \"Br0ken-But-Secret\"")).doesNotContain("Br0ken-But-Secret");
    }

    @Test
    void aProjectWithoutConfigHasNone() {
        assertThat(ConfigSecrets.scan(dir.resolve("absent")).plain()).isEmpty();
        assertThat(ConfigSecrets.scan(dir).mask().size()).isZero();
    }

    @Test
    void theReferenceProductKeepsNoCredentialInPlainConfig() {
        // Maven runs tests in the repository: its Pulumi.yaml and stack files are the reference product.
        ConfigSecrets reference = ConfigSecrets.scan(Path.of("."));

        assertThat(reference.plain()).isEmpty();
    }
}
