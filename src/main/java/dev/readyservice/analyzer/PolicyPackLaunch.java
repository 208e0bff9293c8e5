package dev.readyservice.analyzer;

import dev.readyservice.review.Preview;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * A policy pack that starts in the background while the program runs: node loading the pack and
 * the engine's steps before any {@code Analyze} take about a second, and the program spends much of
 * its run waiting on its own round trips, so the two overlap well even on 2 processors (the
 * reference review: 5.0 s to 4.5 s; docs/benchmarks.md). The pack's manifest and the policy config
 * are read at once, so bad input fails before anything starts. Closing the launch stops the pack
 * whether it started, is still starting or failed to.
 *
 * <pre>{@code
 * try (PolicyPackLaunch pack = PolicyPackLaunch.begin(packDir, config, "shop", "qa", timeout)) {
 *     Preview preview = OfflinePreview.run(request);
 *     Analysis analysis = pack.analyze(preview);
 * }
 * }</pre>
 */
public final class PolicyPackLaunch implements AutoCloseable {
    private final CompletableFuture<PolicyPackSession> session = new CompletableFuture<>();
    private final Thread starter;
    /** {@link #analyzeAhead}'s thread, once started; {@link #analyze} and {@link #close} wait for it. */
    private final AtomicReference<Thread> ahead = new AtomicReference<>();
    /** Stands in {@link #ahead} once the launch is closing; never started. */
    private static final Thread CLOSED = new Thread(() -> { }, "policy-pack-closed");

    private PolicyPackLaunch(Supplier<PolicyPackSession> start) {
        this.starter = new Thread(() -> {
            try {
                session.complete(start.get());
            } catch (Throwable e) {
                // Whatever ends the start (even a checked exception Netty throws sneakily) must end
                // analyze()'s wait.
                session.completeExceptionally(e);
            }
        }, "policy-pack-start");
        starter.setDaemon(true);
        starter.start();
    }

    /**
     * Reads the manifest of the pack in {@code packDir} and {@code policyConfig}, then starts the pack
     * and configures it for {@code project}/{@code stack} in the background.
     *
     * @param timeout how long the pack may take to start, and each gRPC call
     * @throws PolicyConfigException when the config file is invalid
     * @throws PolicyPackException when the pack has no readable manifest
     */
    public static PolicyPackLaunch begin(Path packDir, Optional<Path> policyConfig, String project, String stack, Duration timeout) {
        return begin(packDir, policyConfig, StackUnderReview.of(project, stack), timeout);
    }

    /**
     * As {@link #begin(Path, Optional, String, String, Duration)}, telling the pack the stack's config
     * too, as the CLI does: the pack judges the environment from the stack's name and config.
     */
    public static PolicyPackLaunch begin(Path packDir, Optional<Path> policyConfig, StackUnderReview stack, Duration timeout) {
        List<PolicyDescriptor> manifest = PackManifest.read(packDir);
        EnvironmentRule rule = PackManifest.environmentRule(packDir);
        PolicyConfig config = policyConfig.map(PolicyConfig::read).orElseGet(PolicyConfig::none);
        return new PolicyPackLaunch(() -> PolicyPackSession.start(packDir, manifest, rule, config, stack, timeout));
    }

    /**
     * Waits for the pack to be started and configured, then sends {@code Analyze} for every custom
     * resource of {@code preview} and one {@code AnalyzeStack}.
     *
     * @throws PolicyConfigException when the pack rejects the config
     * @throws PolicyPackException when the pack cannot start or fails
     */
    public Analysis analyze(Preview preview) {
        joinFully(ahead.get(), true);
        return started().analyze(preview);
    }

    /**
     * Starts sending {@code Analyze} and {@code AnalyzeStack} for what the program registered so far
     * ({@code registeredSoFar}, read when sending), once the pack is configured, in the background
     * ({@link AnalyzerClient#analyzeAhead}); the first call only. The offline engine calls this once
     * the program has registered its stack's outputs and stopped calling: its resources are then all
     * registered and its JVM is exiting, about 0.33 s in which the pack was idle. {@link #analyze}
     * reuses the answers whose request is unchanged, so the analysis is the same. Returns at once.
     */
    public void analyzeAhead(Supplier<Preview> registeredSoFar) {
        Thread thread = new Thread(() -> {
            try {
                started().analyzeAhead(registeredSoFar);
            } catch (RuntimeException | Error e) {
                // The pack failed to start or failed: analyze() reports it.
            }
        }, "policy-pack-analyze-ahead");
        thread.setDaemon(true);
        if (ahead.compareAndSet(null, thread)) {
            thread.start();
        }
    }

    /**
     * Waits for {@code thread} to end, an interrupt notwithstanding (it is kept for the caller, and
     * passed on to {@code thread} when {@code passInterrupt}): what it stops must be stopped.
     */
    private static void joinFully(Thread thread, boolean passInterrupt) {
        boolean interrupted = false;
        while (thread != null && thread.isAlive()) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                interrupted = true;
                if (passInterrupt) {
                    thread.interrupt();
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private PolicyPackSession started() {
        try {
            return session.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error cause) {
                throw cause;
            }
            throw new PolicyPackException("the policy pack failed to start: " + e.getCause(), "", e.getCause());
        }
    }

    /** Stops the pack: a start still running is interrupted, which stops its process. */
    @Override
    public void close() {
        // No analyzeAhead starts once closing; one running ends when the session closes under it.
        Thread early = ahead.getAndSet(CLOSED);
        if (early != null) {
            early.interrupt();
        }
        starter.interrupt();
        joinFully(starter, false);
        if (!session.isCompletedExceptionally()) {
            session.join().close();
        }
        joinFully(early, true);
    }

    /**
     * Starts {@link #close} on a thread of its own, so the pack's process exits while the caller
     * goes on (the review writes its report), and returns the wait for it.
     */
    public Stopping stopInBackground() {
        Stopping stopping = new Stopping(this);
        stopping.thread.start();
        return stopping;
    }

    /** A {@link #close} under way; {@link #await} returns once the pack has stopped and throws what closing threw. */
    public static final class Stopping {
        private final Thread thread;
        private volatile RuntimeException failure;

        private Stopping(PolicyPackLaunch launch) {
            this.thread = new Thread(() -> {
                try {
                    launch.close();
                } catch (RuntimeException e) {
                    failure = e;
                }
            }, "policy-pack-stop");
        }

        /** Waits for the pack to have stopped, an interrupt notwithstanding. */
        public void await() {
            joinFully(thread, false);
            if (failure != null) {
                throw failure;
            }
        }
    }
}
