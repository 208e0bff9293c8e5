package dev.readyservice.review.engine;

import dev.readyservice.review.project.PinnedAnswers;
import dev.readyservice.review.project.StackConfig;
import io.grpc.Server;
import io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder;
import io.grpc.netty.shaded.io.netty.channel.EventLoopGroup;
import io.grpc.netty.shaded.io.netty.channel.nio.NioEventLoopGroup;
import io.grpc.netty.shaded.io.netty.channel.socket.nio.NioServerSocketChannel;
import io.grpc.netty.shaded.io.netty.util.concurrent.DefaultThreadFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntConsumer;

/**
 * The embedded engine of one preview: {@code ResourceMonitor} and {@code Engine} served on
 * 127.0.0.1 at a free port. Start it, point the program's {@code PULUMI_MONITOR} and
 * {@code PULUMI_ENGINE} at {@link #address()}, and read what the program registered and logged.
 * Closing it stops the server.
 */
public final class OfflineEngine implements AutoCloseable {
    /** Large programs send large registrations; this matches what the Pulumi engine accepts. */
    private static final int MAX_MESSAGE_BYTES = 400 * 1024 * 1024;

    /**
     * The server's own event loops, stopped by {@link #close()}. gRPC's shared ones outlive the
     * server by a second, and a JVM that exits while a thread waits in {@code epoll_wait} first
     * waits 300 ms for it: a tenth of a short review.
     */
    private final EventLoopGroup eventLoops = new NioEventLoopGroup(2, new DefaultThreadFactory("offline-engine", true));
    private final Server server;
    private final Registrations registrations = new Registrations();
    private final EngineFailures failures = new EngineFailures();
    private final Assumptions assumptions = new Assumptions();
    private final EngineLogs logs;
    private final ResourceMonitorService monitor;
    private final AtomicReference<String> rootUrn = new AtomicReference<>();
    private final ProgramQuiet quiet = new ProgramQuiet(ProgramQuiet.QUIET);

    private OfflineEngine(String project, String stack, boolean debug, IntConsumer onRegistered, StackConfig config, PinnedAnswers pinned) {
        this.logs = new EngineLogs(debug);
        this.monitor = new ResourceMonitorService(project, stack, registrations,
                new EngineFunctions(registrations, config, pinned, assumptions), failures, onRegistered, rootUrn);
        try {
            this.server = NettyServerBuilder.forAddress(new InetSocketAddress("127.0.0.1", 0))
                    .channelType(NioServerSocketChannel.class)
                    .bossEventLoopGroup(eventLoops)
                    .workerEventLoopGroup(eventLoops)
                    .maxInboundMessageSize(MAX_MESSAGE_BYTES)
                    // Every call is answered from memory at once, so on the transport thread: a hand-off
                    // to another thread costs ~0.4 ms a call, and the Java SDK sends its 4 Log calls per
                    // resource one after another (3.5 s to 4 s of a 2,158-resource preview).
                    .directExecutor()
                    .intercept(quiet)
                    .addService(monitor)
                    .addService(new EngineService(logs, rootUrn))
                    .build();
        } catch (RuntimeException | Error e) {
            eventLoops.shutdownGracefully(0, 0, TimeUnit.SECONDS);
            throw e;
        }
    }

    /**
     * Starts an engine for {@code project}/{@code stack}.
     *
     * @param debug keep DEBUG and INFO log messages too
     * @param onRegistered told the running count after each registration (for progress messages)
     */
    public static OfflineEngine start(String project, String stack, boolean debug, IntConsumer onRegistered) {
        return start(project, stack, debug, onRegistered, StackConfig.of(Map.of()), PinnedAnswers.none());
    }

    /**
     * Starts an engine for {@code project}/{@code stack} that answers functions and reads from
     * {@code config} and {@code pinned} ({@link EngineFunctions}).
     *
     * @param debug keep DEBUG and INFO log messages too
     * @param onRegistered told the running count after each registration (for progress messages)
     * @param config the stack's config, for the functions it can answer
     * @param pinned the answers a team pinned in files
     */
    public static OfflineEngine start(String project, String stack, boolean debug, IntConsumer onRegistered, StackConfig config,
            PinnedAnswers pinned) {
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(stack, "stack");
        OfflineEngine engine = new OfflineEngine(project, stack, debug, onRegistered == null ? n -> { } : onRegistered,
                Objects.requireNonNull(config, "config"), Objects.requireNonNull(pinned, "pinned"));
        try {
            engine.server.start();
        } catch (IOException e) {
            engine.eventLoops.shutdownGracefully(0, 0, TimeUnit.SECONDS);
            throw new UncheckedIOException("cannot start the offline engine on 127.0.0.1: " + e.getMessage(), e);
        }
        return engine;
    }

    /** {@code 127.0.0.1:<port>}, the value of {@code PULUMI_MONITOR} and {@code PULUMI_ENGINE}. */
    public String address() {
        return "127.0.0.1:" + server.getPort();
    }

    /**
     * Runs {@code action}, once, when the program has registered the stack's outputs (the Java SDK
     * does so once the program's code has run) and then called nothing for {@link ProgramQuiet#QUIET}:
     * its calls are (nearly) all in and its JVM is exiting. On a thread of its own.
     */
    public void whenDoneCalling(Runnable action) {
        monitor.onStackOutputs(() -> quiet.runOnceQuiet(action));
    }

    /** What the program registered. */
    public Registrations registrations() {
        return registrations;
    }

    /** What the program logged. */
    public EngineLogs logs() {
        return logs;
    }

    /** The answers the engine gave that a real preview would have had from a provider, the cloud or another stack. */
    public Assumptions assumptions() {
        return assumptions;
    }

    /** What the engine had to refuse. */
    public EngineFailures failures() {
        return failures;
    }

    /** The {@code SupportsFeature} ids the program asked about (answered per {@link EngineFeatures}). */
    public Set<String> askedFeatures() {
        return monitor.askedFeatures();
    }

    /** The root stack resource's URN, once the program set it; empty before. */
    public String rootUrn() {
        String urn = rootUrn.get();
        return urn == null ? "" : urn;
    }

    /** Stops the server, waiting briefly for calls in flight, then its event loops. */
    @Override
    public void close() {
        quiet.close();
        server.shutdown();
        try {
            if (!server.awaitTermination(2, TimeUnit.SECONDS)) {
                server.shutdownNow();
            }
            eventLoops.shutdownGracefully(0, 2, TimeUnit.SECONDS).await(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            server.shutdownNow();
            eventLoops.shutdownGracefully(0, 0, TimeUnit.SECONDS);
            Thread.currentThread().interrupt();
        }
    }
}
