package dev.readyservice.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readyservice.e2e.fixtures.HandWrittenShop;
import dev.readyservice.review.launch.ProgramCommand;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Gradle project (no {@code binary}, no {@code pom.xml}) is reviewed through its wrapper, as the
 * Java language host runs it. The wrapper is a stand-in script, not Gradle: it checks that it is
 * asked for exactly {@code run --console=plain --no-daemon} in the build's root and then starts the
 * program's main class on the test classpath, as Gradle's {@code application} plugin would. A real
 * Gradle build is reviewed by {@code review.GradleProjectIT} where Gradle is installed.
 */
class GradleWrapperIT {
    @TempDir
    Path dir;

    @Test
    void aGradleProjectIsReviewedThroughItsWrapper() throws IOException {
        Path project = Files.createDirectories(dir.resolve("project"));
        Files.writeString(project.resolve("Pulumi.yaml"), "name: shop\nruntime: java\n");
        Files.writeString(project.resolve("Pulumi.qa.yaml"), "config:\n  azure-native:location: westeurope\n");
        Files.writeString(project.resolve("settings.gradle"), "rootProject.name = 'shop'\n");
        Files.writeString(project.resolve("build.gradle"), "apply plugin: 'application'\n");
        Path gradlew = Files.writeString(project.resolve("gradlew"), "#!/bin/sh\n"
                + "[ \"$*\" = \"run --console=plain --no-daemon\" ] && [ \"$(pwd)\" = '" + project + "' ]"
                + " || { echo \"unexpected: gradlew $* in $(pwd)\" >&2; exit 64; }\n"
                + "exec '" + ProgramCommand.javaExecutable() + "' -cp '" + System.getProperty("java.class.path") + "' "
                + HandWrittenShop.class.getName() + "\n");
        Files.setPosixFilePermissions(gradlew, PosixFilePermissions.fromString("rwxr-xr-x"));

        ReviewRun run = ReviewRun.review(dir.resolve("out"), "--project-dir", project.toString(), "--stack", "qa",
                "--policy-pack", E2eProjects.pack().toString(), "--format", "json");

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
        assertThat(run.err()).contains("Building and running the program with Gradle (" + gradlew + " run --console=plain --no-daemon in "
                + project + ")");
        assertThat(run.json().get("resources").findValuesAsText("name")).contains("shop-rg", "shop-storage", "shop-api-latency");
    }

    @Test
    void aProjectWithNeitherBuildIsBadInputNamingBoth() throws IOException {
        Path project = Files.createDirectories(dir.resolve("bare"));
        Files.writeString(project.resolve("Pulumi.yaml"), "name: shop\nruntime: java\n");
        Files.writeString(project.resolve("Pulumi.qa.yaml"), "config: {}\n");

        ReviewRun run = ReviewRun.review(dir.resolve("out-bare"), "--project-dir", project.toString(), "--stack", "qa",
                "--policy-pack", E2eProjects.pack().toString(), "--format", "json");

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
        assertThat(run.err()).contains("has neither a pom.xml (Maven) nor a build.gradle or settings.gradle (Gradle)");
    }
}
