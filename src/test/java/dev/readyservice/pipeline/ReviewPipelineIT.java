package dev.readyservice.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.readyservice.analyzer.PolicyConfigException;
import dev.readyservice.analyzer.PolicyPackException;
import dev.readyservice.e2e.E2eProjects;
import dev.readyservice.report.Format;
import dev.readyservice.report.Verdict;
import dev.readyservice.review.fixtures.ThingsProgram;
import dev.readyservice.testsupport.TestClocks;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link ReviewPipeline} over a small real program ({@link ThingsProgram}, four resources of an
 * invented type) and the real policy pack: the steps' results and timings, and each step's failure
 * surfacing as its own exception with its exit code.
 */
class ReviewPipelineIT {
    @TempDir
    Path dir;
    private Path project;
    private final List<String> progress = new ArrayList<>();

    @BeforeEach
    void things() throws IOException {
        project = E2eProjects.fixtureProject(Files.createDirectories(dir.resolve("project")), "things", ThingsProgram.class, "dev",
                "config:\n  things:owner: team-b\n  things:password:\n    secure: v1:abc\n");
    }

    @Test
    void aReviewPreviewsAnalysesReportsAndTimesEachStep() {
        ReviewOptions options = options(E2eProjects.pack(), Optional.empty());

        ReviewOutcome outcome = new ReviewPipeline(TestClocks.stepping(Instant.parse("2026-11-27T00:00:00Z")), progress::add).run(options);

        // Things carry none of the PRR evidence, so the verdict is not ready.
        assertThat(outcome.report().verdict()).isEqualTo(Verdict.NOT_READY);
        assertThat(outcome.report().project()).isEqualTo("things");
        assertThat(outcome.files()).containsExactly(dir.resolve("out/prr-report.md"), dir.resolve("out/prr-report.json"));
        assertThat(dir.resolve("out/prr-report.json")).content().contains("\"verdict\" : \"not-ready\"");
        // The clock moves one second per reading: start, previewed, analysed.
        assertThat(outcome.previewTime()).isEqualTo(Duration.ofSeconds(1));
        assertThat(outcome.analysisTime()).isEqualTo(Duration.ofSeconds(1));
        assertThat(progress).anySatisfy(line -> assertThat(line).isEqualTo("Running the policy pack " + E2eProjects.pack()
                + " over 4 resources with no policy config (every policy mandatory)"));
    }

    @Test
    void aPackThatIsNotBuiltFailsWithExitCodeThreeAndWritesNoReport() throws IOException {
        Path pack = Files.createDirectories(dir.resolve("pack/bin"));
        Files.copy(E2eProjects.pack().resolve("bin/manifest.json"), pack.resolve("manifest.json"));

        assertThatThrownBy(() -> new ReviewPipeline(Clock.systemUTC(), progress::add).run(options(pack.getParent(), Optional.empty())))
                .isInstanceOfSatisfying(PolicyPackException.class, e -> {
                    assertThat(e.exitCode()).isEqualTo(3);
                    assertThat(e.getMessage()).contains("is not built (bin/index.js is missing)");
                });
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void aPolicyConfigThatIsNotJsonFailsWithExitCodeTwoBeforeTheProgramRuns() throws IOException {
        Path config = Files.writeString(dir.resolve("qa.json"), "{ not json");

        assertThatThrownBy(() -> new ReviewPipeline(Clock.systemUTC(), progress::add).run(options(E2eProjects.pack(), Optional.of(config))))
                .isInstanceOfSatisfying(PolicyConfigException.class, e -> {
                    assertThat(e.exitCode()).isEqualTo(2);
                    assertThat(e.getMessage()).contains(config.toString()).contains("is not valid JSON at line 1, column ");
                });
        // Read before the pack and the program start: bad input costs no program run.
        assertThat(progress).noneMatch(line -> line.startsWith("Starting program"));
        assertThat(dir.resolve("out")).doesNotExist();
    }

    private ReviewOptions options(Path pack, Optional<Path> config) {
        return new ReviewOptions(project, "dev", pack, config, dir.resolve("out"), Set.of(Format.JSON, Format.MARKDOWN),
                Duration.ofSeconds(120), false);
    }
}
