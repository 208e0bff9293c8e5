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
}
