package dev.readyservice.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.readyservice.review.launch.ProgramCommand;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The entry point's behaviour that needs no Pulumi program. */
class OfflinePreviewTest {
    @TempDir
    Path dir;

    private void project(String stackConfig) throws IOException {
        Files.writeString(dir.resolve("Pulumi.yaml"), "name: shop\nruntime: java\n");
        Files.writeString(dir.resolve("Pulumi.qa.yaml"), stackConfig);
    }

    @Test
    void failsOnBadInputBeforeStartingAnything() {
        List<String> progress = new CopyOnWriteArrayList<>();

        assertThatThrownBy(() -> OfflinePreview.run(new PreviewRequest(dir, "qa", null, false, progress::add)))
                .isInstanceOfSatisfying(ReviewException.class, e -> assertThat(e.category()).isEqualTo(ReviewException.Category.BAD_INPUT));
        assertThat(progress).isEmpty();
    }

    @Test
    void loadingChecksTheProjectAndStackAndStartsNothing() throws IOException {
        project("config:\n  shop:size: 2\n");
        List<String> progress = new CopyOnWriteArrayList<>();

        OfflinePreview.Loaded loaded = OfflinePreview.load(new PreviewRequest(dir, "qa", null, false, progress::add));

        assertThat(loaded.projectName()).isEqualTo("shop");
        assertThat(progress).isEmpty();
        assertThatThrownBy(() -> OfflinePreview.load(new PreviewRequest(dir, "prod", null, false, progress::add)))
                .isInstanceOfSatisfying(ReviewException.class, e -> assertThat(e.category()).isEqualTo(ReviewException.Category.BAD_INPUT))
                .hasMessageContaining("Pulumi.prod.yaml");
    }

    @Test
    void anEmptyProgramGivesAnEmptyPreviewAndReportsProgress() throws IOException {
        project("config:\n  token:\n    secure: v1:xyz\n");
        List<String> progress = new CopyOnWriteArrayList<>();

        Preview preview = OfflinePreview.withCommand(p -> new ProgramCommand(List.of("sh", "-c", "echo \"$PULUMI_CONFIG\""), p.directory()))
                .preview(new PreviewRequest(dir, "qa", Duration.ofSeconds(30), true, progress::add));

        assertThat(preview.resources()).isEmpty();
        assertThat(preview.uncheckedSecretKeys()).containsExactly("shop:token");
        assertThat(progress).anyMatch(line -> line.equals("  | {\"shop:token\":\"[secret: not decrypted offline]\"}"));
        assertThat(progress.get(progress.size() - 1)).startsWith("0 resources registered in ");
    }

    @Test
    void aProgramThatCannotStartFailsTheReview() throws IOException {
        project("config: {}\n");

        assertThatThrownBy(() -> OfflinePreview.withCommand(p -> new ProgramCommand(List.of("/no/such/java"), p.directory()))
                .preview(new PreviewRequest(dir, "qa", Duration.ofSeconds(30), false, null)))
                .isInstanceOfSatisfying(ReviewException.class, e -> assertThat(e.exitCode()).isEqualTo(3))
                .hasMessageStartingWith("cannot start the program: cannot start /no/such/java");
    }

    @Test
    void aFailingProgramsLastLinesAreInTheMessage() throws IOException {
        project("config: {}\n");

        assertThatThrownBy(() -> OfflinePreview.withCommand(p -> new ProgramCommand(List.of("sh", "-c", "echo boom >&2; exit 7"), p.directory()))
                .preview(new PreviewRequest(dir, "qa", Duration.ofSeconds(30), false, null)))
                .hasMessage("the program exited with code 7\nlast program output:\nboom");
    }

    @Test
    void aProgramThatExitsTwoFoundItsStackConfigInvalidWhichIsBadInput() throws IOException {
        project("config: {}\n");

        assertThatThrownBy(() -> OfflinePreview.withCommand(p -> new ProgramCommand(
                        List.of("sh", "-c", "echo 'Invalid spec: data.backupRetentionDays: got 0' >&2; exit 2"), p.directory()))
                .preview(new PreviewRequest(dir, "qa", Duration.ofSeconds(30), false, null)))
                .isInstanceOfSatisfying(ReviewException.class, e -> assertThat(e.exitCode()).isEqualTo(2))
                .hasMessage("the program found its stack config invalid (exit code 2)\nlast program output:\n"
                        + "Invalid spec: data.backupRetentionDays: got 0");
    }

    @Test
    void givesTheProgramTheEnvironmentOfTheCli() throws IOException {
        project("config:\n  shop:size: 2\n  token:\n    secure: v1:xyz\n");
        var loaded = dev.readyservice.review.project.ProjectLoader.load(dir);
        var config = dev.readyservice.review.project.StackConfigLoader.load(loaded, "qa");

        Map<String, String> env = ProgramEnvironment.of(loaded, "qa", config, "127.0.0.1:1234");

        assertThat(env).containsEntry("PULUMI_MONITOR", "127.0.0.1:1234").containsEntry("PULUMI_ENGINE", "127.0.0.1:1234")
                .containsEntry("PULUMI_PROJECT", "shop").containsEntry("PULUMI_STACK", "qa")
                .containsEntry("PULUMI_ORGANIZATION", "organization").containsEntry("PULUMI_DRY_RUN", "true")
                .containsEntry("PULUMI_CONFIG", "{\"shop:size\":\"2\",\"shop:token\":\"[secret: not decrypted offline]\"}")
                .containsEntry("PULUMI_CONFIG_SECRET_KEYS", "[\"shop:token\"]")
                .containsEntry("PULUMI_ROOT_DIRECTORY", loaded.directory().toString());
        assertThat(Integer.parseInt(env.get("PULUMI_PARALLEL"))).isPositive();
        assertThat(env.values()).noneMatch(v -> v.contains("v1:xyz"));
    }

    @Test
    void aRequestNeedsAPositiveTimeoutAndDefaultsTheRest() {
        PreviewRequest request = PreviewRequest.of(dir, "qa");
        assertThat(request.timeout()).isEqualTo(Duration.ofSeconds(300));
        assertThat(request.debug()).isFalse();
        request.progress().accept("dropped");

        assertThatThrownBy(() -> new PreviewRequest(dir, "qa", Duration.ZERO, false, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("timeout must be positive, was PT0S");
    }
}
