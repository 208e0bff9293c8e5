package dev.readyservice.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.readyservice.report.Format;
import dev.readyservice.review.ReviewException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link ReviewPipeline} with input that fails before any process starts: the preview's exception
 * reaches the caller unchanged, nothing is reported as progress, and no report is written. Runs
 * with a program and a pack are in {@link ReviewPipelineIT}.
 */
class ReviewPipelineTest {
    @TempDir
    Path dir;
    private final List<String> progress = new ArrayList<>();
    private final ReviewPipeline pipeline = new ReviewPipeline(Clock.fixed(Instant.parse("2026-11-27T00:00:00Z"), ZoneOffset.UTC),
            progress::add);

    @Test
    void aProjectWithoutPulumiYamlIsBadInputAndWritesNoReportLeavingNoEarlierOne() throws IOException {
        ReviewOptions options = options(dir, "qa");
        Files.createDirectories(options.outDir());
        Files.writeString(options.outDir().resolve("prr-report.json"), "{\"verdict\": \"ready\"}");

        assertThatThrownBy(() -> pipeline.run(options)).isInstanceOfSatisfying(ReviewException.class, e -> {
            assertThat(e.category()).isEqualTo(ReviewException.Category.BAD_INPUT);
            assertThat(e.exitCode()).isEqualTo(2);
            assertThat(e).hasMessage("no Pulumi.yaml in " + dir + ": give the directory of a Pulumi project");
        });
        assertThat(progress).isEmpty();
        // The report directory is claimed before anything else: an earlier verdict is gone, no new one is written.
        try (var files = Files.list(options.outDir())) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly(".prr-review.lock");
        }
    }

    @Test
    void anUnknownStackIsBadInputNamingTheMissingFile() throws IOException {
        Files.writeString(dir.resolve("Pulumi.yaml"), "name: things\nruntime: java\n");
        Files.writeString(dir.resolve("Pulumi.dev.yaml"), "config: {}\n");

        assertThatThrownBy(() -> pipeline.run(options(dir, "staging"))).isInstanceOfSatisfying(ReviewException.class, e -> {
            assertThat(e.exitCode()).isEqualTo(2);
            assertThat(e.getMessage()).startsWith("unknown stack 'staging': there is no Pulumi.staging.yaml in ");
        });
        assertThat(progress).isEmpty();
    }

    @Test
    void optionsKeepAnImmutableCopyOfTheFormats() {
        Set<Format> formats = new java.util.HashSet<>(Set.of(Format.JSON));
        ReviewOptions options = new ReviewOptions(dir, "qa", dir, Optional.empty(), dir, formats, Duration.ofSeconds(1), false);
        formats.add(Format.HTML);

        assertThat(options.formats()).containsExactly(Format.JSON);
        assertThatThrownBy(() -> options.formats().add(Format.MARKDOWN)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void anOutcomeKeepsAnImmutableCopyOfItsFiles() {
        List<Path> files = new ArrayList<>(List.of(dir.resolve("prr-report.json")));
        ReviewOutcome outcome = new ReviewOutcome(null, files, Duration.ZERO, Duration.ZERO);
        files.clear();

        assertThat(outcome.files()).containsExactly(dir.resolve("prr-report.json"));
    }

    private ReviewOptions options(Path project, String stack) {
        return new ReviewOptions(project, stack, dir.resolve("pack"), Optional.empty(), dir.resolve("out"), Set.of(Format.JSON),
                Duration.ofSeconds(30), false);
    }
}
