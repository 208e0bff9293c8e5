package dev.readyservice.review.engine;

import com.google.protobuf.Empty;
import dev.readyservice.review.RecordedResource;
import dev.readyservice.review.StructValues;
import dev.readyservice.review.outputs.PreviewOutputs;
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
 * its outputs are its scalar inputs echoed (secrets stay secret, unknowns stay unknown). No computed
 * output is invented.
 *
 * <p>Structured inputs (objects and lists) of a custom resource are not echoed: a provider's outputs
 * often have another shape than its inputs (azure-native turns union inputs into response types and
 * lists into maps), and an echo of the wrong shape makes the SDK's conversion fail. Left out, they
 * are unknown to the program during the preview, as computed outputs are in a real one. What a
 * policy pack's {@code AnalyzeStack} sees is another matter: every registration records the outputs
 * {@link dev.readyservice.review.outputs.PreviewOutputs} models for it (components: what they
 * register), and those are sent. The program is not answered with the full model: the SDK reads a
 * property missing from the answer as unknown in a preview, which is what the model says for every
 * output the program did not set, and path parameters the model drops have no output field to fill.
 * One exception: a bridged resource's output-only properties (an integration key, a URL) are
 * answered unknown, as a bridged provider's preview answers them. Left out, the Java SDK fills them
 * unknown but without the resource as their dependency, so an input built from one (a Datadog
 * service object's {@code serviceKey} from a PagerDuty integration's key) would lose the property
 * dependency a real preview shows.
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
                .setObject(SecretOutputs.mark(request.getCustom() ? withBridgedOutputs(request.getType(), scalarsOnly(request.getObject()))
                        : request.getObject(), request.getAdditionalSecretOutputsList()));
        // In a preview the id of a resource to be created is not known; the SDK reads "" as unknown.
        answer.setId("");
        response.onNext(answer.build());
        response.onCompleted();
    }

    /** {@code echoed} plus the bridged output-only properties of {@code type} it lacks, unknown ({@code id} aside: answered apart). */
    static com.google.protobuf.Struct withBridgedOutputs(String type, com.google.protobuf.Struct echoed) {
        com.google.protobuf.Struct.Builder out = echoed.toBuilder();
        for (String name : PreviewOutputs.standard().bridgedOutputOnly(type)) {
            if (!"id".equals(name) && !"urn".equals(name) && !echoed.containsFields(name)) {
                out.putFields(name, com.google.protobuf.Value.newBuilder().setStringValue(dev.readyservice.review.WireValues.UNKNOWN).build());
            }
        }
        return out.build();
    }

    /** The scalar properties of {@code object}, secret scalars included. */
    static com.google.protobuf.Struct scalarsOnly(com.google.protobuf.Struct object) {
        com.google.protobuf.Struct.Builder out = com.google.protobuf.Struct.newBuilder();
        object.getFieldsMap().forEach((key, value) -> {
            if (isScalar(value) || isSecretScalar(value)) {
                out.putFields(key, value);
            }
        });
        return out.build();
    }

    private static boolean isScalar(com.google.protobuf.Value value) {
        return switch (value.getKindCase()) {
            case STRING_VALUE, NUMBER_VALUE, BOOL_VALUE -> true;
            default -> false;
        };
    }

    private static boolean isSecretScalar(com.google.protobuf.Value value) {
        if (!value.hasStructValue()) {
            return false;
        }
        Map<String, com.google.protobuf.Value> fields = value.getStructValue().getFieldsMap();
        com.google.protobuf.Value sig = fields.get(dev.readyservice.review.WireValues.SIG_KEY);
        com.google.protobuf.Value inner = fields.get("value");
        return sig != null && dev.readyservice.review.WireValues.SECRET_SIG.equals(sig.getStringValue()) && inner != null && isScalar(inner);
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
