package dev.readyservice.analyzer;

import com.google.protobuf.Empty;
import com.google.protobuf.Struct;
import dev.readyservice.review.Preview;
import dev.readyservice.review.RecordedResource;
import io.grpc.ManagedChannel;
import io.grpc.Metadata;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder;
import io.grpc.netty.shaded.io.netty.channel.EventLoopGroup;
import io.grpc.netty.shaded.io.netty.channel.nio.NioEventLoopGroup;
import io.grpc.netty.shaded.io.netty.channel.socket.nio.NioSocketChannel;
import io.grpc.netty.shaded.io.netty.util.concurrent.DefaultThreadFactory;
import io.grpc.stub.MetadataUtils;
import java.time.Duration;
import com.google.common.util.concurrent.Futures;
import com.google.common.util.concurrent.ListenableFuture;
import dev.readyservice.review.StructValues;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import pulumirpc.AnalyzerGrpc;
import pulumirpc.AnalyzerOuterClass.AnalyzeDiagnostic;
import pulumirpc.AnalyzerOuterClass.AnalyzeRequest;
import pulumirpc.AnalyzerOuterClass.AnalyzeResponse;
import pulumirpc.AnalyzerOuterClass.AnalyzeStackRequest;
import pulumirpc.AnalyzerOuterClass.AnalyzerInfo;
import pulumirpc.AnalyzerOuterClass.ConfigureAnalyzerRequest;
import pulumirpc.AnalyzerOuterClass;

/**
 * Drives a running policy pack over the Pulumi {@code Analyzer} protocol in the engine's order:
 * {@link #configureStack}, {@link #info()}, {@link #configure}, then {@link #analyze}
 * ({@code Analyze} per resource and one {@code AnalyzeStack}).
 *
 * <p>Every call has a deadline; a gRPC error becomes a {@link PolicyPackException} (or a
 * {@link PolicyConfigException} from {@code Configure}). Messages never carry resource inputs.
 */
public final class AnalyzerClient implements AutoCloseable {
    /**
     * How many {@code Analyze} calls are in flight at once. The engine sends them as its steps run,
     * concurrently; one at a time, each would wait a full round trip to node (most of the pack's time
     * at 2,000 resources). Bounded, so a large stack does not queue thousands of requests in the pack.
     */
    static final int ANALYZE_WINDOW = 16;
    /**
     * The largest response metadata accepted: grpc-go's default, so an {@code AnalyzeStack} trailer
     * ({@link JudgedComponent#TRAILER}) the Pulumi engine takes is taken here too (grpc-java's own
     * default is 8 KiB, a hundred-odd components).
     */
    static final int MAX_METADATA_BYTES = 16 << 20;
    private static final Metadata.Key<byte[]> JUDGEMENT = Metadata.Key.of(JudgedComponent.TRAILER, Metadata.BINARY_BYTE_MARSHALLER);

    private final ManagedChannel channel;
    private final AnalyzerGrpc.AnalyzerBlockingStub stub;
    private final AnalyzerGrpc.AnalyzerFutureStub futureStub;
    private final Duration callTimeout;
    /** The channel's own event loop, when this client made the channel; stopped by {@link #close()}. */
    private final EventLoopGroup eventLoop;
    /** Answers of {@link #analyzeAhead}, by their exact request: {@link #analyze} does not send those again. */
    private final Map<AnalyzeRequest, AnalyzeResponse> answeredAhead = new ConcurrentHashMap<>();
    /** The {@code AnalyzeStack} request {@link #analyzeAhead} sent, and its answer. */
    private volatile Map.Entry<AnalyzeStackRequest, StackAnswer> stackAnsweredAhead;
    /** Every answer of {@link #analyzeAhead}, when the registrations did not change while it ran. */
    private volatile AnsweredWhole answeredWhole;

    /**
     * The answers to every request of one preview's registrations: {@code Analyze}'s in the order
     * they were sent, with the URN each is about, and {@code AnalyzeStack}'s. The requests are a
     * function of the registrations, the project and the stack ({@link AnalyzerRequests}), so a
     * preview equal in those gets these answers without a request being built again.
     */
    private record AnsweredWhole(Preview preview, List<String> urns, List<AnalyzeResponse> answers, StackAnswer stack) {
        boolean answers(Preview other) {
            return sameRegistrations(preview, other);
        }
    }

    /** An {@code AnalyzeStack} answer with the judgement of the components its trailer carried. */
    private record StackAnswer(AnalyzeResponse response, Optional<List<JudgedComponent>> components) {
    }

    /** A client over {@code channel}; closing the client shuts the channel down. */
    public AnalyzerClient(ManagedChannel channel, Duration callTimeout) {
        this(channel, callTimeout, null);
    }

    private AnalyzerClient(ManagedChannel channel, Duration callTimeout, EventLoopGroup eventLoop) {
        this.channel = channel;
        this.stub = AnalyzerGrpc.newBlockingStub(channel);
        this.futureStub = AnalyzerGrpc.newFutureStub(channel);
        this.callTimeout = callTimeout;
        this.eventLoop = eventLoop;
    }

    /**
     * A client for the analyzer listening on {@code 127.0.0.1:port}, on an event loop of its own:
     * gRPC's shared one outlives the channel by a second, and a JVM that exits while a thread waits
     * in {@code epoll_wait} first waits 300 ms for it.
     */
    public static AnalyzerClient connect(int port, Duration callTimeout) {
        EventLoopGroup eventLoop = new NioEventLoopGroup(1, new DefaultThreadFactory("policy-pack-client", true));
        try {
            ManagedChannel channel = NettyChannelBuilder.forAddress("127.0.0.1", port).usePlaintext()
                    .channelType(NioSocketChannel.class).eventLoopGroup(eventLoop).maxInboundMetadataSize(MAX_METADATA_BYTES).build();
            return new AnalyzerClient(channel, callTimeout, eventLoop);
        } catch (RuntimeException | Error e) {
            eventLoop.shutdownGracefully(0, 0, TimeUnit.SECONDS);
            throw e;
        }
    }

    /** {@code GetAnalyzerInfo}: the pack's name, version, policies and their default levels. */
    public AnalyzerInfo info() {
        try {
            return stub().getAnalyzerInfo(Empty.getDefaultInstance());
        } catch (StatusRuntimeException e) {
            throw failure("GetAnalyzerInfo", e);
        }
    }

    /**
     * {@code Configure}, as the CLI sends it: every policy of {@code info} with its effective level
     * ({@link PolicyConfig#effectiveLevel}: the policy's entry, else {@code all}, else the pack's) and properties (the pack's initial config overlaid with the
     * config's).
     *
     * @return the effective level per policy
     * @throws PolicyConfigException when the config names an unknown policy, breaks the policy's
     *     config schema, or the pack rejects it
     */
    public Map<String, EnforcementLevel> configure(AnalyzerInfo info, PolicyConfig config) {
        List<String> unknown = config.policies().keySet().stream()
                .filter(name -> info.getPoliciesList().stream().noneMatch(p -> p.getName().equals(name)))
                .toList();
        if (!unknown.isEmpty()) {
            throw new PolicyConfigException(config.file(), "policies " + unknown + " are not in pack '" + info.getName()
                    + "' (it has " + info.getPoliciesList().stream().map(AnalyzerOuterClass.PolicyInfo::getName).toList() + ")", null);
        }
        List<String> problems = PolicyConfigSchemaCheck.problems(info, config);
        if (!problems.isEmpty()) {
            throw new PolicyConfigException(config.file(), String.join("; ", problems), null);
        }
        ConfigureAnalyzerRequest.Builder request = ConfigureAnalyzerRequest.newBuilder();
        Map<String, EnforcementLevel> levels = new LinkedHashMap<>();
        for (AnalyzerOuterClass.PolicyInfo policy : info.getPoliciesList()) {
            PolicyConfig.Entry entry = config.policies().get(policy.getName());
            EnforcementLevel level = config.effectiveLevel(policy.getName(), level(policy.getEnforcementLevel()));
            AnalyzerOuterClass.PolicyConfig initial = info.getInitialConfigMap().get(policy.getName());
            Struct.Builder properties = initial == null ? Struct.newBuilder() : initial.getProperties().toBuilder();
            if (entry != null) {
                properties.putAllFields(StructValues.toStruct(entry.properties()).getFieldsMap());
            }
            levels.put(policy.getName(), level);
            request.putPolicyConfig(policy.getName(), AnalyzerOuterClass.PolicyConfig.newBuilder()
                    .setEnforcementLevel(AnalyzerOuterClass.EnforcementLevel.valueOf(level.name()))
                    .setProperties(properties)
                    .build());
        }
        // The CLI sends the 'all' entry too (the pack reads no policy by that name), with empty properties:
        // @pulumi/policy reads every entry's properties and fails on an entry without them.
        config.all().ifPresent(all -> request.putPolicyConfig(PolicyConfig.ALL, AnalyzerOuterClass.PolicyConfig.newBuilder()
                .setEnforcementLevel(AnalyzerOuterClass.EnforcementLevel.valueOf(all.name()))
                .setProperties(Struct.getDefaultInstance())
                .build()));
        try {
            stub().configure(request.build());
        } catch (StatusRuntimeException e) {
            throw new PolicyConfigException(config.file(), "the policy pack rejected it: " + e.getStatus().getDescription(), e);
        }
        return levels;
    }

    /**
     * {@code Analyze} for every resource of the preview, then {@code AnalyzeStack} with every
     * resource; the findings in that order. The engine analyses every registration it steps on:
     * components, providers (the default providers it registers itself too) and the stack included
     * (pulumi/pulumi step_generator.go: the analyzers run after {@code Check}, which only custom
     * resources get, with no exception for the others). It sends {@code AnalyzeStack} only once
     * every step is done, so every {@code Analyze} precedes it, as here. The analysis carries the
     * judgement of the components the {@code AnalyzeStack} answer's trailer carried.
     *
     * @param pack the manifest's policies, to tie each finding to its checklist items
     */
    public Analysis analyze(Preview preview, PackInfo pack) {
        List<Finding> findings = new ArrayList<>();
        List<NotApplicable> notApplicable = new ArrayList<>();
        AnsweredWhole whole = answeredWhole;
        if (whole != null && whole.answers(preview)) {
            for (int i = 0; i < whole.answers().size(); i++) {
                collect(whole.answers().get(i), whole.urns().get(i), pack, findings, notApplicable);
            }
            collect(whole.stack().response(), "", pack, findings, notApplicable);
            return new Analysis(pack, findings, notApplicable, whole.stack().components());
        }
        AnalyzerRequests requests = new AnalyzerRequests(preview);
        List<RecordedResource> all = requests.resources();
        Deque<ListenableFuture<AnalyzeResponse>> inFlight = new ArrayDeque<>();
        try {
            int sent = 0;
            for (RecordedResource resource : all) {
                while (sent < all.size() && inFlight.size() < ANALYZE_WINDOW) {
                    AnalyzeRequest request = requests.analyze(all.get(sent++));
                    AnalyzeResponse ahead = answeredAhead.get(request);
                    inFlight.add(ahead != null ? Futures.immediateFuture(ahead) : futureStub().analyze(request));
                }
                // Answers are taken in the order the requests went out, so findings keep the preview's order.
                collect(await(inFlight.poll(), "Analyze of " + resource.urn()), resource.urn(), pack, findings, notApplicable);
            }
        } finally {
            inFlight.forEach(call -> call.cancel(true));
        }
        StackAnswer answer;
        try {
            AnalyzeStackRequest stack = requests.analyzeStack();
            Map.Entry<AnalyzeStackRequest, StackAnswer> ahead = stackAnsweredAhead;
            answer = ahead != null && ahead.getKey().equals(stack) ? ahead.getValue() : analyzeStack(stack);
            collect(answer.response(), "", pack, findings, notApplicable);
        } catch (StatusRuntimeException e) {
            throw failure("AnalyzeStack", e);
        }
        return new Analysis(pack, findings, notApplicable, answer.components());
    }

    /** {@code AnalyzeStack}, with the judgement of the components its trailer carries, if any. */
    private StackAnswer analyzeStack(AnalyzeStackRequest request) {
        AtomicReference<Metadata> headers = new AtomicReference<>();
        AtomicReference<Metadata> trailers = new AtomicReference<>();
        AnalyzeResponse response = stub().withInterceptors(MetadataUtils.newCaptureMetadataInterceptor(headers, trailers))
                .analyzeStack(request);
        byte[] judgement = trailers.get() == null ? null : trailers.get().get(JUDGEMENT);
        if (judgement == null) {
            return new StackAnswer(response, Optional.empty());
        }
        try {
            return new StackAnswer(response, Optional.of(JudgedComponent.parse(judgement)));
        } catch (IllegalArgumentException e) {
            throw new PolicyPackException("the policy pack answered AnalyzeStack with a malformed judgement of the components: "
                    + e.getMessage(), "", e);
        }
    }

    /**
     * Sends, ahead of {@link #analyze}, {@code Analyze} for every resource the program registered so
     * far, then {@code AnalyzeStack} for what it registered by then (unless it registered more while
     * the resources were answered: it is still running), and keeps the answers by their
     * exact request: {@link #analyze} sends only the requests that differ (a resource registered
     * later, a request a later registration changed, such as a default provider's first user, or a
     * stack with outputs registered since). The pack answers the same request with the same
     * diagnostics, so the analysis is the one {@link #analyze} alone gives; it only starts earlier,
     * while the program's JVM exits (issue 13). When the registrations are the same after the
     * {@code Analyze} answers as before them (the program was done), {@link #analyze} of a preview
     * with those registrations takes every answer as it is, without building a request again: at
     * 238 resources that was 50 ms to 80 ms after the program's exit. A failure ends this
     * quietly: {@link #analyze} sends that request again and reports what it gets.
     *
     * @param registeredSoFar what the program registered, at the time of the call
     */
    public void analyzeAhead(Supplier<Preview> registeredSoFar) {
        try {
            Preview soFar = registeredSoFar.get();
            AnalyzerRequests first = new AnalyzerRequests(soFar);
            // Built while the pack answers the Analyze calls (the pack is the busy side then), ready
            // for when the registrations turn out not to have changed meanwhile, as they mostly do.
            FutureTask<AnalyzeStackRequest> firstStack = new FutureTask<>(first::analyzeStack);
            Thread builder = new Thread(firstStack, "policy-pack-stack-request");
            builder.setDaemon(true);
            builder.start();
            List<AnalyzeResponse> answers = sendAhead(first);
            Preview now = registeredSoFar.get();
            if (sameRegistrations(soFar, now)) {
                StackAnswer stack = analyzeStack(firstStack.get());
                answeredWhole = new AnsweredWhole(soFar, first.resources().stream().map(RecordedResource::urn).toList(), answers, stack);
                return;
            }
            // Registrations and outputs that arrived while those were answered.
            AnalyzerRequests later = new AnalyzerRequests(now);
            sendAhead(later);
            if (later.resources().size() != first.resources().size()) {
                // Still registering: a pause in the program's calls (a long collection in its JVM) looked
                // like its exit. AnalyzeStack, the costliest call, would answer a stack that is not the
                // last one and hold it beside the live program; analyze() sends it once the program is done.
                return;
            }
            AnalyzeStackRequest stack = later.analyzeStack();
            stackAnsweredAhead = Map.entry(stack, analyzeStack(stack));
        } catch (PolicyPackException | StatusRuntimeException | ExecutionException e) {
            // analyze() sends what has no answer, and reports a failure that is real.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * True when {@code a} and {@code b} have the same project, stack and registrations, in the same
     * order: their {@code Analyze} and {@code AnalyzeStack} requests are then the same. Compared by
     * value; a registration that did not change is read as the same object ({@code Registrations}),
     * so this is cheap where it matters.
     */
    private static boolean sameRegistrations(Preview a, Preview b) {
        List<RecordedResource> x = a.resources();
        List<RecordedResource> y = b.resources();
        if (!a.project().equals(b.project()) || !a.stack().equals(b.stack()) || x.size() != y.size()) {
            return false;
        }
        for (int i = 0; i < x.size(); i++) {
            if (x.get(i) != y.get(i) && !x.get(i).equals(y.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** Sends the requests not answered yet; returns the answer to every request, in the resources' order. */
    private List<AnalyzeResponse> sendAhead(AnalyzerRequests requests) {
        List<AnalyzeRequest> all = new ArrayList<>();
        Deque<AnalyzeRequest> sentRequests = new ArrayDeque<>();
        Deque<ListenableFuture<AnalyzeResponse>> inFlight = new ArrayDeque<>();
        try {
            for (RecordedResource resource : requests.resources()) {
                AnalyzeRequest request = requests.analyze(resource);
                all.add(request);
                if (answeredAhead.containsKey(request)) {
                    continue;
                }
                sentRequests.add(request);
                inFlight.add(futureStub().analyze(request));
                if (inFlight.size() >= ANALYZE_WINDOW) {
                    answeredAhead.put(sentRequests.poll(), await(inFlight.poll(), "Analyze"));
                }
            }
            while (!inFlight.isEmpty()) {
                answeredAhead.put(sentRequests.poll(), await(inFlight.poll(), "Analyze"));
            }
        } finally {
            inFlight.forEach(call -> call.cancel(true));
        }
        return all.stream().map(answeredAhead::get).toList();
    }

    /**
     * {@code ConfigureStack}, as the engine sends it before analysis: stack, project, organization,
     * the stack config and its secret keys, a dry run. Packs that predate the call answer
     * UNIMPLEMENTED, which is fine: the CLI's launch environment carries the same.
     */
    public void configureStack(Preview preview) {
        configureStack(StackUnderReview.of(preview.project(), preview.stack()));
    }

    /** {@code ConfigureStack} for {@code stack}, before the preview has run. */
    public void configureStack(StackUnderReview stack) {
        try {
            stub().configureStack(stack.configureStackRequest());
        } catch (StatusRuntimeException e) {
            if (e.getStatus().getCode() != Status.Code.UNIMPLEMENTED) {
                throw failure("ConfigureStack", e);
            }
        }
    }

    private static void collect(AnalyzerOuterClass.AnalyzeResponse response, String resourceUrn, PackInfo pack,
            List<Finding> findings, List<NotApplicable> notApplicable) {
        response.getDiagnosticsList().forEach(d -> findings.add(finding(d, resourceUrn, pack)));
        response.getNotApplicableList().stream()
                .filter(n -> !NotApplicable.isAutomatic(n.getReason()))
                .forEach(n -> notApplicable.add(new NotApplicable(n.getPolicyName(), n.getReason(), resourceUrn)));
    }

    static Finding finding(AnalyzeDiagnostic diagnostic, String resourceUrn, PackInfo pack) {
        List<String> items = itemsOf(pack.policy(diagnostic.getPolicyName()).map(PolicyDescriptor::items).orElse(List.of()),
                diagnostic.getMessage());
        String message = reportedMessage(diagnostic);
        return new Finding(
                diagnostic.getPolicyName(),
                items,
                level(diagnostic.getEnforcementLevel()),
                Outcome.of(message),
                Outcome.stripMarker(message),
                diagnostic.getUrn().isEmpty() ? resourceUrn : diagnostic.getUrn());
    }

    /**
     * What the policy reported. {@code @pulumi/policy} sends {@code "<policy description>\n<message>"}
     * (checked against 1.21.0 with a real pack), so the outcome marker follows the description; a
     * violation reported without a message is the description alone.
     */
    static String reportedMessage(AnalyzeDiagnostic diagnostic) {
        String message = diagnostic.getMessage();
        String prefix = diagnostic.getDescription() + "\n";
        return !diagnostic.getDescription().isEmpty() && message.startsWith(prefix) ? message.substring(prefix.length()) : message;
    }

    /**
     * The items a diagnostic is about. A policy that proves several items (one sign-off policy for
     * every sign-off item, say) names the item in its message; only the named items are affected.
     */
    static List<String> itemsOf(List<String> policyItems, String message) {
        if (policyItems.size() < 2) {
            return policyItems;
        }
        List<String> named = policyItems.stream().filter(message::contains).toList();
        return named.isEmpty() ? policyItems : named;
    }

    static EnforcementLevel level(AnalyzerOuterClass.EnforcementLevel level) {
        return switch (level) {
            case MANDATORY -> EnforcementLevel.MANDATORY;
            case DISABLED -> EnforcementLevel.DISABLED;
            case REMEDIATE -> EnforcementLevel.REMEDIATE;
            default -> EnforcementLevel.ADVISORY;
        };
    }

    private AnalyzerGrpc.AnalyzerBlockingStub stub() {
        return stub.withDeadlineAfter(callTimeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    private AnalyzerGrpc.AnalyzerFutureStub futureStub() {
        return futureStub.withDeadlineAfter(callTimeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** The answer of {@code call}, or the {@link PolicyPackException} its failure means. */
    private static <T> T await(ListenableFuture<T> call, String name) {
        try {
            return call.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof StatusRuntimeException status) {
                throw failure(name, status);
            }
            throw new PolicyPackException("the policy pack failed in " + name + ": " + e.getCause(), "", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PolicyPackException("the review was interrupted while waiting for " + name);
        }
    }

    private static PolicyPackException failure(String call, StatusRuntimeException e) {
        return new PolicyPackException("the policy pack failed in " + call + ": " + e.getStatus().getCode()
                + (e.getStatus().getDescription() == null ? "" : " " + e.getStatus().getDescription()), "", e);
    }

    /** Shuts the channel down and waits briefly for it. */
    @Override
    public void close() {
        channel.shutdownNow();
        try {
            channel.awaitTermination(5, TimeUnit.SECONDS);
            if (eventLoop != null) {
                eventLoop.shutdownGracefully(0, 2, TimeUnit.SECONDS).await(2, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            if (eventLoop != null) {
                eventLoop.shutdownGracefully(0, 0, TimeUnit.SECONDS);
            }
            Thread.currentThread().interrupt();
        }
    }
}
