package dev.readyservice.review.project;

import static dev.readyservice.review.project.ProjectFiles.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.readyservice.review.ReviewException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StackConfigLoaderTest {
    private static final String CIPHERTEXT = "v1:AAAAciphertextAAAA";

    @TempDir
    Path dir;

    private PulumiProject project;

    @BeforeEach
    void project() {
        write(dir, "Pulumi.yaml", "name: shop\nruntime: java\nconfig:\n  region: westeurope\n  replicas: 2\n");
        project = ProjectLoader.load(dir);
    }

    @Test
    void mergesStackValuesOverProjectDefaultsAndEncodesStructuredConfigAsJson() {
        write(dir, "Pulumi.qa.yaml", """
                config:
                  replicas: 3
                  shop:enabled: false
                  shop:ratio: 1.5
                  shop:spec:
                    zones: [b, a]
                    limits: {memory: 512, cpu: 2}
                  azure-native:location: northeurope
                  shop:nothing: null
                """);

        StackConfig config = StackConfigLoader.load(project, "qa");

        assertThat(config.values()).isEqualTo(Map.of(
                "shop:region", "westeurope",
                "shop:replicas", "3",
                "shop:enabled", "false",
                "shop:ratio", "1.5",
                "shop:spec", "{\"limits\":{\"cpu\":2,\"memory\":512},\"zones\":[\"b\",\"a\"]}",
                "azure-native:location", "northeurope",
                "shop:nothing", ""));
        assertThat(config.secretKeys()).isEmpty();
        assertThat(config.undecryptedKeys()).isEmpty();
    }

    @Test
    void passesAPlaceholderNeverTheCiphertextForSecureValues() {
        write(dir, "Pulumi.qa.yaml", "config:\n  shop:token:\n    secure: " + CIPHERTEXT + "\n"
                + "  shop:db:\n    user: admin\n    password:\n      secure: " + CIPHERTEXT + "\n");

        StackConfig config = StackConfigLoader.load(project, "qa");

        assertThat(config.values()).containsEntry("shop:token", StackConfig.SECRET_PLACEHOLDER)
                .containsEntry("shop:db", "{\"password\":\"[secret: not decrypted offline]\",\"user\":\"admin\"}");
        assertThat(config.values().values()).noneMatch(v -> v.contains(CIPHERTEXT));
        assertThat(config.secretKeys()).containsExactly("shop:db", "shop:token");
        assertThat(config.undecryptedKeys()).containsExactly("shop:db", "shop:token");
    }

    @Test
    void acceptsAStackFileWithoutConfig() {
        write(dir, "Pulumi.qa.yaml", "encryptionsalt: abc\n");

        assertThat(StackConfigLoader.load(project, "qa").values()).isEqualTo(Map.of("shop:region", "westeurope", "shop:replicas", "2"));
    }

    @Test
    void listsTheStacksThatExistWhenTheStackIsUnknown() {
        write(dir, "Pulumi.qa.yaml", "config: {}\n");
        write(dir, "Pulumi.prod.yaml", "config: {}\n");

        assertThatThrownBy(() -> StackConfigLoader.load(project, "staging"))
                .isInstanceOfSatisfying(ReviewException.class, e -> assertThat(e.category()).isEqualTo(ReviewException.Category.BAD_INPUT))
                .hasMessage("unknown stack 'staging': there is no Pulumi.staging.yaml in " + project.directory()
                        + "; stacks found: prod, qa");
    }

    @Test
    void saysNoneWhenThereIsNoStackAtAll() {
        assertThatThrownBy(() -> StackConfigLoader.load(project, "qa")).hasMessageEndingWith("; stacks found: none");
    }

    @Test
    void refusesAnInvalidStackNameAndConfigThatIsNotAMapping() {
        assertThatThrownBy(() -> StackConfigLoader.load(project, "../etc"))
                .hasMessage("stack name '../etc' is not valid; use letters, digits, '-', '_' or '.'");

        write(dir, "Pulumi.qa.yaml", "config: just-a-string\n");
        assertThatThrownBy(() -> StackConfigLoader.load(project, "qa"))
                .hasMessageEndingWith("Pulumi.qa.yaml: 'config' must be a mapping of '<namespace>:<name>' keys to values");
    }

    @Test
    void namesTheLineOfMalformedStackYaml() {
        write(dir, "Pulumi.qa.yaml", "config:\n  shop:a: 1\n   shop:b: 2\n");

        assertThatThrownBy(() -> StackConfigLoader.load(project, "qa"))
                .hasMessageStartingWith(project.stackFile("qa") + " is not valid YAML at line 3");
    }

    @Test
    void expandsAnchorsAndAliasesAsPulumiDoes() {
        write(dir, "Pulumi.qa.yaml", """
                config:
                  shop:defaults: &sizes {cpu: 2, memory: 512}
                  shop:api: *sizes
                  shop:web:
                    <<: *sizes
                    cpu: 4
                  shop:region: &where northeurope
                  shop:backupRegion: *where
                """);

        StackConfig config = StackConfigLoader.load(project, "qa");

        assertThat(config.values()).containsEntry("shop:api", "{\"cpu\":2,\"memory\":512}")
                .containsEntry("shop:web", "{\"cpu\":4,\"memory\":512}")
                .containsEntry("shop:backupRegion", "northeurope");
    }

    @Test
    void refusesADuplicateKeyNamingItAndBothLines() {
        write(dir, "Pulumi.qa.yaml", "config:\n  shop:size: 1\n  shop:other: x\n  shop:size: 2\n");

        assertThatThrownBy(() -> StackConfigLoader.load(project, "qa")).isInstanceOfSatisfying(ReviewException.class,
                e -> assertThat(e.category()).isEqualTo(ReviewException.Category.BAD_INPUT))
                .hasMessageContaining("'shop:size' twice").hasMessageContaining("line 2 and line 4");
    }

    @Test
    void aYamlSyntaxErrorGivesTheLineButNeverQuotesIt() {
        write(dir, "Pulumi.qa.yaml", "config:\n  shop:token: sk_live_51Hq8xYzAbCdEfGhIjKl: broken\n");

        assertThatThrownBy(() -> StackConfigLoader.load(project, "qa")).isInstanceOf(ReviewException.class)
                .hasMessageContaining("is not valid YAML at line 2")
                .message().doesNotContain("sk_live_51Hq8xYzAbCdEfGhIjKl").doesNotContain("broken");
    }

    @Test
    void namesTheLineOfTheFirstByteThatIsNotUtf8() throws Exception {
        java.nio.file.Files.write(dir.resolve("Pulumi.qa.yaml"),
                new byte[] {'c', 'o', 'n', 'f', 'i', 'g', ':', '\n', ' ', ' ', 'a', ':', ' ', 'b', '\n', ' ', ' ', 'c', ':', ' ', (byte) 0xff, '\n'});

        assertThatThrownBy(() -> StackConfigLoader.load(project, "qa")).isInstanceOf(ReviewException.class)
                .hasMessageContaining("not UTF-8").hasMessageContaining("line 3");
    }

    @Test
    void refusesAnAliasBombBeforeItExpands() {
        StringBuilder yaml = new StringBuilder("config:\n  shop:a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for (int i = 1; i <= 8; i++) {
            String previous = "*a" + (i - 1);
            yaml.append("  shop:a").append(i).append(": &a").append(i).append(" [")
                    .append(String.join(", ", java.util.Collections.nCopies(10, previous))).append("]\n");
        }
        write(dir, "Pulumi.qa.yaml", yaml.toString());

        assertThatThrownBy(() -> StackConfigLoader.load(project, "qa")).isInstanceOf(ReviewException.class)
                .hasMessageContaining("expands to more than");
    }

    @Test
    void checksTheSizeBeforeParsing() {
        write(dir, "Pulumi.qa.yaml", "config:\n  shop:blob: " + "x".repeat(2 * 1024 * 1024) + "\n");

        long started = System.nanoTime();
        assertThatThrownBy(() -> StackConfigLoader.load(project, "qa")).isInstanceOf(ReviewException.class)
                .hasMessageContaining("bytes; project and stack files over");
        assertThat(java.time.Duration.ofNanos(System.nanoTime() - started)).isLessThan(java.time.Duration.ofSeconds(2));
    }

    @Test
    void readsYesAndDatesAsTextAsYamlOnePointTwoDoes() {
        write(dir, "Pulumi.qa.yaml", "config:\n  shop:answer: yes\n  shop:since: 2026-10-02\n  shop:flag: true\n");

        assertThat(StackConfigLoader.load(project, "qa").values()).containsEntry("shop:answer", "yes")
                .containsEntry("shop:since", "2026-10-02").containsEntry("shop:flag", "true");
    }

    @Test
    void aDirectoryInPlaceOfTheStackFileIsSaidToBeOne() throws Exception {
        java.nio.file.Files.createDirectories(dir.resolve("Pulumi.qa.yaml"));

        assertThatThrownBy(() -> StackConfigLoader.load(project, "qa")).isInstanceOf(ReviewException.class)
                .hasMessageContaining("is a directory");
    }
}
