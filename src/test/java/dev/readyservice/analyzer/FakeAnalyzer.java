package dev.readyservice.analyzer;

import com.google.protobuf.Empty;
import dev.readyservice.review.StructValues;
import io.grpc.Status;
import io.grpc.stub.StreamObserver;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import pulumirpc.AnalyzerGrpc;
import pulumirpc.AnalyzerOuterClass;
import pulumirpc.AnalyzerOuterClass.AnalyzeDiagnostic;
import pulumirpc.AnalyzerOuterClass.AnalyzeRequest;
import pulumirpc.AnalyzerOuterClass.AnalyzeResponse;
import pulumirpc.AnalyzerOuterClass.AnalyzeStackRequest;
import pulumirpc.AnalyzerOuterClass.AnalyzerInfo;
import pulumirpc.AnalyzerOuterClass.ConfigureAnalyzerRequest;

/** A test double of a policy pack's Analyzer: records requests, answers scripted diagnostics. */
class FakeAnalyzer extends AnalyzerGrpc.AnalyzerImplBase {
    final List<ConfigureAnalyzerRequest> configures = new CopyOnWriteArrayList<>();
    final List<AnalyzeRequest> analyzed = new CopyOnWriteArrayList<>();
    final List<AnalyzeStackRequest> stacks = new CopyOnWriteArrayList<>();
    final Map<String, List<AnalyzeDiagnostic>> diagnosticsByType = new LinkedHashMap<>();
    final List<AnalyzeDiagnostic> stackDiagnostics = new ArrayList<>();
    final List<AnalyzerOuterClass.AnalyzerStackConfigureRequest> stackConfigures = new CopyOnWriteArrayList<>();
    final Map<String, List<AnalyzerOuterClass.PolicyNotApplicable>> notApplicableByType = new LinkedHashMap<>();
    final List<AnalyzerOuterClass.PolicyNotApplicable> stackNotApplicable = new ArrayList<>();
    /**
     * The judgement of the components the AnalyzeStack answer's trailer carries, as the pack sends it
     * (UTF-8 JSON under {@link JudgedComponent#TRAILER}); null sends no such trailer. Served through
     * {@link #withTrailers()}.
     */
    volatile String stackJudgement;
    /** Older packs do not implement ConfigureStack; the base class then answers UNIMPLEMENTED. */
    boolean implementsConfigureStack = true;
    Status configureStackError;
    String rejectConfigure;
    boolean failAnalyze;
    /** When positive, each Analyze is answered on another thread after this delay, shorter for later requests. */
    long answerAfterMillis;
    final java.util.concurrent.atomic.AtomicInteger inFlight = new java.util.concurrent.atomic.AtomicInteger();
    final java.util.concurrent.atomic.AtomicInteger mostInFlight = new java.util.concurrent.atomic.AtomicInteger();
    private final java.util.concurrent.ScheduledExecutorService answers = java.util.concurrent.Executors.newScheduledThreadPool(2);
    AnalyzerInfo info = AnalyzerInfo.newBuilder()
            .setName("readyservice-prr")
            .setVersion("0.1.0")
            .addPolicies(policy("enable-storage-encryption", AnalyzerOuterClass.EnforcementLevel.ADVISORY))
            .addPolicies(policy("missing-golden-signal-monitors", AnalyzerOuterClass.EnforcementLevel.MANDATORY))
            .putInitialConfig("missing-golden-signal-monitors", AnalyzerOuterClass.PolicyConfig.newBuilder()
                    .setEnforcementLevel(AnalyzerOuterClass.EnforcementLevel.MANDATORY)
                    .setProperties(StructValues.toStruct(Map.of("signals", 4.0, "kind", "threshold")))
                    .build())
            .build();

    /** This analyzer with {@link #stackJudgement} added to every AnalyzeStack answer's trailing metadata. */
    io.grpc.ServerServiceDefinition withTrailers() {
        io.grpc.Metadata.Key<byte[]> key = io.grpc.Metadata.Key.of(JudgedComponent.TRAILER, io.grpc.Metadata.BINARY_BYTE_MARSHALLER);
        return io.grpc.ServerInterceptors.intercept(this, new io.grpc.ServerInterceptor() {
            @Override
            public <Q, A> io.grpc.ServerCall.Listener<Q> interceptCall(io.grpc.ServerCall<Q, A> call, io.grpc.Metadata headers,
                    io.grpc.ServerCallHandler<Q, A> next) {
                return next.startCall(new io.grpc.ForwardingServerCall.SimpleForwardingServerCall<>(call) {
                    @Override
                    public void close(Status status, io.grpc.Metadata trailers) {
                        String judgement = stackJudgement;
                        if (status.isOk() && judgement != null && call.getMethodDescriptor().getBareMethodName().equals("AnalyzeStack")) {
                            trailers.put(key, judgement.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                        }
                        super.close(status, trailers);
                    }
                }, headers);
            }
        });
    }

    static AnalyzerOuterClass.PolicyInfo policy(String name, AnalyzerOuterClass.EnforcementLevel level) {
        return AnalyzerOuterClass.PolicyInfo.newBuilder().setName(name).setEnforcementLevel(level).build();
    }

    /** A diagnostic as {@code @pulumi/policy} 1.21 sends a reported string: the policy's description, a newline, the message. */
    static AnalyzeDiagnostic diagnostic(String policy, AnalyzerOuterClass.EnforcementLevel level, String message, String urn) {
        String description = "checks of " + policy;
        return AnalyzeDiagnostic.newBuilder().setPolicyName(policy).setEnforcementLevel(level).setDescription(description)
                .setMessage(description + "\n" + message).setUrn(urn).build();
    }

    @Override
    public void getAnalyzerInfo(Empty request, StreamObserver<AnalyzerInfo> response) {
        response.onNext(info);
        response.onCompleted();
    }

    @Override
    public void configureStack(AnalyzerOuterClass.AnalyzerStackConfigureRequest request,
            StreamObserver<AnalyzerOuterClass.AnalyzerStackConfigureResponse> response) {
        if (!implementsConfigureStack) {
            super.configureStack(request, response);
            return;
        }
        stackConfigures.add(request);
        if (configureStackError != null) {
            response.onError(configureStackError.asRuntimeException());
            return;
        }
        response.onNext(AnalyzerOuterClass.AnalyzerStackConfigureResponse.getDefaultInstance());
        response.onCompleted();
    }

    static AnalyzerOuterClass.PolicyNotApplicable notApplicable(String policy, String reason) {
        return AnalyzerOuterClass.PolicyNotApplicable.newBuilder().setPolicyName(policy).setReason(reason).build();
    }

    @Override
    public void configure(ConfigureAnalyzerRequest request, StreamObserver<Empty> response) {
        configures.add(request);
        if (rejectConfigure != null) {
            response.onError(Status.INVALID_ARGUMENT.withDescription(rejectConfigure).asRuntimeException());
            return;
        }
        response.onNext(Empty.getDefaultInstance());
        response.onCompleted();
    }

    @Override
    public void analyze(AnalyzeRequest request, StreamObserver<AnalyzeResponse> response) {
        analyzed.add(request);
        if (failAnalyze) {
            response.onError(Status.UNKNOWN.withDescription("policy threw: boom").asRuntimeException());
            return;
        }
        if (!request.hasOptions()) {
            // The real @pulumi/policy server fails the same way when the engine omits options.
            response.onError(Status.INVALID_ARGUMENT.withDescription("options missing").asRuntimeException());
            return;
        }
        AnalyzeResponse answer = AnalyzeResponse.newBuilder()
                .addAllDiagnostics(diagnosticsByType.getOrDefault(request.getType(), List.of()))
                .addAllNotApplicable(notApplicableByType.getOrDefault(request.getType(), List.of())).build();
        if (answerAfterMillis <= 0) {
            response.onNext(answer);
            response.onCompleted();
            return;
        }
        mostInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
        long delay = Math.max(1, answerAfterMillis - analyzed.size());
        answers.schedule(() -> {
            inFlight.decrementAndGet();
            response.onNext(answer);
            response.onCompleted();
        }, delay, java.util.concurrent.TimeUnit.MILLISECONDS);
    }

    @Override
    public void analyzeStack(AnalyzeStackRequest request, StreamObserver<AnalyzeResponse> response) {
        stacks.add(request);
        response.onNext(AnalyzeResponse.newBuilder().addAllDiagnostics(stackDiagnostics).addAllNotApplicable(stackNotApplicable).build());
        response.onCompleted();
    }
}
