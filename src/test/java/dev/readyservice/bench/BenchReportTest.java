package dev.readyservice.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class BenchReportTest {
    private static final MachineInfo MACHINE = new MachineInfo(2, "Test CPU @ 2.50GHz", 24L * 1024 * 1024, "OpenJDK 17.0.15",
            "0.50 0.40 0.30", Instant.parse("2026-11-27T00:30:00Z"));

    @Test
    void rendersTheMachineTheTableAndMetTargets() {
        String md = BenchReport.markdown(results(secs(5), secs(40), secs(34), 900 * 1024));

        assertThat(md).contains("| Processors (`nproc`) | 2 |", "| CPU (`/proc/cpuinfo`) | Test CPU @ 2.50GHz |", "| Memory | 24.0 GiB |",
                "| Date | 2026-11-27T00:30:00 UTC |", "| Command | `./prr bench --sizes 100 --runs 3` |", "| Runs per measurement | 3");
        assertThat(md).contains("| Reference product (`Pulumi.qa.yaml`) review under 6 s wall | 5.00 s | yes |",
                "| Review at 100 components at most 1.25x the floor | 1.18x | yes |",
                "| Peak RSS of the whole review under 1 GiB (worst run of any size) | 900 MiB | yes |");
        assertThat(md).contains("| 100 | 100 | 2801 | 40.00 s | 60.00 s | 900 MiB | 34.00 s | 30.00 s | 300 MiB | 1.18x |");
    }

    @Test
    void theMachinesOwnValuesAreEscapedSoTheyStayInTheirCell() {
        BenchResults r = results(secs(5), secs(40), secs(34), 1);
        MachineInfo odd = new MachineInfo(2, "CPU | with_pipe", 1024, "Java *17*", "0.1 0.2 0.3", MACHINE.started());
        String md = BenchReport.markdown(new BenchResults(odd, "./prr bench | tee", 3, r.reference(), r.sizes(), r.jvmStart()));

        assertThat(md).contains("| CPU (`/proc/cpuinfo`) | CPU \\| with\\_pipe |", "| Java | Java \\*17\\* |",
                "| Command | ./prr bench \\| tee |");
    }

    @Test
    void marksMissedTargets() {
        String md = BenchReport.markdown(results(secs(7), secs(50), secs(34), 1100 * 1024));

        assertThat(md).contains("| Reference product (`Pulumi.qa.yaml`) review under 6 s wall | 7.00 s | **no** |",
                "| Review at 100 components at most 1.25x the floor | 1.47x | **no** |",
                "under 1 GiB (worst run of any size) | 1100 MiB | **no** |");
    }

    @Test
    void saysWhenTheRatioSizeWasNotRun() {
        BenchResults r = results(secs(5), secs(40), secs(34), 1);
        BenchResults without = new BenchResults(MACHINE, "x", 3, r.reference(), List.of(), r.jvmStart());

        assertThat(BenchReport.markdown(without)).contains("not measured (size 100 was not run)");
    }

    @Test
    void breaksTheReviewDownIntoMeasuredPhases() {
        String md = BenchReport.markdown(results(secs(5), secs(40), secs(34), 1));

        // wall 40 = preview 30 (program 25 + 5) + pack 8 + rest 2
        assertThat(md).contains("| 100 | 40.00 s | 25.00 s (63%) | 34.00 s | -9.00 s | 5.00 s (13%) | 8.00 s (20%) | 2.00 s (5%) |");
        assertThat(md).contains("At 100 component(s) (2801 resources) the program process takes the largest share: 25.00 s (63%) of 40.00 s.");
        assertThat(md).contains("`prr --version` median: 0.70 s");
    }

    @Test
    void keepsHandWrittenNotesFromTheMarkerOn() {
        String previous = "# old table\n\n" + BenchReport.NOTES_MARKER + "\n## Analysis\nC2 never pays off.\n";

        assertThat(BenchReport.keepNotes("# new table\n", previous))
                .isEqualTo("# new table\n\n" + BenchReport.NOTES_MARKER + "\n## Analysis\nC2 never pays off.\n");
        assertThat(BenchReport.keepNotes("# new table\n", "# old table without notes\n")).isEqualTo("# new table\n");
        assertThat(BenchReport.keepNotes("# new table\n", null)).isEqualTo("# new table\n");
    }

    @Test
    void withoutARealCliTheRealSideIsAVisibleSkip() {
        BenchResults r = results(secs(5), secs(40), secs(34), 1);
        BenchResults skipped = new BenchResults(MACHINE, "x", 3, r.reference(), r.sizes(), r.jvmStart(), "not run: no `pulumi` on PATH");

        assertThat(BenchReport.markdown(skipped)).contains("| Real Pulumi CLI | not run: no `pulumi` on PATH |",
                "| Offline review at most 0.5x the real `pulumi preview --policy-pack` at every size | not measured: not run: no `pulumi` on PATH | - |",
                "**Not measured (skipped)**: not run: no `pulumi` on PATH.");
    }

    @Test
    void theRealPreviewStandsBesideTheOfflineReviewWithItsRatioAgainstTheTarget() {
        BenchResults r = results(secs(5), secs(40), secs(34), 1);
        SizeResult base = r.sizes().get(0);
        List<SizeResult.RealRun> real = List.of(new SizeResult.RealRun(new RunSample(secs(95), secs(120), 2048 * 1024, 1), secs(90)),
                new SizeResult.RealRun(new RunSample(secs(85), secs(110), 1024 * 1024, 1), secs(80)),
                new SizeResult.RealRun(new RunSample(secs(200), secs(300), 1024 * 1024, 1), secs(190)));
        SizeResult met = new SizeResult(base.label(), base.components(), base.reviews(), base.floors(), base.floorResources(), real);
        SizeResult missed = new SizeResult("1", 1, base.reviews(), base.floors(), base.floorResources(),
                List.of(new SizeResult.RealRun(new RunSample(secs(50), secs(50), 1024, 1), secs(45))));

        String md = BenchReport.markdown(new BenchResults(MACHINE, "x", 3, r.reference(), List.of(missed, met), r.jvmStart(),
                "v3.276.0 (/bin/pulumi)"));

        // offline median 40 s; real preview medians 45 s and 90 s
        assertThat(md).contains("| Offline review at most 0.5x the real `pulumi preview --policy-pack`, 100 component(s) | 0.44x (40.00 s against 90.00 s) | yes |",
                "| Offline review at most 0.5x the real `pulumi preview --policy-pack`, 1 component(s) | 0.89x (40.00 s against 45.00 s) | **no** |",
                "| 100 | 2801 | 40.00 s | 90.00 s | 0.44x | 95.00 s | 120.00 s | 1024 MiB |",
                "runs the real CLI v3.276.0 (/bin/pulumi) with", "**stand-in providers**");
        assertThat(md).doesNotContain("Not measured (skipped)");
    }

    @Test
    void theRealPreviewTimeIsReadFromWhatTheReviewPrints() {
        String stdout = "PRR review of bench (stack bench): NOT READY\n  " + dev.readyservice.cli.ReviewCommand.REAL_PREVIEW_LINE + "12.3 s\n";

        assertThat(RealReviews.previewTime(stdout, "")).isEqualTo(Duration.ofMillis(12_300));
        assertThatThrownBy(() -> RealReviews.previewTime("preview 1.0 s, policy pack 1.0 s", "err"))
                .isInstanceOf(BenchException.class).hasMessageContaining("did not print 'real pulumi preview");
    }

    @Test
    void aSizeNeedsRuns() {
        assertThatThrownBy(() -> new SizeResult("1", 1, List.of(), List.of(sample(secs(1), 1)), 1))
                .hasMessage("a size result needs at least one review and one floor run");
    }

    @Test
    void mediansEachFigureOnItsOwn() {
        RunSample m = SizeResult.median(List.of(new RunSample(secs(1), secs(9), 5, 50), new RunSample(secs(3), secs(1), 7, 10),
                new RunSample(secs(2), secs(4), 1, 30)));

        assertThat(m).isEqualTo(new RunSample(secs(2), secs(4), 5, 30));
    }

    private static BenchResults results(Duration referenceWall, Duration reviewWall, Duration floorWall, long reviewRssKib) {
        SizeResult reference = new SizeResult("qa (reference)", 3,
                List.of(new SizeResult.ReviewRun(sample(referenceWall, 400 * 1024), new ReviewOutput(86, secs(3), secs(4), secs(1)))),
                List.of(sample(secs(2), 200 * 1024)), 85);
        List<SizeResult.ReviewRun> reviews = List.of(
                new SizeResult.ReviewRun(new RunSample(reviewWall, secs(60), reviewRssKib, 500 * 1024),
                        new ReviewOutput(2801, secs(25), secs(30), secs(8))),
                new SizeResult.ReviewRun(new RunSample(reviewWall.plusSeconds(100), secs(60), 10, 500 * 1024),
                        new ReviewOutput(2801, secs(25), secs(30), secs(8))),
                new SizeResult.ReviewRun(new RunSample(reviewWall.minusSeconds(1), secs(60), reviewRssKib, 500 * 1024),
                        new ReviewOutput(2801, secs(25), secs(30), secs(8))));
        SizeResult hundred = new SizeResult("100", 100, reviews, List.of(new RunSample(floorWall, secs(30), 300 * 1024, 1)), 2800);
        return new BenchResults(MACHINE, "./prr bench --sizes 100 --runs 3", 3, reference, List.of(hundred),
                List.of(sample(Duration.ofMillis(700), 60 * 1024)));
    }

    private static RunSample sample(Duration wall, long rssKib) {
        return new RunSample(wall, wall, rssKib, rssKib);
    }

    private static Duration secs(long s) {
        return Duration.ofSeconds(s);
    }
}
