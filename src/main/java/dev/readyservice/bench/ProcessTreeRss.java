package dev.readyservice.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * Samples the resident memory of a process tree from {@code /proc}: the sum of {@code VmRSS} over
 * the process and all its live descendants, every {@value #SAMPLE_MILLIS} ms, keeping the largest
 * sum. A short spike between two samples can be missed; at this rate the JVMs and node, which
 * grow over seconds, are not.
 */
final class ProcessTreeRss implements AutoCloseable {
    static final long SAMPLE_MILLIS = 20;

    private final ProcessHandle root;
    private final AtomicLong peakKib = new AtomicLong();
    private final Thread sampler;
    private volatile boolean running = true;

    private ProcessTreeRss(ProcessHandle root) {
        this.root = root;
        this.sampler = new Thread(this::sampleUntilClosed, "bench-rss-sampler");
        this.sampler.setDaemon(true);
    }

    /** Starts sampling the tree under {@code root}. */
    static ProcessTreeRss start(ProcessHandle root) {
        ProcessTreeRss rss = new ProcessTreeRss(root);
        rss.sampler.start();
        return rss;
    }

    /** The largest tree sum seen so far, in KiB. */
    long peakKib() {
        return peakKib.get();
    }

    private void sampleUntilClosed() {
        while (running) {
            long sum = Stream.concat(Stream.of(root), root.descendants()).mapToLong(p -> rssKib(p.pid())).sum();
            peakKib.accumulateAndGet(sum, Math::max);
            try {
                Thread.sleep(SAMPLE_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** {@code VmRSS} of {@code pid} in KiB, or 0 when the process is gone. */
    static long rssKib(long pid) {
        try {
            return vmRssKib(Files.readString(Path.of("/proc", Long.toString(pid), "status")));
        } catch (IOException e) {
            return 0; // exited between listing and reading: it holds no memory any more
        }
    }

    /** The {@code VmRSS:} figure of a {@code /proc/<pid>/status} text in KiB; 0 when absent (a zombie). */
    static long vmRssKib(String status) {
        for (String line : status.split("\n")) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.substring("VmRSS:".length()).trim().split("\\s+")[0]);
            }
        }
        return 0;
    }

    /** Stops sampling after one last sample. */
    @Override
    public void close() {
        running = false;
        sampler.interrupt();
        try {
            sampler.join(1_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
