package dev.readyservice.bench;

import java.time.Duration;
import java.util.Objects;

/**
 * What one measured child process cost, the process and all its descendants together.
 *
 * @param wall elapsed time from start to exit (GNU time {@code %e})
 * @param cpu user + system CPU of the process and of every descendant it waited for (GNU time {@code %U + %S})
 * @param treePeakRssKib the largest sum of the resident set sizes of the whole process tree seen
 *     while it ran ({@code VmRSS} of every process under it in {@code /proc}, sampled every
 *     {@value ProcessTreeRss#SAMPLE_MILLIS} ms)
 * @param processPeakRssKib the peak resident set size of the largest single process of the tree
 *     (GNU time {@code %M})
 */
public record RunSample(Duration wall, Duration cpu, long treePeakRssKib, long processPeakRssKib) {

    public RunSample {
        Objects.requireNonNull(wall, "wall");
        Objects.requireNonNull(cpu, "cpu");
    }
}
