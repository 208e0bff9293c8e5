package dev.readyservice.review.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.protobuf.Struct;
import com.google.protobuf.Value;
import dev.readyservice.review.Assumption;
import dev.readyservice.review.RecordedResource;
import dev.readyservice.review.StructValues;
import dev.readyservice.review.WireValues;
import io.grpc.ManagedChannel;
import io.grpc.StatusRuntimeException;
import io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import pulumirpc.EngineGrpc;
import pulumirpc.EngineOuterClass.GetRootResourceRequest;
import pulumirpc.EngineOuterClass.LogRequest;
import pulumirpc.EngineOuterClass.LogSeverity;
import pulumirpc.EngineOuterClass.SetRootResourceRequest;
import pulumirpc.Resource.ReadResourceRequest;
import pulumirpc.Resource.RegisterResourceOutputsRequest;
import pulumirpc.Resource.RegisterResourceRequest;
import pulumirpc.Resource.RegisterResourceResponse;
import pulumirpc.Resource.ResourceCallRequest;
import pulumirpc.Resource.ResourceInvokeRequest;
import pulumirpc.Resource.SupportsFeatureRequest;
import pulumirpc.ResourceMonitorGrpc;

/** Talks to the engine over real gRPC, as a program would. */
class OfflineEngineTest {
    private static final String STACK_URN = "urn:pulumi:qa::shop::pulumi:pulumi:Stack::shop-qa";

    private final List<Integer> counts = new CopyOnWriteArrayList<>();
    private OfflineEngine engine;
    private ManagedChannel channel;

    private ResourceMonitorGrpc.ResourceMonitorBlockingStub monitor(boolean debug) {
        engine = OfflineEngine.start("shop", "qa", debug, counts::add);
        channel = NettyChannelBuilder.forTarget(engine.address()).usePlaintext().build();
        return ResourceMonitorGrpc.newBlockingStub(channel);
    }

    @AfterEach
    void stop() {
        channel.shutdownNow();
        engine.close();
    }

    private static RegisterResourceRequest.Builder register(String type, String name, String parent) {
        return RegisterResourceRequest.newBuilder().setType(type).setName(name).setParent(parent);
    }

    @Test
    void registersTheStackAndEchoesInputsWithAnUnknownId() {
        var monitor = monitor(false);
        Struct secret = StructValues.toStruct(Map.of("password",
                Map.of(WireValues.SIG_KEY, WireValues.SECRET_SIG, "value", "s3cr3t")));

        RegisterResourceResponse stack = monitor.registerResource(register("pulumi:pulumi:Stack", "shop-qa", "").build());
        RegisterResourceResponse thing = monitor.registerResource(register("test:index/thing:Thing", "a", STACK_URN)
                .setCustom(true).setObject(secret).setProtect(true).setRetainOnDelete(true).setVersion("4.5.6")
                .setProvider("urn:pulumi:qa::shop::pulumi:providers:test::p::id").setDeletedWith(STACK_URN)
                .addDependencies(STACK_URN)
                .putPropertyDependencies("password", RegisterResourceRequest.PropertyDependencies.newBuilder().addUrns(STACK_URN).build())
                .build());

        assertThat(stack.getUrn()).isEqualTo(STACK_URN);
        assertThat(thing.getUrn()).isEqualTo("urn:pulumi:qa::shop::test:index/thing:Thing::a");
        assertThat(thing.getId()).isEmpty();
        assertThat(thing.getObject()).isEqualTo(secret);
        assertThat(engine.rootUrn()).isEqualTo(STACK_URN);
        assertThat(counts).containsExactly(1, 2);
        RecordedResource recorded = engine.registrations().all().get(1);
        assertThat(recorded).isEqualTo(new RecordedResource(thing.getUrn(), "test:index/thing:Thing", "a", true, STACK_URN,
                Map.of("password", Map.of(WireValues.SIG_KEY, WireValues.SECRET_SIG, "value", "s3cr3t")), List.of(STACK_URN),
                Map.of("password", List.of(STACK_URN)), "urn:pulumi:qa::shop::pulumi:providers:test::p::id", true, true,
                STACK_URN, "4.5.6"));
    }

    /**
     * A custom resource is answered with the preview-output model, as the real engine passes on its
     * provider's preview: structured outputs included (here the backup policy's rules, which the Java
     * SDK 1.36.1 cannot read with the official class), path parameters dropped, and every property
     * holding an unknown left out for an SDK without partial values.
     */
    @Test
    void aCustomResourceIsAnsweredWithTheModelLessItsUnknowns() {
        var monitor = monitor(false);
        List<Object> rules = List.of(Map.of("objectType", "AzureRetentionRule", "name", "Default", "isDefault", true));
        Map<String, Object> properties = Map.of("objectType", "BackupPolicy", "datasourceTypes", List.of("blob"), "policyRules", rules);

        RegisterResourceResponse policy = monitor.registerResource(register("azure-native:dataprotection:BackupPolicy", "p", "")
                .setCustom(true).setObject(StructValues.toStruct(Map.of("resourceGroupName", "rg", "vaultName", "v",
                        "properties", properties))).build());
        RegisterResourceResponse partial = monitor.registerResource(register("azure-native:dataprotection:BackupPolicy", "q", "")
                .setCustom(true).setSupportsPartialValues(true).setObject(StructValues.toStruct(Map.of("vaultName", "v",
                        "properties", properties))).build());

        // name, type and systemData are unknown in a preview: left out; the path parameters are no outputs.
        assertThat(StructValues.toMap(policy.getObject())).isEqualTo(Map.of("properties", properties));
        assertThat(StructValues.toMap(partial.getObject())).containsEntry("properties", properties)
                .containsEntry("name", WireValues.UNKNOWN).doesNotContainKey("vaultName");
        assertThat(engine.registrations().all().get(0).outputs()).containsEntry("properties", properties)
                .containsEntry("name", WireValues.UNKNOWN);
    }

    @Test
    void refusesADuplicateUrnNamingIt() {
        var monitor = monitor(false);
        monitor.registerResource(register("test:index:Box", "box", "").build());

        assertThatThrownBy(() -> monitor.registerResource(register("test:index:Box", "box", "").build()))
                .isInstanceOf(StatusRuntimeException.class)
                .hasMessageContaining("Duplicate resource URN 'urn:pulumi:qa::shop::test:index:Box::box'");
        assertThat(engine.failures().messages()).singleElement().asString().startsWith("Duplicate resource URN");
    }

    @Test
    void answersFeaturesHonestly() {
        var monitor = monitor(false);

        assertThat(monitor.supportsFeature(SupportsFeatureRequest.newBuilder().setId("resourceReferences").build()).getHasSupport()).isTrue();
        assertThat(monitor.supportsFeature(SupportsFeatureRequest.newBuilder().setId("secrets").build()).getHasSupport()).isTrue();
        assertThat(monitor.supportsFeature(SupportsFeatureRequest.newBuilder().setId("aliasSpecs").build()).getHasSupport()).isFalse();
        assertThat(monitor.supportsFeature(SupportsFeatureRequest.newBuilder().setId("outputValues").build()).getHasSupport()).isFalse();
        assertThat(engine.askedFeatures()).containsExactlyInAnyOrder("resourceReferences", "secrets", "aliasSpecs", "outputValues");
    }

    @Test
    void answersGetResourceAndEveryOtherFunctionWithoutRefusing() {
        var monitor = monitor(false);
        String urn = monitor.registerResource(register("test:index:Box", "box", "").build()).getUrn();

        var answer = monitor.invoke(ResourceInvokeRequest.newBuilder().setTok("pulumi:pulumi:getResource")
                .setArgs(StructValues.toStruct(Map.of("urn", urn))).build());
        assertThat(answer.getReturn().getFieldsOrThrow("urn").getStringValue()).isEqualTo(urn);

        assertThatThrownBy(() -> monitor.invoke(ResourceInvokeRequest.newBuilder().setTok("pulumi:pulumi:getResource")
                .setArgs(StructValues.toStruct(Map.of("urn", "urn:pulumi:qa::shop::x:y:Z::missing"))).build()))
                .hasMessageContaining("NOT_FOUND");
        var unknown = monitor.invoke(ResourceInvokeRequest.newBuilder().setTok("test:index:getThing")
                .setArgs(StructValues.toStruct(Map.of("size", 2.0))).build());
        assertThat(StructValues.toMap(unknown.getReturn())).containsValue(WireValues.UNKNOWN);
        assertThat(engine.failures().messages()).hasSize(1);
        assertThat(engine.assumptions().all()).singleElement().satisfies(a -> {
            assertThat(a.token()).isEqualTo("test:index:getThing");
            assertThat(a.name()).isEqualTo("size");
            assertThat(a.source()).isEqualTo(Assumption.Source.UNKNOWN);
        });
    }

    @Test
    void answersReadsWithUnknownPropertiesAndStillRefusesCalls() {
        var monitor = monitor(false);

        var read = monitor.readResource(ReadResourceRequest.newBuilder().setType("test:index:Box").setName("old").setId("box-7").build());
        assertThat(read.getUrn()).isEqualTo("urn:pulumi:qa::shop::test:index:Box::old");
        assertThat(read.getProperties().getFieldsCount()).isZero();
        var reference = monitor.readResource(ReadResourceRequest.newBuilder().setType("pulumi:pulumi:StackReference").setName("net")
                .setId("acme/network/qa").setProperties(StructValues.toStruct(Map.of("name", "acme/network/qa"))).build());
        assertThat(StructValues.toMap(reference.getProperties())).containsEntry("name", "acme/network/qa")
                .containsEntry("outputs", WireValues.UNKNOWN);
        assertThatThrownBy(() -> monitor.call(ResourceCallRequest.newBuilder().setTok("test:index:Box/grow").build()))
                .hasMessageContaining("method call 'test:index:Box/grow' cannot be answered offline");
        assertThat(engine.failures().messages()).hasSize(1);
        assertThat(engine.registrations().count()).isZero();
        assertThat(engine.assumptions().all()).extracting(Assumption::kind)
                .containsExactly(Assumption.Kind.READ, Assumption.Kind.STACK_REFERENCE);
    }

    @Test
    void acceptsComponentOutputs() {
        var monitor = monitor(false);

        monitor.registerResourceOutputs(RegisterResourceOutputsRequest.newBuilder().setUrn(STACK_URN)
                .setOutputs(Struct.newBuilder().putFields("x", Value.newBuilder().setStringValue("y").build())).build());

        assertThat(engine.failures().messages()).isEmpty();
    }

    @Test
    void tellsWhenTheStacksOutputsAreRegisteredAndTheProgramStoppedCallingNotForAComponentsOutputs() throws InterruptedException {
        var monitor = monitor(false);
        java.util.concurrent.CountDownLatch told = new java.util.concurrent.CountDownLatch(1);
        engine.whenDoneCalling(told::countDown);
        monitor.registerResource(register("pulumi:pulumi:Stack", "shop-qa", "").build());
        String component = monitor.registerResource(register("readiness:index:ReadyService", "shop", STACK_URN).build()).getUrn();

        monitor.registerResourceOutputs(RegisterResourceOutputsRequest.newBuilder().setUrn(component).build());
        assertThat(told.await(ProgramQuiet.QUIET.multipliedBy(4).toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)).isFalse();
        monitor.registerResourceOutputs(RegisterResourceOutputsRequest.newBuilder().setUrn(STACK_URN).build());
        assertThat(told.await(10, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        assertThat(engine.registrations().find(STACK_URN)).isPresent();
    }

    @Test
    void recordsAComponentsRegisteredOutputsAndTheModelsOutputsOfACustomResource() {
        var monitor = monitor(false);
        monitor.registerResource(register("pulumi:pulumi:Stack", "shop-qa", "").build());
        String component = monitor.registerResource(register("readiness:index:ReadyService", "shop", STACK_URN)
                .setObject(StructValues.toStruct(Map.of("product", Map.of("name", "shop")))).build()).getUrn();
        String config = monitor.registerResource(register("azure-native:dbforpostgresql:Configuration", "tls", component).setCustom(true)
                .setObject(StructValues.toStruct(Map.of("configurationName", "ssl_min_protocol_version", "serverName", WireValues.UNKNOWN,
                        "value", "TLSv1.3"))).build()).getUrn();

        assertThat(engine.registrations().find(component).orElseThrow().outputs()).isEmpty();
        monitor.registerResourceOutputs(RegisterResourceOutputsRequest.newBuilder().setUrn(component)
                .setOutputs(StructValues.toStruct(Map.of("product", Map.of("name", "shop"), "resourceGroupName", WireValues.UNKNOWN))).build());

        RecordedResource recordedComponent = engine.registrations().find(component).orElseThrow();
        assertThat(recordedComponent.outputs()).isEqualTo(Map.of("product", Map.of("name", "shop"), "resourceGroupName", WireValues.UNKNOWN));
        assertThat(recordedComponent.inputs()).isEqualTo(Map.of("product", Map.of("name", "shop")));
        RecordedResource recordedConfig = engine.registrations().all().get(2);
        assertThat(recordedConfig.urn()).isEqualTo(config);
        assertThat(recordedConfig.outputs()).doesNotContainKeys("configurationName", "serverName")
                .containsEntry("value", "TLSv1.3").containsEntry("name", WireValues.UNKNOWN);
        assertThat(engine.registrations().all().get(1).outputs()).isEqualTo(recordedComponent.outputs());
        // Read again, a registration is the same object until its outputs are registered again, which replace the last ones.
        assertThat(engine.registrations().all()).zipSatisfy(engine.registrations().all(), (a, b) -> assertThat(a).isSameAs(b));
        assertThat(engine.registrations().find(component).orElseThrow()).isSameAs(engine.registrations().all().get(1));
        monitor.registerResourceOutputs(RegisterResourceOutputsRequest.newBuilder().setUrn(component)
                .setOutputs(StructValues.toStruct(Map.of("resourceGroupName", "rg-shop"))).build());
        assertThat(engine.registrations().all().get(1)).isNotSameAs(recordedComponent);
        assertThat(engine.registrations().all().get(1).outputs()).isEqualTo(Map.of("resourceGroupName", "rg-shop"));
        // A custom resource's outputs are the model's, whatever the program registers for it.
        monitor.registerResourceOutputs(RegisterResourceOutputsRequest.newBuilder().setUrn(config)
                .setOutputs(StructValues.toStruct(Map.of("value", "TLSv1.0"))).build());
        assertThat(engine.registrations().all().get(2)).isSameAs(recordedConfig);
    }

    @Test
    void keepsWarningsAndErrorsAndDebugOnlyWhenAsked() {
        monitor(false);
        var engineStub = EngineGrpc.newBlockingStub(channel);
        for (LogSeverity severity : List.of(LogSeverity.DEBUG, LogSeverity.INFO, LogSeverity.WARNING, LogSeverity.ERROR)) {
            engineStub.log(LogRequest.newBuilder().setSeverity(severity).setMessage(severity.name().toLowerCase()).setUrn(STACK_URN).build());
        }

        assertThat(engine.logs().received()).isEqualTo(4);
        assertThat(engine.logs().kept()).extracting(e -> e.severity() + ":" + e.message() + ":" + e.urn())
                .containsExactly("WARNING:warning:" + STACK_URN, "ERROR:error:" + STACK_URN);
        assertThat(engine.logs().messages("ERROR")).containsExactly("error");
    }

    @Test
    void keepsDebugAndInfoInDebugMode() {
        monitor(true);
        var engineStub = EngineGrpc.newBlockingStub(channel);
        engineStub.log(LogRequest.newBuilder().setSeverity(LogSeverity.DEBUG).setMessage("d").build());
        engineStub.log(LogRequest.newBuilder().setSeverity(LogSeverity.INFO).setMessage("i").build());

        assertThat(engine.logs().kept()).extracting(e -> e.severity()).containsExactly("DEBUG", "INFO");
    }

    @Test
    void theRootResourceCanBeSetAndRead() {
        monitor(false);
        var engineStub = EngineGrpc.newBlockingStub(channel);
        assertThat(engineStub.getRootResource(GetRootResourceRequest.getDefaultInstance()).getUrn()).isEmpty();

        engineStub.setRootResource(SetRootResourceRequest.newBuilder().setUrn(STACK_URN).build());

        assertThat(engineStub.getRootResource(GetRootResourceRequest.getDefaultInstance()).getUrn()).isEqualTo(STACK_URN);
    }
}
