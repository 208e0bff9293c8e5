package dev.readyservice.standin;

import io.grpc.Server;
import io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder;
import io.grpc.netty.shaded.io.netty.channel.EventLoopGroup;
import io.grpc.netty.shaded.io.netty.channel.nio.NioEventLoopGroup;
import io.grpc.netty.shaded.io.netty.channel.socket.nio.NioServerSocketChannel;
import io.grpc.netty.shaded.io.netty.util.concurrent.DefaultThreadFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * <strong>Stand-in</strong> providers for several packages, each on its own port of 127.0.0.1,
 * for the real Pulumi engine to attach to with {@link #debugProviders()} as
 * {@code PULUMI_DEBUG_PROVIDERS}. See {@link StandInProvider} for what they answer and what they
 * cannot prove.
 *
 * <p>In a test: {@code try (var p = StandInProviders.start(List.of("azure-native", "datadog",
 * "pagerduty"), CreatePreviewOutputs.model())) { env.put("PULUMI_DEBUG_PROVIDERS",
 * p.debugProviders()); ... }}. From a shell: {@code java -cp target/readyservice.jar
 * dev.readyservice.standin.StandInProviders [PACKAGE...]} prints
 * {@code PULUMI_DEBUG_PROVIDERS=azure-native:PORT,...} and serves until its standard input closes
 * (so it never outlives the process that started it) or it is killed.
 */
public final class StandInProviders implements AutoCloseable {
    /** The packages our programs use, the default of {@link #main}. */
    public static final List<String> OUR_PACKAGES = List.of("azure-native", "datadog", "pagerduty");
    private static final int MAX_MESSAGE_BYTES = 400 * 1024 * 1024;

    private final EventLoopGroup eventLoops = new NioEventLoopGroup(2, new DefaultThreadFactory("stand-in-provider", true));
    private final Map<String, StandInProvider> providers = new LinkedHashMap<>();
    private final List<Server> servers = new ArrayList<>();
    private final Map<String, Integer> ports = new LinkedHashMap<>();

    private StandInProviders() {
    }

    /** Starts one stand-in per package, each on a free port. */
    public static StandInProviders start(List<String> packages, CreatePreviewOutputs previewOutputs) {
        StandInProviders all = new StandInProviders();
        try {
            for (String pkg : packages) {
                StandInProvider provider = new StandInProvider(pkg, previewOutputs);
                Server server = NettyServerBuilder.forAddress(new InetSocketAddress("127.0.0.1", 0))
                        .channelType(NioServerSocketChannel.class)
                        .bossEventLoopGroup(all.eventLoops)
                        .workerEventLoopGroup(all.eventLoops)
                        .maxInboundMessageSize(MAX_MESSAGE_BYTES)
                        .addService(provider)
                        .build()
                        .start();
                all.servers.add(server);
                all.providers.put(pkg, provider);
                all.ports.put(pkg, server.getPort());
            }
        } catch (IOException e) {
            all.close();
            throw new UncheckedIOException("cannot start the stand-in providers on 127.0.0.1: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            all.close();
            throw e;
        }
        return all;
    }

    /** The value of {@code PULUMI_DEBUG_PROVIDERS}: {@code package:port,...}. */
    public String debugProviders() {
        return ports.entrySet().stream().map(e -> e.getKey() + ":" + e.getValue()).collect(Collectors.joining(","));
    }

    /** The stand-in for {@code pkg}. */
    public StandInProvider provider(String pkg) {
        StandInProvider provider = providers.get(pkg);
        if (provider == null) {
            throw new IllegalArgumentException("no stand-in provider for " + pkg + "; started: " + providers.keySet());
        }
        return provider;
    }

    @Override
    public void close() {
        servers.forEach(Server::shutdownNow);
        for (Server server : servers) {
            try {
                server.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        eventLoops.shutdownGracefully(0, 0, TimeUnit.SECONDS);
    }

    /**
     * Serves stand-ins for the packages named (default {@link #OUR_PACKAGES}) until stdin closes.
     * {@code --unknown-outputs} first: every create output is unknown
     * ({@link CreatePreviewOutputs#unknownOutputs()}); else the preview-output model answers
     * ({@link CreatePreviewOutputs#model()}).
     */
    public static void main(String[] args) throws IOException {
        List<String> rest = new ArrayList<>(List.of(args));
        boolean unknown = rest.remove("--unknown-outputs");
        List<String> packages = rest.isEmpty() ? OUR_PACKAGES : rest;
        try (StandInProviders providers = start(packages, unknown ? CreatePreviewOutputs.unknownOutputs() : CreatePreviewOutputs.model())) {
            System.err.println("stand-in providers (no cloud is reached; create outputs " + (unknown ? "are unknown" : "are the offline engine's preview-output model")
                    + " until the preview-output model plugs in): " + providers.debugProviders());
            System.out.println("PULUMI_DEBUG_PROVIDERS=" + providers.debugProviders());
            System.out.flush();
            InputStream in = System.in;
            while (in.read() >= 0) {
                // Serve until the starter closes our stdin or goes away.
            }
        }
    }
}
