package dev.readyservice.review.project;

import static dev.readyservice.review.project.ProjectFiles.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.readyservice.review.ReviewException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

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

    /**
     * A project the offline review cannot run is refused as bad input naming the file, the key and
     * what is allowed: another runtime, a missing runtime or name, a list, config that is not a
     * mapping, a key with two namespaces.
     */
    @ParameterizedTest
    @MethodSource
    void refusesAProjectItCannotRun(String yaml, String messageEnd) {
        write(dir, "Pulumi.yaml", yaml);

        assertThatThrownBy(() -> ProjectLoader.load(dir)).isInstanceOf(ReviewException.class).hasMessageEndingWith(messageEnd);
    }

    static Stream<Arguments> refusesAProjectItCannotRun() {
        String onlyJava = "'; the offline review runs only 'java' programs (runtime: java, or runtime: {name: java, options: {binary: <jar>}})";
        return Stream.of(
                arguments("name: shop\nruntime: nodejs\n", "Pulumi.yaml: 'runtime' is 'nodejs" + onlyJava),
                arguments("name: shop\n", "Pulumi.yaml: 'runtime' is '" + onlyJava),
                arguments("runtime: java\n", "Pulumi.yaml: 'name' is missing or empty; it names the project"),
                arguments("- a list\n", "Pulumi.yaml must be a YAML mapping with at least 'name' and 'runtime'"),
                arguments("name: shop\nruntime: java\nconfig: [a]\n", "'config' must be a mapping of keys to values or to {default: value}"),
                arguments("name: shop\nruntime: java\nconfig:\n  a:b:c: 1\n", "config key 'a:b:c' is not valid; use '<name>' or '<namespace>:<name>'"));
    }

    @Test
    void namesTheLineOfMalformedYaml() {
        write(dir, "Pulumi.yaml", "name: shop\nruntime: java\nconfig:\n  a: [unclosed\n");

        assertThatThrownBy(() -> ProjectLoader.load(dir))
                .isInstanceOf(ReviewException.class)
                .hasMessageStartingWith(dir.toAbsolutePath().resolve("Pulumi.yaml") + " is not valid YAML at line ");
    }
}
