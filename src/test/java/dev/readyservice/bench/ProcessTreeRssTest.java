package dev.readyservice.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Resident memory of a process tree, read from /proc. */
class ProcessTreeRssTest {

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
            sleep(100);
            assertThat(rss.peakKib()).isPositive();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
