package dev.readyservice.standin;

import com.google.protobuf.Empty;
import com.google.protobuf.Struct;
import io.grpc.Status;
import io.grpc.stub.StreamObserver;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import pulumirpc.Plugin.PluginAttach;
import pulumirpc.Plugin.PluginInfo;
import pulumirpc.Provider.CheckRequest;
import pulumirpc.Provider.CheckResponse;
import pulumirpc.Provider.ConfigureRequest;
import pulumirpc.Provider.ConfigureResponse;
import pulumirpc.Provider.CreateRequest;
import pulumirpc.Provider.CreateResponse;
import pulumirpc.Provider.DeleteRequest;
import pulumirpc.Provider.DiffRequest;
import pulumirpc.Provider.DiffResponse;
import pulumirpc.Provider.GetSchemaRequest;
import pulumirpc.Provider.GetSchemaResponse;
import pulumirpc.Provider.InvokeRequest;
import pulumirpc.Provider.InvokeResponse;
import pulumirpc.Provider.ProviderHandshakeRequest;
import pulumirpc.Provider.ProviderHandshakeResponse;
import pulumirpc.Provider.ReadRequest;
import pulumirpc.Provider.ReadResponse;
import pulumirpc.Provider.UpdateRequest;
import pulumirpc.Provider.UpdateResponse;
import pulumirpc.ResourceProviderGrpc;
import dev.readyservice.review.StructValues;
import dev.readyservice.review.engine.Assumptions;
import dev.readyservice.review.engine.EngineFunctions;
import dev.readyservice.review.engine.Registrations;
import dev.readyservice.review.project.PinnedAnswers;
import dev.readyservice.review.project.StackConfig;

/**
 * A <strong>stand-in</strong> for one resource provider plugin (azure-native, datadog,
 * pagerduty, ...), served over gRPC so the real Pulumi engine can attach to it with
 * {@code PULUMI_DEBUG_PROVIDERS}. It talks to no cloud: config is accepted as given, inputs are
 * accepted as checked, a create's outputs come from {@link CreatePreviewOutputs}, and a created
 * resource gets a fake ID ({@value #FAKE_ID_PREFIX}...). What it proves is what the engine and the
 * policy pack do with our programs, never what the real provider would accept.
 *
 * <p>A call it cannot answer fails with gRPC {@code INTERNAL}, which fails the preview: a stand-in
 * never passes silently.
 */
public final class StandInProvider extends ResourceProviderGrpc.ResourceProviderImplBase {
    /** Every ID a stand-in invents starts with this, so no record can pass it off as real. */
    public static final String FAKE_ID_PREFIX = "standin-";
    /** The version every stand-in reports: a pre-release tag that names it as a stand-in. */
    public static final String VERSION = "0.0.0-standin";

    private final String pkg;
    private final CreatePreviewOutputs previewOutputs;
    private final AtomicInteger ids = new AtomicInteger();
    private final AtomicInteger calls = new AtomicInteger();
    private volatile Map<String, String> config = Map.of();
    /** The provider's config as the stack's config names it ({@code pkg:key} → value), for the functions model. */
    private volatile Map<String, String> providerConfig = Map.of();

    /**
     * @param pkg the package it stands in for, e.g. {@code azure-native}
     * @param previewOutputs what a new resource's outputs are
     */
    public StandInProvider(String pkg, CreatePreviewOutputs previewOutputs) {
        this.pkg = Objects.requireNonNull(pkg, "pkg");
        this.previewOutputs = Objects.requireNonNull(previewOutputs, "previewOutputs");
    }

    /** The package it stands in for. */
    public String pkg() {
        return pkg;
    }

    /** How many calls the engine made (a test can tell that the engine really attached). */
    public int calls() {
        return calls.get();
    }

    /** The provider config the engine sent with {@code Configure} ({@code pkg:key} → value). */
    public Map<String, String> config() {
        return config;
    }

    @Override
    public void handshake(ProviderHandshakeRequest request, StreamObserver<ProviderHandshakeResponse> response) {
        answer(response, () -> ProviderHandshakeResponse.newBuilder()
                .setAcceptSecrets(true).setAcceptResources(true).setAcceptOutputs(false).build());
    }

    @Override
    public void attach(PluginAttach request, StreamObserver<Empty> response) {
        // The engine attaches to a provider started outside it (PULUMI_DEBUG_PROVIDERS) this way.
        answer(response, Empty::getDefaultInstance);
    }

    @Override
    public void getPluginInfo(Empty request, StreamObserver<PluginInfo> response) {
        answer(response, () -> PluginInfo.newBuilder().setVersion(VERSION).build());
    }

    @Override
    public void getSchema(GetSchemaRequest request, StreamObserver<GetSchemaResponse> response) {
        // No schema: a stand-in knows no types; the engine does not need one for preview or up.
        answer(response, () -> GetSchemaResponse.newBuilder().setSchema("{}").build());
    }

    // The provider's own config is checked and diffed as any resource's inputs are (check, diff below):
    // a stand-in takes inputs as given and diffs them by value.
    @Override
    public void checkConfig(CheckRequest request, StreamObserver<CheckResponse> response) {
        check(request, response);
    }

    @Override
    public void diffConfig(DiffRequest request, StreamObserver<DiffResponse> response) {
        diff(request, response);
    }

    @Override
    public void configure(ConfigureRequest request, StreamObserver<ConfigureResponse> response) {
        answer(response, () -> {
            config = Map.copyOf(request.getVariablesMap());
            providerConfig = stackConfigKeys(request);
            // supportsPreview: the engine asks Create(preview) for a new resource's outputs instead
            // of taking its inputs, which is the point of the preview-output model.
            return ConfigureResponse.newBuilder().setAcceptSecrets(true).setAcceptResources(true)
                    .setSupportsPreview(true).setAcceptOutputs(false).build();
        });
    }

    @Override
    public void check(CheckRequest request, StreamObserver<CheckResponse> response) {
        answer(response, () -> CheckResponse.newBuilder().setInputs(request.getNews()).build());
    }

    @Override
    public void diff(DiffRequest request, StreamObserver<DiffResponse> response) {
        answer(response, () -> diff(request.getOldInputs(), request.getNews()));
    }

    @Override
    public void create(CreateRequest request, StreamObserver<CreateResponse> response) {
        answer(response, () -> CreateResponse.newBuilder()
                .setId(request.getPreview() ? "" : FAKE_ID_PREFIX + pkg + "-" + ids.incrementAndGet())
                .setProperties(outputs(request.getPreview(), previewOutputs.outputs(request.getType(), request.getProperties())))
                .build());
    }

    @Override
    public void update(UpdateRequest request, StreamObserver<UpdateResponse> response) {
        answer(response, () -> UpdateResponse.newBuilder()
                .setProperties(outputs(request.getPreview(), previewOutputs.outputs(request.getType(), request.getNews()))).build());
    }

    /**
     * A preview's outputs as the model gives them; for a real create or update (an {@code up} of the
     * stand-ins, e.g. {@code prr time-redeploy}'s test) without the model's unknowns, which the
     * engine refuses after a real operation ("unexpected unknown value"): a provider may leave an
     * output out, never unknown. The stand-in invents no value in their place.
     */
    private static Struct outputs(boolean preview, Struct modelled) {
        return preview ? modelled : known(modelled);
    }

    static Struct known(Struct struct) {
        Struct.Builder out = Struct.newBuilder();
        struct.getFieldsMap().forEach((key, value) -> known(value).ifPresent(v -> out.putFields(key, v)));
        return out.build();
    }

    private static java.util.Optional<com.google.protobuf.Value> known(com.google.protobuf.Value value) {
        return switch (value.getKindCase()) {
            case STRING_VALUE -> CreatePreviewOutputs.UNKNOWN.equals(value.getStringValue())
                    ? java.util.Optional.empty() : java.util.Optional.of(value);
            case STRUCT_VALUE -> java.util.Optional.of(com.google.protobuf.Value.newBuilder().setStructValue(known(value.getStructValue())).build());
            case LIST_VALUE -> {
                com.google.protobuf.ListValue.Builder list = com.google.protobuf.ListValue.newBuilder();
                value.getListValue().getValuesList().forEach(v -> known(v).ifPresent(list::addValues));
                yield java.util.Optional.of(com.google.protobuf.Value.newBuilder().setListValue(list).build());
            }
            default -> java.util.Optional.of(value);
        };
    }

    @Override
    public void delete(DeleteRequest request, StreamObserver<Empty> response) {
        answer(response, Empty::getDefaultInstance);
    }

    @Override
    public void read(ReadRequest request, StreamObserver<ReadResponse> response) {
        // What the engine already holds is what "the cloud" has: a stand-in has nothing else.
        answer(response, () -> ReadResponse.newBuilder().setId(request.getId())
                .setProperties(request.getProperties()).setInputs(request.getInputs()).build());
    }

    /**
     * The offline engine's functions model ({@link EngineFunctions}): functions a provider answers
     * from its own configuration ({@code getClientConfig}) from what {@code Configure} gave, every
     * other function unknown. No pinned answers: those stand for the cloud, which a stand-in lacks.
     */
    @Override
    public void invoke(InvokeRequest request, StreamObserver<InvokeResponse> response) {
        answer(response, () -> {
            EngineFunctions functions = new EngineFunctions(new Registrations(), StackConfig.of(providerConfig),
                    PinnedAnswers.none(), new Assumptions());
            return InvokeResponse.newBuilder()
                    .setReturn(StructValues.toStruct(functions.invoke(request.getTok(), StructValues.toMap(request.getArgs())))).build();
        });
    }

    @Override
    public void cancel(Empty request, StreamObserver<Empty> response) {
        answer(response, Empty::getDefaultInstance);
    }

    /**
     * {@code pkg:key} → value from {@code Configure}: its {@code args} (the engine sends the package's
     * stack config there), else its {@code variables} ({@code pkg:config:key}); structured values as JSON.
     */
    private Map<String, String> stackConfigKeys(ConfigureRequest request) {
        Map<String, String> keys = new java.util.TreeMap<>();
        request.getVariablesMap().forEach((key, value) -> keys.put(key.replaceFirst(":config:", ":"), value));
        StructValues.toMap(request.getArgs()).forEach((key, value) -> {
            Object plain = value instanceof Map<?, ?> m && m.containsKey(dev.readyservice.review.WireValues.SIG_KEY) ? m.get("value") : value;
            if (plain instanceof String text) {
                keys.put(pkg + ":" + key, text);
            }
        });
        return Map.copyOf(keys);
    }

    private static DiffResponse diff(Struct olds, Struct news) {
        List<String> changed = new ArrayList<>();
        Set<String> keys = new HashSet<>(olds.getFieldsMap().keySet());
        keys.addAll(news.getFieldsMap().keySet());
        keys.stream().sorted().filter(k -> !Objects.equals(olds.getFieldsMap().get(k), news.getFieldsMap().get(k))).forEach(changed::add);
        return DiffResponse.newBuilder()
                .setChanges(changed.isEmpty() ? DiffResponse.DiffChanges.DIFF_NONE : DiffResponse.DiffChanges.DIFF_SOME)
                .addAllDiffs(changed).build();
    }

    private <T> void answer(StreamObserver<T> response, Supplier<T> body) {
        calls.incrementAndGet();
        T value;
        try {
            value = body.get();
        } catch (RuntimeException e) {
            response.onError(Status.INTERNAL.withDescription("stand-in provider " + pkg + " failed: " + e).asRuntimeException());
            return;
        }
        response.onNext(value);
        response.onCompleted();
    }
}
