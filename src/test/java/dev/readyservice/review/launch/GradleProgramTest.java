package dev.readyservice.review.launch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.readyservice.review.ReviewException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Finds and starts Gradle as the Java language host's Gradle executor does. */
class GradleProgramTest {
    private static final Path GRADLE_ON_PATH = Path.of("/opt/gradle/bin/gradle");

    @TempDir
    Path dir;

    private Path touch(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        return Files.writeString(file, "");
    }

    private Path wrapper(Path root) throws IOException {
        Path gradlew = touch(root.resolve("gradlew"));
        Files.setPosixFilePermissions(gradlew, PosixFilePermissions.fromString("rwxr-xr-x"));
        return gradlew;
    }

    @Test
    void aDirectoryWithAnyOfTheHostsMarkersIsAGradleProject() throws IOException {
        for (String marker : List.of("settings.gradle", "settings.gradle.kts", "build.gradle")) {
            Path project = Files.createDirectories(dir.resolve(marker.replace('.', '-')));
            assertThat(GradleProgram.isGradleProject(project)).as(marker).isFalse();
            touch(project.resolve(marker));
            assertThat(GradleProgram.isGradleProject(project)).as(marker).isTrue();
        }
    }

    @Test
    void theWrapperComesFirstAndRunsTheRunTaskInTheRoot() throws IOException {
        touch(dir.resolve("settings.gradle"));
        Path gradlew = wrapper(dir);

        ProgramCommand command = GradleProgram.prepare(dir, name -> Optional.of(GRADLE_ON_PATH));

        assertThat(command.command()).containsExactly(gradlew.toString(), "run", "--console=plain", "--no-daemon");
        assertThat(command.workingDirectory()).isEqualTo(dir);
    }

    @Test
    void aProgramInASubprojectRunsItsTaskFromTheBuildsRoot() throws IOException {
        touch(dir.resolve("settings.gradle.kts"));
        Path api = dir.resolve("services").resolve("api");
        touch(api.resolve("build.gradle"));

        ProgramCommand command = GradleProgram.prepare(api, name -> name.equals("gradle") ? Optional.of(GRADLE_ON_PATH) : Optional.empty());

        assertThat(command.command()).containsExactly(GRADLE_ON_PATH.toString(), ":services:api:run", "--console=plain", "--no-daemon");
        assertThat(command.workingDirectory()).isEqualTo(dir);
    }

    @Test
    void withoutAnyGradleItIsBadInputSayingSoAndHowToGetOne() throws IOException {
        touch(dir.resolve("build.gradle"));

        assertThatThrownBy(() -> GradleProgram.prepare(dir, name -> Optional.empty()))
                .isInstanceOf(ReviewException.class)
                .hasMessageStartingWith(dir + " is a Gradle project (build.gradle) but no Gradle can be had: there is no executable Gradle"
                        + " wrapper " + dir.resolve("gradlew") + " and no 'gradle' on the PATH.")
                .hasMessageContaining("run 'gradle wrapper' once")
                .hasMessageContaining("install Gradle (https://gradle.org/install/")
                .extracting(e -> ((ReviewException) e).exitCode()).isEqualTo(2);
    }

    @Test
    void aWrapperThatIsNotExecutableIsNamed() throws IOException {
        touch(dir.resolve("settings.gradle"));
        touch(dir.resolve("gradlew"));

        assertThatThrownBy(() -> GradleProgram.prepare(dir, name -> Optional.empty()))
                .hasMessageContaining("(it exists but is not executable: chmod +x it)");
        assertThat(GradleProgram.prepare(dir, name -> Optional.of(GRADLE_ON_PATH)).command().get(0)).isEqualTo(GRADLE_ON_PATH.toString());
    }

    @Test
    void findsAnExecutableOnThePath() throws IOException {
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Path gradle = wrapper(bin).resolveSibling("gradle");
        Files.move(bin.resolve("gradlew"), gradle);

        assertThat(GradleProgram.onPath("gradle", "/no/such/dir:" + bin)).hasValue(gradle);
        assertThat(GradleProgram.onPath("gradle", "/no/such/dir")).isEmpty();
    }
}
