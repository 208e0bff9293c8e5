package dev.readyservice.standin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.protobuf.Empty;
import com.google.protobuf.Struct;
import com.google.protobuf.Value;
import io.grpc.ManagedChannel;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import pulumirpc.Provider.CheckRequest;
import pulumirpc.Provider.ConfigureRequest;
import pulumirpc.Provider.CreateRequest;
import pulumirpc.Provider.DiffRequest;
import pulumirpc.Provider.DiffResponse;
import pulumirpc.Provider.InvokeRequest;
import pulumirpc.ResourceProviderGrpc;
import pulumirpc.ResourceProviderGrpc.ResourceProviderBlockingStub;

/** What the stand-ins answer the engine, over their real gRPC service. */
class StandInProvidersTest {
    private static final String TYPE = "azure-native:storage:StorageAccount";
    private static final Struct INPUTS = Struct.newBuilder()
            .putFields("kind", Value.newBuilder().setStringValue("StorageV2").build())
            .putFields("replicas", Value.newBuilder().setNumberValue(3).build())
            .build();

    @Test
    void eachPackageIsServedOnItsOwnPortAndNamedInTheDebugProvidersValue() {
        try (StandInProviders providers = StandInProviders.start(List.of("azure-native", "datadog"), CreatePreviewOutputs.echoInputs())) {
            assertThat(providers.debugProviders()).matches("azure-native:\\d+,datadog:\\d+");
            assertThat(providers.provider("datadog").pkg()).isEqualTo("datadog");
            assertThatThrownBy(() -> providers.provider("pagerduty")).hasMessageContaining("no stand-in provider for pagerduty");
        }
    }

    @Test
    void itAcceptsConfigAndInputsAsGivenAndNamesItselfAStandIn() throws InterruptedException {
        withAzureNativeStub(CreatePreviewOutputs.echoInputs(), (providers, stub) -> {
            assertThat(stub.getPluginInfo(Empty.getDefaultInstance()).getVersion()).isEqualTo("0.0.0-standin");
            assertThat(stub.configure(ConfigureRequest.newBuilder().putVariables("azure-native:config:location", "westeurope").build())
                    .getSupportsPreview()).isTrue();
            assertThat(providers.provider("azure-native").config()).containsEntry("azure-native:config:location", "westeurope");
            assertThat(stub.check(CheckRequest.newBuilder().setType(TYPE).setNews(INPUTS).build()).getInputs()).isEqualTo(INPUTS);

            var preview = stub.create(CreateRequest.newBuilder().setType(TYPE).setProperties(INPUTS).setPreview(true).build());
            assertThat(preview.getId()).isEmpty();
            assertThat(preview.getProperties()).isEqualTo(INPUTS);
            var created = stub.create(CreateRequest.newBuilder().setType(TYPE).setProperties(INPUTS).build());
            assertThat(created.getId()).startsWith("standin-azure-native-");
            assertThat(providers.provider("azure-native").calls()).isEqualTo(5);
        });
    }

    /** The offline engine's models answer: the preview-output model for Create, the functions model for Invoke. */
    @Test
    void theModelAnswersCreateAndGetClientConfigFromTheProviderConfig() throws InterruptedException {
        withAzureNativeStub(CreatePreviewOutputs.model(), (providers, stub) -> {
            stub.configure(ConfigureRequest.newBuilder().putVariables("azure-native:config:location", "westeurope")
                    .setArgs(Struct.newBuilder().putFields("tenantId", Value.newBuilder().setStringValue("tenant-1").build())).build());
            Struct inputs = Struct.newBuilder().putFields("accountName", Value.newBuilder().setStringValue("data").build())
                    .putFields("kind", Value.newBuilder().setStringValue("StorageV2").build()).build();

            Struct outputs = stub.create(CreateRequest.newBuilder().setType(TYPE).setProperties(inputs).setPreview(true).build())
                    .getProperties();
            // The path parameter is dropped, the input kept, an unset output unknown: the model, not an echo.
            assertThat(outputs.getFieldsMap()).doesNotContainKey("accountName").containsKey("minimumTlsVersion");
            assertThat(outputs.getFieldsOrThrow("kind").getStringValue()).isEqualTo("StorageV2");
            assertThat(outputs.getFieldsOrThrow("minimumTlsVersion").getStringValue()).isEqualTo(CreatePreviewOutputs.UNKNOWN);
            // A real create (an up) answers no unknown, which the engine refuses: the model's unknowns are left out, not invented.
            Struct created = stub.create(CreateRequest.newBuilder().setType(TYPE).setProperties(inputs).build()).getProperties();
            assertThat(created.getFieldsMap()).doesNotContainKey("minimumTlsVersion");
            assertThat(created.getFieldsOrThrow("kind").getStringValue()).isEqualTo("StorageV2");
            assertThat(created.toString()).doesNotContain(CreatePreviewOutputs.UNKNOWN);

            Struct client = stub.invoke(InvokeRequest.newBuilder().setTok("azure-native:authorization:getClientConfig").build()).getReturn();
            assertThat(client.getFieldsOrThrow("tenantId").getStringValue()).isEqualTo("tenant-1");
            assertThat(client.getFieldsOrThrow("subscriptionId").getStringValue()).isEqualTo("00000000-0000-0000-0000-000000000000");
            Struct other = stub.invoke(InvokeRequest.newBuilder().setTok("azure-native:storage:listStorageAccountKeys").build()).getReturn();
            assertThat(other.getFieldsOrThrow("result").getStringValue()).isEqualTo(CreatePreviewOutputs.UNKNOWN);
        });
    }

    @Test
    void diffNamesTheChangedPropertiesAndNothingWhenEqual() throws InterruptedException {
        withAzureNativeStub(CreatePreviewOutputs.echoInputs(), (providers, stub) -> {
            assertThat(stub.diff(DiffRequest.newBuilder().setOldInputs(INPUTS).setNews(INPUTS).build()).getChanges())
                    .isEqualTo(DiffResponse.DiffChanges.DIFF_NONE);
            Struct changed = INPUTS.toBuilder().putFields("kind", Value.newBuilder().setStringValue("BlobStorage").build()).build();
            DiffResponse diff = stub.diff(DiffRequest.newBuilder().setOldInputs(INPUTS).setNews(changed).build());
            assertThat(diff.getChanges()).isEqualTo(DiffResponse.DiffChanges.DIFF_SOME);
            assertThat(diff.getDiffsList()).containsExactly("kind");
        });
    }

    @Test
    void unknownOutputsMakeEveryInputUnknown() {
        Struct outputs = CreatePreviewOutputs.unknownOutputs().outputs(TYPE, INPUTS);

        assertThat(outputs.getFieldsMap()).containsOnlyKeys("kind", "replicas");
        assertThat(outputs.getFieldsMap().values()).allSatisfy(v -> assertThat(v.getStringValue()).isEqualTo(CreatePreviewOutputs.UNKNOWN));
    }

    @Test
    void aFailingAnswerFailsTheCallNamingTheStandIn() throws InterruptedException {
        CreatePreviewOutputs broken = (type, inputs) -> {
            throw new IllegalStateException("no model for " + type);
        };
        withAzureNativeStub(broken, (providers, stub) -> {
            assertThatThrownBy(() -> stub.create(CreateRequest.newBuilder().setType(TYPE).setProperties(INPUTS).setPreview(true).build()))
                    .isInstanceOfSatisfying(StatusRuntimeException.class, e -> {
                        assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.INTERNAL);
                        assertThat(e.getStatus().getDescription()).contains("stand-in provider azure-native failed").contains("no model for " + TYPE);
                    });
        });
    }

    /** Started from a shell, it prints the variable to set and never outlives whoever started it. */
    @Test
    void fromTheCommandLineItPrintsTheVariableAndStopsWhenItsInputCloses() throws Exception {
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), StandInProviders.class.getName(), "--unknown-outputs", "datadog").start();
        try (var out = new java.io.BufferedReader(new java.io.InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            assertThat(out.readLine()).matches("PULUMI_DEBUG_PROVIDERS=datadog:\\d+");
            process.getOutputStream().close();
            assertThat(process.waitFor(20, TimeUnit.SECONDS)).as("it stops when its stdin closes").isTrue();
            assertThat(new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8)).contains("stand-in providers")
                    .contains("create outputs are unknown");
        } finally {
            process.destroyForcibly();
        }
    }

    /** What a test asks of the azure-native stand-in over its gRPC service. */
    private interface StubCalls {
        void run(StandInProviders providers, ResourceProviderBlockingStub stub);
    }

    /** Starts the azure-native stand-in answering with {@code outputs}, runs {@code calls} against it, and stops it. */
    private static void withAzureNativeStub(CreatePreviewOutputs outputs, StubCalls calls) throws InterruptedException {
        try (StandInProviders providers = StandInProviders.start(List.of("azure-native"), outputs)) {
            ManagedChannel channel = channel(providers);
            try {
                calls.run(providers, ResourceProviderGrpc.newBlockingStub(channel));
            } finally {
                channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
            }
        }
    }

    private static ManagedChannel channel(StandInProviders providers) {
        int port = Integer.parseInt(providers.debugProviders().split(",")[0].split(":")[1]);
        return NettyChannelBuilder.forAddress("127.0.0.1", port).usePlaintext().build();
    }

    @Test
    void knownLeavesOutUnknownsAtEveryDepthAndKeepsEverythingElse() {
        Value unknown = Value.newBuilder().setStringValue(CreatePreviewOutputs.UNKNOWN).build();
        Value text = Value.newBuilder().setStringValue("TLS1_2").build();
        Value number = Value.newBuilder().setNumberValue(7).build();
        Struct nested = Struct.newBuilder().putFields("gone", unknown).putFields("kept", number).build();
        Struct outputs = Struct.newBuilder().putFields("id", unknown).putFields("tls", text)
                .putFields("properties", Value.newBuilder().setStructValue(nested).build())
                .putFields("list", Value.newBuilder().setListValue(com.google.protobuf.ListValue.newBuilder()
                        .addValues(unknown).addValues(text)).build()).build();

        Struct known = StandInProvider.known(outputs);

        assertThat(known.getFieldsMap()).containsOnlyKeys("tls", "properties", "list");
        assertThat(known.getFieldsOrThrow("properties").getStructValue().getFieldsMap()).containsOnlyKeys("kept");
        assertThat(known.getFieldsOrThrow("list").getListValue().getValuesList()).containsExactly(text);
    }
}
