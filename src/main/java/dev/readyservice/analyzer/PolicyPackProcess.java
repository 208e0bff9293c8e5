package dev.readyservice.analyzer;

import dev.readyservice.review.launch.BoundedLines;
import dev.readyservice.review.launch.OutputTail;
import dev.readyservice.review.launch.ProcessGroup;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * A built policy pack running as {@code node bin/index.js} in its folder. {@code new PolicyPack(...)}
 * serves the Analyzer on 127.0.0.1 at a free port and prints the port on stdout; {@link #start}
 * waits for that line.
 *
 * <p>The process and its descendants are always stopped: by {@link #close()} (use
 * try-with-resources), on any start failure, and by a shutdown hook if the JVM exits first.
 */
public final class PolicyPackProcess implements AutoCloseable {
    /** The pack's entry point, relative to the pack folder. */
    public static final String ENTRY_POINT = "bin/index.js";
    private static final int STDERR_TAIL_LINES = 40;
    private static final Duration STDERR_DRAIN_WAIT = Duration.ofSeconds(2);

    private final ProcessGroup group;
    private final Process process;
    private final int port;
    private final OutputTail stderrTail;
    private final Thread shutdownHook;

    private PolicyPackProcess(ProcessGroup group, int port, OutputTail stderrTail, Thread shutdownHook) {
        this.group = group;
        this.process = group.process();
        this.port = port;
        this.stderrTail = stderrTail;
        this.shutdownHook = shutdownHook;
    }

    /**
     * Starts the built pack in {@code packDir} with {@code node} from the PATH.
     *
     * @throws PolicyPackException when node is missing, the pack is not built, or the process ends or
     *     stays silent for {@code timeout} before printing a port
     */
    public static PolicyPackProcess start(Path packDir, Duration timeout) {
        return start(packDir, java.util.Map.of(), timeout);
    }

    /**
     * Starts the built pack in {@code packDir} with {@code environment} added to this process's, as
     * the CLI adds the stack's config and names ({@link StackUnderReview#launchEnvironment()}).
     */
    public static PolicyPackProcess start(Path packDir, java.util.Map<String, String> environment, Duration timeout) {
        if (!Files.isRegularFile(packDir.resolve(ENTRY_POINT))) {
            throw new PolicyPackException("the policy pack in " + packDir + " is not built (" + ENTRY_POINT
                    + " is missing): run `npm ci && npm run build` in " + packDir);
        }
        return start(packDir, List.of("node", ENTRY_POINT), environment, timeout);
    }

    /** Starts {@code command} in {@code workDir}; the pack's command line, exposed for tests and other runtimes. */
    static PolicyPackProcess start(Path workDir, List<String> command, Duration timeout) {
        return start(workDir, command, java.util.Map.of(), timeout);
    }

    private static PolicyPackProcess start(Path workDir, List<String> command, java.util.Map<String, String> environment, Duration timeout) {
        ProcessGroup group;
        try {
            ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile());
            builder.environment().putAll(environment);
            // Its own group: whatever the pack starts (workers, a daemon) ends with it.
            group = ProcessGroup.start(builder);
        } catch (IOException e) {
            throw new PolicyPackException("cannot start `" + String.join(" ", command) + "` in " + workDir
                    + ": is Node.js 20 installed and on the PATH? (" + e.getMessage() + ")", "", e);
        }
        Process process = group.process();
        Thread hook = new Thread(() -> stop(group), "policy-pack-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        OutputTail tail = new OutputTail(STDERR_TAIL_LINES);
        Thread stderrReader = drain(process.getErrorStream(), tail::add, "policy-pack-stderr");
        CompletableFuture<Integer> port = new CompletableFuture<>();
        drain(process.getInputStream(), line -> parsePort(line).ifPresent(port::complete), "policy-pack-stdout");
        process.onExit().thenRun(() -> port.completeExceptionally(new IllegalStateException("exited")));
        try {
            int value = port.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return new PolicyPackProcess(group, value, tail, hook);
        } catch (ExecutionException | TimeoutException | InterruptedException e) {
            String why = e instanceof TimeoutException ? "printed no port within " + timeout.toMillis() + " ms"
                    : e instanceof InterruptedException ? "was stopped before it printed a port"
                    : "exited with code " + exitCode(process) + " before printing a port";
            // A pack that died may have left its last stderr lines (the reason it died) unread in the
            // pipe, and stopping closes the streams (Process.destroy), losing them: under load the
            // reader had not run yet and the message lost its reason. So read them first when it died.
            // Bounded, as a grandchild may hold the pipe open.
            if (!process.isAlive()) {
                awaitQuietly(stderrReader, STDERR_DRAIN_WAIT);
            }
            // Stopped before the interrupt is restored: stop() waits for the process to be gone.
            stop(group);
            removeHook(hook);
            awaitQuietly(stderrReader, STDERR_DRAIN_WAIT);
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            throw new PolicyPackException("the policy pack `" + String.join(" ", command) + "` in " + workDir + " " + why,
                    tail.text(), e);
        }
    }

    /** The port the pack's Analyzer listens on (127.0.0.1). */
    public int port() {
        return port;
    }

    /** The last lines the pack wrote to stderr. */
    public String stderrTail() {
        return stderrTail.text();
    }

    /** True while the pack's process runs. */
    public boolean isAlive() {
        return process.isAlive();
    }

    /** The process id, for diagnostics. */
    public long pid() {
        return process.pid();
    }

    /** Stops the pack and every process it started. */
    @Override
    public void close() {
        stop(group);
        removeHook(shutdownHook);
    }

    static Optional<Integer> parsePort(String line) {
        String text = line.strip();
        if (!text.matches("\\d{1,5}")) {
            return Optional.empty();
        }
        int value = Integer.parseInt(text);
        return value > 0 && value < 65536 ? Optional.of(value) : Optional.empty();
    }

    /** Asks the pack to stop (it may flush what it logs), then ends it and every member of its group. */
    private static void stop(ProcessGroup group) {
        Process process = group.process();
        process.destroy();
        try {
            process.waitFor(3, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        group.destroy();
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // The JVM is already shutting down and the hook is running or has run; nothing to remove.
        }
    }

    private static String exitCode(Process process) {
        try {
            return process.waitFor(1, TimeUnit.SECONDS) ? String.valueOf(process.exitValue()) : "unknown";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "unknown";
        }
    }

    private static void awaitQuietly(Thread reader, Duration wait) {
        try {
            reader.join(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Thread drain(InputStream stream, Consumer<String> lines, String name) {
        Thread reader = new Thread(() -> {
            try {
                BoundedLines.read(stream, lines);
            } catch (IOException e) {
                // The stream closes when the process is stopped; there is nothing left to read.
            }
        }, name);
        reader.setDaemon(true);
        reader.start();
        return reader;
    }

}
