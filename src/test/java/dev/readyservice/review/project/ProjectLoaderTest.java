package dev.readyservice.review.project;

import static dev.readyservice.review.project.ProjectFiles.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.readyservice.review.ReviewException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectLoaderTest {
    @TempDir
    Path dir;

    @Test
    void readsNameRuntimeAndBothFormsOfConfigDefaults() {
        write(dir, "Pulumi.yaml", """
                name: shop
                runtime: java
                config:
                  region: westeurope
                  replicas: {default: 3}
                  tags: {default: {team: a}}
                  other:flag: true
                  declaredOnly: {type: string}
                """);

        PulumiProject project = ProjectLoader.load(dir);

        assertThat(project.name()).isEqualTo("shop");
        assertThat(project.directory()).isEqualTo(dir.toAbsolutePath().normalize());
        assertThat(project.binary()).isEmpty();
        assertThat(project.programDirectory()).isEqualTo(project.directory());
        assertThat(project.configDefaults()).isEqualTo(Map.of(
                "shop:region", "westeurope", "shop:replicas", "3", "shop:tags", "{\"team\":\"a\"}", "other:flag", "true"));
        assertThat(project.stackFile("qa")).isEqualTo(project.directory().resolve("Pulumi.qa.yaml"));
    }

    @Test
    void resolvesTheBinaryAgainstTheProjectDirectory() {
        write(dir, "target/app.jar", "jar");
        write(dir, "Pulumi.yaml", "name: shop\nruntime:\n  name: java\n  options:\n    binary: target/app.jar\n");

        assertThat(ProjectLoader.load(dir).binary()).isEqualTo(Optional.of(dir.toAbsolutePath().resolve("target/app.jar")));
    }

    @Test
    void runsTheProgramFromTheMainDirectory() {
        write(dir, "app/pom.xml", "<project/>");
        write(dir, "Pulumi.yaml", "name: shop\nruntime: java\nmain: app/\n");

        PulumiProject project = ProjectLoader.load(dir);

        assertThat(project.programDirectory()).isEqualTo(dir.toAbsolutePath().resolve("app"));
        assertThat(project.directory()).isEqualTo(dir.toAbsolutePath());
    }

    @Test
    void refusesAMainThatIsNotADirectory() {
        write(dir, "Pulumi.yaml", "name: shop\nruntime: java\nmain: src/\n");

        assertThatThrownBy(() -> ProjectLoader.load(dir))
                .hasMessage(dir.toAbsolutePath().resolve("Pulumi.yaml") + ": 'main' is 'src/' but " + dir.toAbsolutePath().resolve("src")
                        + " is not a directory; 'main' names the directory of the program's sources");
    }

    @Test
    void saysToBuildWhenTheBinaryIsMissing() {
        write(dir, "Pulumi.yaml", "name: shop\nruntime: {name: java, options: {binary: target/app.jar}}\n");

        assertThatThrownBy(() -> ProjectLoader.load(dir))
                .isInstanceOfSatisfying(ReviewException.class, e -> assertThat(e.exitCode()).isEqualTo(2))
                .hasMessage(dir.toAbsolutePath().resolve("Pulumi.yaml") + ": 'runtime.options.binary' is 'target/app.jar' but "
                        + dir.toAbsolutePath().resolve("target/app.jar") + " does not exist; build the program first (run `mvn package`)");
    }

    @Test
    void refusesAMissingProjectFile() {
        assertThatThrownBy(() -> ProjectLoader.load(dir))
                .isInstanceOf(ReviewException.class)
                .hasMessage("no Pulumi.yaml in " + dir.toAbsolutePath() + ": give the directory of a Pulumi project");
    }

    @Test
    void refusesAnotherRuntime() {
        write(dir, "Pulumi.yaml", "name: shop\nruntime: nodejs\n");

        assertThatThrownBy(() -> ProjectLoader.load(dir))
                .hasMessageEndingWith("Pulumi.yaml: 'runtime' is 'nodejs'; the offline review runs only 'java' programs"
                        + " (runtime: java, or runtime: {name: java, options: {binary: <jar>}})");
    }

    @Test
    void refusesAMissingRuntimeAndName() {
        write(dir, "Pulumi.yaml", "name: shop\n");
        assertThatThrownBy(() -> ProjectLoader.load(dir)).hasMessageContaining("'runtime' is ''");

        write(dir, "Pulumi.yaml", "runtime: java\n");
        assertThatThrownBy(() -> ProjectLoader.load(dir)).hasMessageEndingWith("Pulumi.yaml: 'name' is missing or empty; it names the project");

        write(dir, "Pulumi.yaml", "- a list\n");
        assertThatThrownBy(() -> ProjectLoader.load(dir)).hasMessageEndingWith("must be a YAML mapping with at least 'name' and 'runtime'");
    }

    @Test
    void namesTheLineOfMalformedYaml() {
        write(dir, "Pulumi.yaml", "name: shop\nruntime: java\nconfig:\n  a: [unclosed\n");

        assertThatThrownBy(() -> ProjectLoader.load(dir))
                .isInstanceOf(ReviewException.class)
                .hasMessageStartingWith(dir.toAbsolutePath().resolve("Pulumi.yaml") + " is not valid YAML at line ");
    }

    @Test
    void refusesConfigThatIsNotAMappingAndKeysWithTwoNamespaces() {
        write(dir, "Pulumi.yaml", "name: shop\nruntime: java\nconfig: [a]\n");
        assertThatThrownBy(() -> ProjectLoader.load(dir)).hasMessageEndingWith("'config' must be a mapping of keys to values or to {default: value}");

        write(dir, "Pulumi.yaml", "name: shop\nruntime: java\nconfig:\n  a:b:c: 1\n");
        assertThatThrownBy(() -> ProjectLoader.load(dir)).hasMessageEndingWith("config key 'a:b:c' is not valid; use '<name>' or '<namespace>:<name>'");
    }
}
