package dev.readyservice.bench;

import dev.readyservice.review.launch.OutputTail;
import dev.readyservice.review.launch.ProcessGroup;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs one child process under GNU time while sampling its tree's memory, and returns what it
 * cost with what it printed. Output goes to files, not pipes, so no reader thread of ours competes
 * with the measured processes for the CPU.
 */
final class MeasuredProcess {
    private MeasuredProcess() {
    }

    /**
     * Runs {@code command} in {@code directory}, using {@code scratch} for its output files.
     *
     * @throws BenchException when it cannot start, times out, or exits with a code outside {@code okExitCodes}
     */
    static Result run(List<String> command, Path directory, Path scratch, Duration timeout, List<Integer> okExitCodes) {
        return run(command, directory, java.util.Map.of(), scratch, timeout, okExitCodes);
    }

    /** As {@link #run(List, Path, Path, Duration, List)}, with {@code environment} added to this process's. */
    static Result run(List<String> command, Path directory, java.util.Map<String, String> environment, Path scratch, Duration timeout,
            List<Integer> okExitCodes) {
        try {
            Files.createDirectories(scratch);
            Path report = Files.createTempFile(scratch, "time-", ".txt");
            Path stdout = Files.createTempFile(scratch, "stdout-", ".txt");
            Path stderr = Files.createTempFile(scratch, "stderr-", ".txt");
            ProcessBuilder builder = new ProcessBuilder(GnuTime.wrap(command, report))
                    .directory(directory.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
                    .redirectOutput(stdout.toFile())
                    .redirectError(stderr.toFile());
            builder.environment().putAll(environment);
            // The review's process group, in this session: no setsid process joins the measured tree.
            ProcessGroup group = ProcessGroup.startInThisSession(builder);
            // A bench stopped with Ctrl-C or SIGTERM ends the measured run too.
            Thread stop = new Thread(group::destroy, "bench-stop-run");
            Runtime.getRuntime().addShutdownHook(stop);
            try {
                return measured(command, group, timeout, okExitCodes, report, stdout, stderr);
            } finally {
                try {
                    Runtime.getRuntime().removeShutdownHook(stop);
                } catch (IllegalStateException e) {
                    // Shutting down: the hook runs.
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + command.get(0) + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BenchException("interrupted while running " + command.get(0));
        }
    }

    private static Result measured(List<String> command, ProcessGroup group, Duration timeout, List<Integer> okExitCodes, Path report,
            Path stdout, Path stderr) throws IOException, InterruptedException {
        Process process = group.process();
        long treePeak;
        try (ProcessTreeRss rss = ProcessTreeRss.start(process.toHandle())) {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                group.destroy();
                throw new BenchException(String.join(" ", command) + " did not finish within " + BenchRunner.secs(timeout));
            }
            treePeak = rss.peakKib();
        }
        String out = Files.readString(stdout);
        String err = Files.readString(stderr);
        if (!okExitCodes.contains(process.exitValue())) {
            throw new BenchException(String.join(" ", command) + " exited with " + process.exitValue()
                    + " (allowed: " + okExitCodes + "); its last output:\n" + tail(out + err, 15));
        }
        GnuTime.Figures figures = GnuTime.parse(Files.readString(report));
        return new Result(new RunSample(figures.wall(), figures.cpu(), treePeak, figures.maxRssKib()), process.exitValue(), out, err);
    }

    /** The last {@code lines} lines of {@code text}. */
    static String tail(String text, int lines) {
        return OutputTail.of(text, lines);
    }

    /** A finished run: its cost, exit code and output. */
    record Result(RunSample sample, int exitCode, String stdout, String stderr) {
    }
}
