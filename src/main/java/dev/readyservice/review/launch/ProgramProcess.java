package dev.readyservice.review.launch;

import dev.readyservice.review.ReviewException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Runs a program to completion or to a timeout, and always leaves no process behind: on timeout,
 * on interruption and on JVM shutdown (Ctrl-C) it kills the program and all its descendants.
 */
public final class ProgramProcess {
    private static final int TAIL_LINES = 40;

    private ProgramProcess() {
    }

    /**
     * Runs {@code command} with {@code environment} added to this JVM's environment.
     *
     * @param passThrough when not null, every output line is also given to it (debug)
     * @throws UncheckedIOException when the program cannot be started
     * @throws ReviewException PROGRAM_FAILED when the waiting thread is interrupted (the program is stopped)
     */
    public static ProgramResult run(ProgramCommand command, Map<String, String> environment, Duration timeout,
            Consumer<String> passThrough) {
        ProcessBuilder builder = new ProcessBuilder(command.command())
                .directory(command.workingDirectory().toFile())
                .redirectInput(ProcessBuilder.Redirect.PIPE);
        builder.environment().putAll(environment);
        long started = System.nanoTime();
        ProcessGroup group;
        try {
            group = ProcessGroup.start(builder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + command.command().get(0) + ": " + e.getMessage(), e);
        }
        Process process = group.process();
        Thread killOnExit = new Thread(group::destroy, "review-kill-program");
        Runtime.getRuntime().addShutdownHook(killOnExit);
        OutputTail tail = new OutputTail(TAIL_LINES);
        Thread out = pump(process.getInputStream(), tail, passThrough, "review-program-stdout");
        Thread err = pump(process.getErrorStream(), tail, passThrough, "review-program-stderr");
        try {
            process.getOutputStream().close();
            boolean finished = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
            // Whatever the program left behind ends with it: a child still running, one holding its
            // stdout (the readers below would wait for it), a daemon that left its session.
            group.destroy();
            out.join(2_000);
            err.join(2_000);
            Duration ran = Duration.ofNanos(System.nanoTime() - started);
            return new ProgramResult(finished ? process.exitValue() : -1, !finished, tail.lines(), ran);
        } catch (InterruptedException e) {
            group.destroy();
            Thread.currentThread().interrupt();
            throw new ReviewException(ReviewException.Category.PROGRAM_FAILED,
                    "the review was interrupted; " + command.command().get(0) + " was stopped", e);
        } catch (IOException e) {
            group.destroy();
            throw new UncheckedIOException(e);
        } finally {
            // Whatever happened, nothing the program started may outlive the review.
            group.destroy();
            removeHook(killOnExit);
        }
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // The JVM is already shutting down; the hook runs and kills the program.
        }
    }

    private static Thread pump(InputStream stream, OutputTail tail, Consumer<String> passThrough, String name) {
        Thread thread = new Thread(() -> {
            try {
                BoundedLines.read(stream, line -> {
                    tail.add(line);
                    if (passThrough != null) {
                        passThrough.accept(line);
                    }
                });
            } catch (IOException e) {
                // The stream closes when the program is killed; what was read so far is kept.
            }
        }, name);
        thread.setDaemon(true);
        thread.start();
        return thread;
    }
}
