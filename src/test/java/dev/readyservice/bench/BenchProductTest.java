package dev.readyservice.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.readyservice.component.StackConfigReader;
import dev.readyservice.component.ComponentSpec;
import dev.readyservice.component.InvalidSpecException;
import dev.readyservice.component.ReadyServiceArgs;
import dev.readyservice.component.SpecValidator;
import dev.readyservice.review.project.ProjectLoader;
import dev.readyservice.review.project.PulumiProject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BenchProductTest {
    /** A day after every sign-off date of the generated stack. */
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 10, 100, BenchProduct.MAX_COMPONENTS})
    void everyGeneratedSpecPassesTheValidator(int size) throws IOException {
        ReadyServiceArgs args = StackConfigReader.read(namespace(BenchProduct.stackFile(size)));

        ReadyServiceArgs resolved = SpecValidator.resolveAndCheck(args, "Pulumi.bench.yaml", TODAY);

        assertThat(resolved.components()).hasSize(size);
        assertThat(resolved.product().name()).isEqualTo("bench");
        assertThat(resolved.data().postgres()).isTrue();
    }

    @Test
    void theValidatorRejectsAGeneratedSpecWithABrokenName() throws IOException {
        String broken = BenchProduct.stackFile(3).replace("name: web-2", "name: Web_2");

        assertThatThrownBy(() -> SpecValidator.resolveAndCheck(StackConfigReader.read(namespace(broken)), "x", TODAY))
                .isInstanceOf(InvalidSpecException.class)
                .hasMessageContaining("components[1].name");
    }

    @Test
    void namesAreUniqueShortAndCycleTheReferenceShapes() throws IOException {
        List<ComponentSpec> components = StackConfigReader.read(namespace(BenchProduct.stackFile(BenchProduct.MAX_COMPONENTS))).components();

        assertThat(components).extracting(ComponentSpec::name).doesNotHaveDuplicates()
                .allSatisfy(n -> assertThat(n).hasSizeLessThanOrEqualTo(16).matches("[a-z][a-z0-9-]*[a-z0-9]"));
        assertThat(components.subList(0, 4)).extracting(ComponentSpec::name, ComponentSpec::kind)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("api-1", "api"), org.assertj.core.groups.Tuple.tuple("web-2", "ui"),
                        org.assertj.core.groups.Tuple.tuple("worker-3", "worker"), org.assertj.core.groups.Tuple.tuple("api-4", "api"));
        assertThat(BenchProduct.componentName(999)).isEqualTo("worker-999");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, BenchProduct.MAX_COMPONENTS + 1})
    void refusesSizesOutsideTheRange(int size) {
        assertThatThrownBy(() -> BenchProduct.stackFile(size))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a bench product has 1 to 999 components, got " + size);
    }

    @Test
    void writesAProjectTheReviewCanLoad(@TempDir Path dir) throws IOException {
        Path jar = Files.createFile(dir.resolve("my app.jar"));

        Path project = BenchProduct.write(dir.resolve("p"), 2, jar);

        PulumiProject loaded = ProjectLoader.load(project);
        assertThat(loaded.name()).isEqualTo("bench");
        assertThat(loaded.binary()).contains(jar);
        assertThat(Files.readString(project.resolve("Pulumi.bench.yaml"))).contains("- name: web-2").doesNotContain("worker-3");
    }

    @Test
    void refusesARelativeJar() {
        assertThatThrownBy(() -> BenchProduct.projectFile(Path.of("target/readyservice.jar")))
                .hasMessage("the program jar must be an absolute path, got 'target/readyservice.jar'");
    }

    @Test
    void saysWhereItCannotWrite(@TempDir Path dir) throws IOException {
        Path file = Files.createFile(dir.resolve("a-file"));

        assertThatThrownBy(() -> BenchProduct.write(file.resolve("sub"), 1, dir.resolve("x.jar").toAbsolutePath()))
                .hasMessageStartingWith("cannot write the bench project in " + file.resolve("sub"));
    }

    /** The stack file's config as the Pulumi CLI hands it to the program: structured values as JSON. */
    static java.util.function.Function<String, Optional<String>> namespace(String stackYaml) throws IOException {
        JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(stackYaml);
        Map<String, String> config = new HashMap<>();
        root.path("config").fields().forEachRemaining(e -> config.put(e.getKey(),
                e.getValue().isValueNode() ? e.getValue().asText() : e.getValue().toString()));
        return key -> Optional.ofNullable(config.get(StackConfigReader.NAMESPACE + ":" + key));
    }
}
