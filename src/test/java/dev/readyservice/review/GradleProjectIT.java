package dev.readyservice.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.readyservice.review.launch.GradleProgram;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Previews a Gradle project. Without any Gradle the review says so and how to get one; with the
 * {@code gradle} on the PATH (Debian's {@code apt-get install gradle}, 4.4.1, runs on Java 17 for
 * this build) Gradle really compiles and runs the program. That test is skipped where no
 * {@code gradle} is installed; {@code e2e.GradleWrapperIT} covers the wrapper path everywhere.
 */
class GradleProjectIT {
    /** The program's dependencies, as the Maven build copies them (package phase, before any IT). */
    private static final Path LIB = Path.of("target", "lib").toAbsolutePath();

    @TempDir
    Path dir;

    private Path gradleProject() throws IOException {
        Path project = Files.createDirectories(dir.resolve("gradle-things"));
        Files.writeString(project.resolve("Pulumi.yaml"), "name: gradle-things\nruntime: java\n");
        Files.writeString(project.resolve("Pulumi.dev.yaml"), "config: {}\n");
        Files.writeString(project.resolve("settings.gradle"), "rootProject.name = 'gradle-things'\n");
        // No repository: Gradle would fetch from the network; the jars the Maven build copied are enough.
        Files.writeString(project.resolve("build.gradle"), """
                apply plugin: 'java'
                apply plugin: 'application'
                try { application.mainClass.set('things.App') } catch (Throwable older) { mainClassName = 'things.App' }
                dependencies { implementation fileTree(dir: '%s', include: '*.jar') }
                """.formatted(LIB));
        Path source = Files.createDirectories(project.resolve("src/main/java/things"));
        Files.writeString(source.resolve("App.java"), """
                package things;

                import com.pulumi.Pulumi;
                import com.pulumi.azurenative.resources.ResourceGroup;
                import com.pulumi.azurenative.resources.ResourceGroupArgs;

                public class App {
                    public static void main(String[] args) {
                        Pulumi.run(ctx -> new ResourceGroup("built-by-gradle", ResourceGroupArgs.builder().location("westeurope").build()));
                    }
                }
                """);
        return project;
    }

    @Test
    void withoutGradleTheReviewSaysSoAndHowToGetOne() throws IOException {
        Path project = gradleProject();

        assertThatThrownBy(() -> OfflinePreview.withPath(name -> Optional.empty()).preview(PreviewRequest.of(project, "dev")))
                .isInstanceOfSatisfying(ReviewException.class, e -> assertThat(e.exitCode()).isEqualTo(2))
                .hasMessageContaining(project + " is a Gradle project (settings.gradle) but no Gradle can be had")
                .hasMessageContaining("install Gradle");
    }

    @Test
    void gradleOnThePathBuildsAndRunsTheProgram() throws IOException {
        Optional<Path> gradle = GradleProgram.onPath("gradle");
        assumeTrue(gradle.isPresent(), "no gradle on the PATH (apt-get install gradle); the wrapper path is covered by GradleWrapperIT");
        assumeTrue(Files.isDirectory(LIB), "target/lib is made by mvn package");
        Path project = gradleProject();
        List<String> progress = new CopyOnWriteArrayList<>();

        Preview preview = OfflinePreview.run(new PreviewRequest(project, "dev", Duration.ofSeconds(280), false, progress::add));

        assertThat(preview.resources()).extracting(RecordedResource::urn).containsExactlyInAnyOrder(
                "urn:pulumi:dev::gradle-things::pulumi:pulumi:Stack::gradle-things-dev",
                "urn:pulumi:dev::gradle-things::azure-native:resources:ResourceGroup::built-by-gradle");
        assertThat(progress).anyMatch(line -> line.startsWith("Building and running the program with Gradle (" + gradle.get() + " run"));
    }
}
