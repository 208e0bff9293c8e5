package dev.readyservice.analyzer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
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

    private final Process process;
    private final int port;
    private final Deque<String> stderrTail;
    private final Thread shutdownHook;

    private PolicyPackProcess(Process process, int port, Deque<String> stderrTail, Thread shutdownHook) {
        this.process = process;
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
        Process process;
        try {
            ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile());
            builder.environment().putAll(environment);
            process = builder.start();
        } catch (IOException e) {
            throw new PolicyPackException("cannot start `" + String.join(" ", command) + "` in " + workDir
                    + ": is Node.js 20 installed and on the PATH? (" + e.getMessage() + ")", "", e);
        }
        Thread hook = new Thread(() -> stop(process), "policy-pack-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        Deque<String> tail = new ArrayDeque<>();
        drain(process.getErrorStream(), line -> remember(tail, line), "policy-pack-stderr");
        CompletableFuture<Integer> port = new CompletableFuture<>();
        drain(process.getInputStream(), line -> parsePort(line).ifPresent(port::complete), "policy-pack-stdout");
        process.onExit().thenRun(() -> port.completeExceptionally(new IllegalStateException("exited")));
        try {
            int value = port.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return new PolicyPackProcess(process, value, tail, hook);
        } catch (ExecutionException | TimeoutException | InterruptedException e) {
            String why = e instanceof TimeoutException ? "printed no port within " + timeout.toMillis() + " ms"
                    : e instanceof InterruptedException ? "was stopped before it printed a port"
                    : "exited with code " + exitCode(process) + " before printing a port";
            // Stopped before the interrupt is restored: stop() waits for the process to be gone.
            stop(process);
            removeHook(hook);
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            throw new PolicyPackException("the policy pack `" + String.join(" ", command) + "` in " + workDir + " " + why,
                    tailOf(tail), e);
        }
    }

    /** The port the pack's Analyzer listens on (127.0.0.1). */
    public int port() {
        return port;
    }

    /** The last lines the pack wrote to stderr. */
    public String stderrTail() {
        return tailOf(stderrTail);
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
        stop(process);
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

    private static void stop(Process process) {
        // Descendants first: a pack may spawn workers that would outlive a killed parent.
        List<ProcessHandle> descendants = process.descendants().toList();
        descendants.forEach(ProcessHandle::destroyForcibly);
        process.destroy();
        try {
            if (!process.waitFor(3, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(3, TimeUnit.SECONDS);
            }
            for (ProcessHandle descendant : descendants) {
                descendant.onExit().get(3, TimeUnit.SECONDS);
            }
        } catch (ExecutionException | TimeoutException e) {
            // A descendant that outlives SIGKILL for 3 s is beyond our control; the parent is gone.
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
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

    private static void drain(InputStream stream, Consumer<String> lines, String name) {
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    lines.accept(line);
                }
            } catch (IOException e) {
                // The stream closes when the process is stopped; there is nothing left to read.
            }
        }, name);
        reader.setDaemon(true);
        reader.start();
    }

    private static void remember(Deque<String> tail, String line) {
        synchronized (tail) {
            tail.addLast(line);
            if (tail.size() > STDERR_TAIL_LINES) {
                tail.removeFirst();
            }
        }
    }

    private static String tailOf(Deque<String> tail) {
        synchronized (tail) {
            return String.join("\n", tail);
        }
    }
}
