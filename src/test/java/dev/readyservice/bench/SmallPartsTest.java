package dev.readyservice.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class SmallPartsTest {

    @Test
    void medianOfOddAndEvenCounts() {
        assertThat(Medians.of(List.of(5.0, 1.0, 3.0))).isEqualTo(3.0);
        assertThat(Medians.of(List.of(4.0, 1.0, 3.0, 10.0))).isEqualTo(3.5);
        assertThat(Medians.of(List.of(7.0))).isEqualTo(7.0);
        assertThat(Medians.duration(List.of(Duration.ofSeconds(9), Duration.ofSeconds(1), Duration.ofSeconds(2)), d -> d))
                .isEqualTo(Duration.ofSeconds(2));
        assertThat(Medians.whole(List.of(10L, 30L), Long::longValue)).isEqualTo(20L);
    }

    @Test
    void medianOfNothingIsRefused() {
        assertThatThrownBy(() -> Medians.of(List.of())).hasMessage("the median of no values is undefined");
    }

    @Test
    void readsGnuTimesLastLine() {
        GnuTime.Figures f = GnuTime.parse("Command exited with non-zero status 1\n12.34 20.50 1.25 654321\n");

        assertThat(f.wall()).isEqualTo(Duration.ofMillis(12_340));
        assertThat(f.cpu()).isEqualTo(Duration.ofMillis(21_750));
        assertThat(f.maxRssKib()).isEqualTo(654_321);
    }

    @Test
    void refusesAGnuTimeReportOfAnotherShape() {
        assertThatThrownBy(() -> GnuTime.parse("1.0 2.0")).hasMessage("GNU time wrote '1.0 2.0', expected '<elapsed> <user> <sys> <maxrss KiB>'");
        assertThatThrownBy(() -> GnuTime.parse("1.0 x 2.0 3")).hasMessageContaining("has a field that is not a number");
    }

    @Test
    void wrapsACommandInGnuTime() {
        assertThat(GnuTime.wrap(List.of("java", "-version"), Path.of("/tmp/t.txt")))
                .containsExactly("/usr/bin/time", "-f", "%e %U %S %M", "-o", "/tmp/t.txt", "--", "java", "-version");
    }

    @Test
    void readsVmRssFromProcStatus() {
        assertThat(ProcessTreeRss.vmRssKib("Name:\tjava\nVmPeak:\t 999 kB\nVmRSS:\t  123456 kB\nThreads: 9\n")).isEqualTo(123_456);
        assertThat(ProcessTreeRss.vmRssKib("Name:\tzombie\nState:\tZ\n")).isZero();
    }

    @Test
    void readsTheRssOfLiveProcessesAndNothingForGoneOnes() {
        assertThat(ProcessTreeRss.rssKib(ProcessHandle.current().pid())).isPositive();
        assertThat(ProcessTreeRss.rssKib(Long.MAX_VALUE)).isZero();
        try (ProcessTreeRss rss = ProcessTreeRss.start(ProcessHandle.current())) {
            assertThat(rss.peakKib()).isGreaterThanOrEqualTo(0);
            sleep(100);
            assertThat(rss.peakKib()).isPositive();
        }
    }

    @Test
    void readsWhereAReviewsTimeWent() {
        ReviewOutput out = ReviewOutput.parse("PRR review of checkout (stack qa): READY\n  preview 10.6 s, policy pack 3.3 s\n",
                "prr: Starting program\nprr: 86 resources registered in 9174 ms\n");

        assertThat(out).isEqualTo(new ReviewOutput(86, Duration.ofMillis(9174), Duration.ofMillis(10_600), Duration.ofMillis(3_300)));
    }

    @Test
    void refusesAReviewOutputWithoutPhases() {
        assertThatThrownBy(() -> ReviewOutput.parse("PRR review: READY\n", "prr: 86 resources registered in 9174 ms\n"))
                .isInstanceOf(BenchException.class)
                .hasMessageContaining("does not say where its time went");
    }

    @Test
    void readsTheFloorsResourceCount() {
        assertThat(ReviewOutput.floorResources("noise\nfloor: resources registered: 45\n")).isEqualTo(45);
        assertThatThrownBy(() -> ReviewOutput.floorResources("floor crashed")).isInstanceOf(BenchException.class)
                .hasMessageContaining("did not print 'floor: resources registered: <n>'");
    }

    @Test
    void readsMachineFields() {
        assertThat(MachineInfo.field("processor\t: 0\nmodel name\t: Intel Xeon\n", "model name")).contains("Intel Xeon");
        assertThat(MachineInfo.field("processor\t: 0\n", "model name")).isEmpty();
        MachineInfo here = MachineInfo.detect(Instant.EPOCH);
        assertThat(here.processors()).isEqualTo(Runtime.getRuntime().availableProcessors());
        assertThat(here.memoryKib()).isPositive();
        assertThat(here.java()).contains(System.getProperty("java.runtime.version"));
    }

    @Test
    void optionsNameTheirDerivedPaths() {
        BenchOptions o = new BenchOptions(List.of(1), 1, Path.of("/o.md"), Path.of("/home"), Path.of("/w"), Duration.ofSeconds(1));

        assertThat(o.jar()).isEqualTo(Path.of("/home/target/readyservice.jar"));
        assertThat(o.benchJar()).isEqualTo(Path.of("/home/target/readyservice-bench.jar"));
        assertThat(o.policyConfig()).isEqualTo(Path.of("/home/policy/config/qa.json"));
        assertThatThrownBy(() -> new BenchOptions(List.of(1), 1, null, Path.of("/"), Path.of("/"), Duration.ZERO)).hasMessage("out");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
