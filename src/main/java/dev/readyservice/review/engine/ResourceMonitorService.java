package dev.readyservice.review.engine;

import com.google.protobuf.Empty;
import dev.readyservice.review.RecordedResource;
import dev.readyservice.review.StructValues;
import io.grpc.Status;
import io.grpc.stub.StreamObserver;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntConsumer;
import pulumirpc.Provider.CallResponse;
import pulumirpc.Resource.ReadResourceRequest;
import pulumirpc.Resource.ReadResourceResponse;
import pulumirpc.Resource.RegisterResourceOutputsRequest;
import pulumirpc.Resource.RegisterResourceRequest;
import pulumirpc.Resource.RegisterResourceResponse;
import pulumirpc.Resource.ResourceCallRequest;
import pulumirpc.Resource.ResourceInvokeRequest;
import pulumirpc.Resource.ResourceInvokeResponse;
import pulumirpc.Resource.SupportsFeatureRequest;
import pulumirpc.Resource.SupportsFeatureResponse;
import pulumirpc.ResourceMonitorGrpc;

/**
 * The {@code pulumirpc.ResourceMonitor} service, answering as {@code pulumi preview} does for a
 * stack with no previous state: every resource is a create, a custom resource's id is unknown and
 * its outputs are what its provider's preview would answer, i.e. the
 * {@link dev.readyservice.review.outputs.PreviewOutputs} model recorded for it (azure-native inputs on
 * the response shape, bridged inputs plus unknown computed properties, other providers' inputs
 * echoed), less every property holding an unknown as the engine strips them for the Java SDK
 * ({@link #withoutUnknownsUnlessPartial}). A component is answered with its inputs, as the engine
 * does. So the program reads exactly what {@code AnalyzeStack} later carries, as under the real
 * engine, where one provider answer is both: a program the SDK cannot deserialise an answer for (a
 * list of unions of objects, {@code azure-native:dataprotection:BackupPolicy}'s
 * {@code policyRules} with the official class) fails here as it would in a real preview.
 */
final class ResourceMonitorService extends ResourceMonitorGrpc.ResourceMonitorImplBase {
    private final String project;
    private final String stack;
    private final Registrations registrations;
    private final EngineFunctions functions;
    private final EngineFailures failures;
    private final IntConsumer onRegistered;
    private final AtomicReference<String> rootUrn;
    private final Set<String> askedFeatures = ConcurrentHashMap.newKeySet();
    private volatile Runnable onStackOutputs = () -> { };

    ResourceMonitorService(String project, String stack, Registrations registrations, EngineFunctions functions, EngineFailures failures,
            IntConsumer onRegistered, AtomicReference<String> rootUrn) {
        this.project = project;
        this.stack = stack;
        this.registrations = registrations;
        this.functions = functions;
        this.failures = failures;
        this.onRegistered = onRegistered;
        this.rootUrn = rootUrn;
    }

    @Override
    public void supportsFeature(SupportsFeatureRequest request, StreamObserver<SupportsFeatureResponse> response) {
        askedFeatures.add(request.getId());
        response.onNext(SupportsFeatureResponse.newBuilder().setHasSupport(EngineFeatures.supports(request.getId())).build());
        response.onCompleted();
    }

    /** Runs {@code action} (on the transport thread) when the program registers the stack's outputs. */
    void onStackOutputs(Runnable action) {
        onStackOutputs = action;
    }

    /** The features the program asked about, whatever the answer. */
    Set<String> askedFeatures() {
        return Set.copyOf(askedFeatures);
    }

    @Override
    public void registerResource(RegisterResourceRequest request, StreamObserver<RegisterResourceResponse> response) {
        String urn = Urns.urn(stack, project, request.getParent(), request.getType(), request.getName());
        RecordedResource resource = record(urn, request);
        if (!registrations.add(resource)) {
            refuse(response, Status.ALREADY_EXISTS, "Duplicate resource URN '" + urn
                    + "': two resources of type " + request.getType() + " are named '" + request.getName()
                    + "' under the same parent; give each a unique name");
            return;
        }
        if (Urns.STACK_TYPE.equals(request.getType()) && request.getParent().isEmpty()) {
            // The Java SDK registers the stack but never calls SetRootResource; the engine knows it anyway.
            rootUrn.compareAndSet(null, urn);
        }
        onRegistered.accept(registrations.count());
        RegisterResourceResponse.Builder answer = RegisterResourceResponse.newBuilder()
                .setUrn(urn)
                .setObject(SecretOutputs.mark(withoutUnknownsUnlessPartial(request.getCustom() ? StructValues.toStruct(resource.outputs())
                        : request.getObject(), request.getSupportsPartialValues()), request.getAdditionalSecretOutputsList()));
        // In a preview the id of a resource to be created is not known; the SDK reads "" as unknown.
        answer.setId("");
        response.onNext(answer.build());
        response.onCompleted();
    }

    /**
     * The answer as the engine gives it to an SDK that does not declare {@code supportsPartialValues}
     * (the Java SDK 1.36.1 never does): every property holding an unknown anywhere is left out
     * (pulumi/pulumi {@code source_eval.go}), and the SDK then fills it unknown <em>without</em> a
     * dependency on the resource. So in a real preview of a Java program, only {@code id} (and
     * values the program knew) carry a resource into another resource's property dependencies; a
     * program relates resources through {@code id()}.
     */
    static com.google.protobuf.Struct withoutUnknownsUnlessPartial(com.google.protobuf.Struct answer, boolean supportsPartialValues) {
        if (supportsPartialValues) {
            return answer;
        }
        com.google.protobuf.Struct.Builder out = com.google.protobuf.Struct.newBuilder();
        answer.getFieldsMap().forEach((key, value) -> {
            if (!containsUnknown(value)) {
                out.putFields(key, value);
            }
        });
        return out.build();
    }

    private static boolean containsUnknown(com.google.protobuf.Value value) {
        return switch (value.getKindCase()) {
            case STRING_VALUE -> dev.readyservice.review.WireValues.UNKNOWN.equals(value.getStringValue());
            case LIST_VALUE -> value.getListValue().getValuesList().stream().anyMatch(ResourceMonitorService::containsUnknown);
            case STRUCT_VALUE -> value.getStructValue().getFieldsMap().values().stream().anyMatch(ResourceMonitorService::containsUnknown);
            default -> false;
        };
    }

    private static RecordedResource record(String urn, RegisterResourceRequest request) {
        Map<String, List<String>> propertyDependencies = new LinkedHashMap<>();
        request.getPropertyDependenciesMap().forEach((key, deps) -> propertyDependencies.put(key, List.copyOf(deps.getUrnsList())));
        return new RecordedResource(
                urn,
                request.getType(),
                request.getName(),
                request.getCustom(),
                request.getParent(),
                StructValues.toMap(request.getObject()),
                List.copyOf(request.getDependenciesList()),
                propertyDependencies,
                request.getProvider(),
                request.hasProtect() && request.getProtect(),
                request.hasRetainOnDelete() && request.getRetainOnDelete(),
                request.getDeletedWith(),
                request.getVersion());
    }

    @Override
    public void registerResourceOutputs(RegisterResourceOutputsRequest request, StreamObserver<Empty> response) {
        // A component's (and the stack's) outputs are exactly what the program registers: AnalyzeStack
        // sees them as the component's properties, as in a real preview.
        registrations.registerOutputs(request.getUrn(), StructValues.toMap(request.getOutputs()));
        response.onNext(Empty.getDefaultInstance());
        response.onCompleted();
        if (request.getUrn().equals(rootUrn.get())) {
            onStackOutputs.run();
        }
    }

    @Override
    public void invoke(ResourceInvokeRequest request, StreamObserver<ResourceInvokeResponse> response) {
        Map<String, Object> result;
        try {
            result = functions.invoke(request.getTok(), StructValues.toMap(request.getArgs()));
        } catch (IllegalArgumentException e) {
            refuse(response, Status.NOT_FOUND, e.getMessage());
            return;
        }
        response.onNext(ResourceInvokeResponse.newBuilder().setReturn(StructValues.toStruct(result)).build());
        response.onCompleted();
    }

    @Override
    public void call(ResourceCallRequest request, StreamObserver<CallResponse> response) {
        refuse(response, Status.UNIMPLEMENTED, "method call '" + request.getTok()
                + "' cannot be answered offline: it needs the component's provider");
    }

    @Override
    public void readResource(ReadResourceRequest request, StreamObserver<ReadResourceResponse> response) {
        // A read is answered, never registered: the engine sends neither Analyze nor AnalyzeStack for it.
        String urn = Urns.urn(stack, project, request.getParent(), request.getType(), request.getName());
        Map<String, Object> properties = functions.read(request.getType(), request.getName(), request.getId(),
                StructValues.toMap(request.getProperties()));
        response.onNext(ReadResourceResponse.newBuilder().setUrn(urn).setProperties(StructValues.toStruct(properties)).build());
        response.onCompleted();
    }

    private void refuse(StreamObserver<?> response, Status status, String message) {
        failures.add(message);
        response.onError(status.withDescription(message).asRuntimeException());
    }
}
