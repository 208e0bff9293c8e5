package dev.readyservice.review.engine;

import io.grpc.Metadata;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * When the program has stopped calling the engine. Every call that reaches the engine marks the
 * time (this is a server interceptor on both services); {@link #runOnceQuiet} runs an action, once,
 * when no call has arrived for the quiet period.
 *
 * <p>Why: once a Java program's code has run, its SDK drains its {@code Log} calls and its JVM then
 * waits about 0.33 s at exit (HotSpot waits for threads in native code, here the SDK's gRPC event
 * loop), with nothing to do for anyone. The review starts the policy pack's analysis in that wait
 * ({@code PolicyPackLaunch#analyzeAhead}). Started any earlier (at the stack's outputs, tried in
 * December 2026), the pack's work competed with the SDK's last calls on two processors and the
 * program took as much longer (docs/benchmarks.md). Whatever the moment, the verdict cannot change:
 * answers are reused only for byte-identical requests.
 */
final class ProgramQuiet implements ServerInterceptor {
    /**
     * The quiet period. While a Java program runs, its calls come at most about 20 ms apart (size-1
     * and size-10 previews on 2 processors, traced), so 50 ms of silence is its exit, seldom a pause.
     * A pause only starts the analysis early: the analysis repeats what changed after.
     */
    static final Duration QUIET = Duration.ofMillis(50);

    private final AtomicLong lastCall = new AtomicLong(System.nanoTime());
    private final AtomicBoolean armed = new AtomicBoolean();
    private final Duration period;
    private volatile boolean closed;

    ProgramQuiet(Duration period) {
        this.period = period;
    }

    @Override
    public <Q, R> ServerCall.Listener<Q> interceptCall(ServerCall<Q, R> call, Metadata headers, ServerCallHandler<Q, R> next) {
        lastCall.set(System.nanoTime());
        return next.startCall(call, headers);
    }

    /**
     * Runs {@code action} on a daemon thread of its own when no call has arrived for the quiet
     * period; the first call of this method only, and never after {@link #close()}. Returns at once.
     */
    void runOnceQuiet(Runnable action) {
        if (!armed.compareAndSet(false, true)) {
            return;
        }
        Thread watch = new Thread(() -> {
            while (!closed) {
                long left = period.toNanos() - (System.nanoTime() - lastCall.get());
                if (left <= 0) {
                    action.run();
                    return;
                }
                LockSupport.parkNanos(left);
            }
        }, "offline-engine-quiet");
        watch.setDaemon(true);
        watch.start();
    }

    /** No action runs after this. */
    void close() {
        closed = true;
    }
}
