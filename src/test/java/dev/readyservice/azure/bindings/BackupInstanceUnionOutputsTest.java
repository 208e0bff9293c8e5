package dev.readyservice.azure.bindings;

import static org.assertj.core.api.Assertions.assertThat;

import com.pulumi.azurenative.dataprotection.BackupInstanceArgs;
import com.pulumi.azurenative.dataprotection.inputs.DatasourceArgs;
import com.pulumi.azurenative.dataprotection.inputs.PolicyInfoArgs;
import com.pulumi.core.Output;
import com.pulumi.resources.CustomResourceOptions;
import com.pulumi.test.Mocks;
import com.pulumi.test.PulumiTest;
import com.pulumi.test.TestOptions;
import com.pulumi.test.TestResult;
import java.lang.reflect.Method;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Whether the official {@code BackupInstance} class reads what Azure answers after a real
 * {@code pulumi up}, shown with the real SDK (1.36.1) and the answers Azure documents for the
 * backup instance's GET (api-version 2023-01-01, the one azure-native 2.10.0 calls):
 *
 * <ul>
 *   <li>an <em>operational</em> blob backup (what {@code BackupFactory} configures): {@code policyInfo}
 *       carries the policy's id and version only. The official class reads it; the test pins that.</li>
 *   <li>a <em>vaulted</em> blob backup: {@code policyInfo.policyParameters.backupDatasourceParametersList}
 *       holds {@code {objectType: BlobBackupDatasourceParameters, containersList: [...]}}, a list of
 *       unions in the official class's types. The official class crashes on it, as the backup policy's
 *       does on its rules ({@link BackupPolicyUnionOutputsTest}); {@link BackupInstance} reads it.</li>
 * </ul>
 *
 * <p>When {@link #theOfficialClassCannotReadAVaultedBlobBackup()} fails, an SDK upgrade reads unions
 * of objects (pulumi/pulumi-java PR #2302): both bindings, these tests and the review's hint
 * ({@code ProgramFailure}) can go.
 */
class BackupInstanceUnionOutputsTest {

    private static final String ACCOUNT = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/group"
            + "/providers/Microsoft.Storage/storageAccounts/shopdata";
    private static final String POLICY = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/group"
            + "/providers/Microsoft.DataProtection/backupVaults/vault/backupPolicies/policy";

    /** Azure's answer for an operational blob backup: no policy parameters. */
    private static final Map<String, Object> OPERATIONAL = properties(Map.of("policyId", POLICY, "policyVersion", ""));

    /** Azure's answer for a vaulted blob backup: the containers backed up, as a one-item list of unions. */
    private static final Map<String, Object> VAULTED = properties(Map.of("policyId", POLICY, "policyVersion", "",
            "policyParameters", Map.of("backupDatasourceParametersList", List.of(Map.of(
                    "objectType", "BlobBackupDatasourceParameters",
                    "containersList", List.of("orders", "invoices"))))));

    @AfterEach
    void cleanup() {
        PulumiTest.cleanup();
    }

    @Test
    void theOfficialClassReadsAnOperationalBlobBackup() {
        AtomicReference<Object> state = new AtomicReference<>();
        AtomicReference<Object> parameters = new AtomicReference<>();
        TestResult result = run(OPERATIONAL, ctx -> new com.pulumi.azurenative.dataprotection.BackupInstance("instance", args())
                .properties().applyValue(p -> {
                    state.set(p.protectionStatus().status().orElseThrow());
                    parameters.set(p.policyInfo().policyParameters());
                    return p;
                }));

        assertThat(result.exceptions()).isEmpty();
        assertThat(result.exitCode()).isZero();
        assertThat(state.get()).isEqualTo("ProtectionConfigured");
        assertThat(parameters.get()).isEqualTo(Optional.empty());
    }

    @Test
    void theOfficialClassCannotReadAVaultedBlobBackup() {
        AtomicReference<Object> parameters = new AtomicReference<>();
        TestResult result = run(VAULTED, ctx -> new com.pulumi.azurenative.dataprotection.BackupInstance("instance", args())
                .properties().applyValue(p -> {
                    parameters.set(p.policyInfo().policyParameters());
                    return p;
                }));

        assertThat(result.exitCode()).isNotZero();
        String failure = result.exceptions().stream().map(BackupInstanceUnionOutputsTest::messages).reduce("", String::concat);
        // The SDK's own words (its Converter), the ones ProgramFailure turns into its hint.
        assertThat(failure).contains("Convert [com.pulumi.azurenative.dataprotection.BackupInstance.properties]: Error converting")
                .contains("BackupInstanceResponse");
        assertThat(parameters.get()).isNull();
    }

    @Test
    void ourBindingReadsAVaultedBlobBackup() {
        AtomicReference<Object> properties = new AtomicReference<>();
        TestResult result = run(VAULTED, ctx -> new BackupInstance("instance", args()).properties().applyValue(p -> {
            properties.set(p);
            return p;
        }));

        assertThat(result.exceptions()).isEmpty();
        assertThat(result.exitCode()).isZero();
        assertThat(properties.get()).isEqualTo(VAULTED);
    }

    @Test
    void registersTheOfficialTypeWithTheOfficialOptions() throws Exception {
        Method official = com.pulumi.azurenative.dataprotection.BackupInstance.class
                .getDeclaredMethod("makeResourceOptions", CustomResourceOptions.class, Output.class);
        official.setAccessible(true);
        CustomResourceOptions theirs = (CustomResourceOptions) official.invoke(null, null, null);
        CustomResourceOptions ours = CustomResourceOptions.merge(BackupInstance.defaultOptions(), null, null);

        assertThat(BackupInstance.TYPE).isEqualTo(com.pulumi.azurenative.dataprotection.BackupInstance.class
                .getAnnotation(com.pulumi.core.annotations.ResourceType.class).type());
        assertThat(ours.getVersion()).isEqualTo(theirs.getVersion()).isPresent();
        assertThat(BackupPolicyUnionOutputsTest.aliasTypes(ours)).hasSize(20)
                .allMatch(type -> type.endsWith(":BackupInstance"))
                .isEqualTo(BackupPolicyUnionOutputsTest.aliasTypes(theirs));
    }

    /** The GET response's {@code properties} of a blob backup instance, with {@code policyInfo} as given. */
    private static Map<String, Object> properties(Map<String, Object> policyInfo) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("objectType", "BackupInstance");
        properties.put("friendlyName", "shopdata");
        properties.put("dataSourceInfo", Map.of("objectType", "Datasource", "datasourceType", "Microsoft.Storage/storageAccounts/blobServices",
                "resourceID", ACCOUNT, "resourceLocation", "westeurope", "resourceName", "shopdata",
                "resourceType", "Microsoft.Storage/storageAccounts", "resourceUri", ACCOUNT));
        properties.put("dataSourceSetInfo", Map.of("objectType", "DatasourceSet", "datasourceType", "Microsoft.Storage/storageAccounts/blobServices",
                "resourceID", ACCOUNT, "resourceLocation", "westeurope", "resourceName", "shopdata",
                "resourceType", "Microsoft.Storage/storageAccounts", "resourceUri", ACCOUNT));
        properties.put("policyInfo", policyInfo);
        properties.put("protectionStatus", Map.of("status", "ProtectionConfigured"));
        properties.put("currentProtectionState", "ProtectionConfigured");
        properties.put("provisioningState", "Succeeded");
        return Map.copyOf(properties);
    }

    /** A provider answering every backup instance after a real create: name, type and {@code properties}. */
    private static Mocks provider(Map<String, Object> properties) {
        return new Mocks() {
            @Override
            public CompletableFuture<ResourceResult> newResourceAsync(ResourceArgs args) {
                return CompletableFuture.completedFuture(ResourceResult.of(Optional.of(args.name + "-id"), Map.of(
                        "name", args.name, "type", "Microsoft.DataProtection/backupVaults/backupInstances", "properties", properties)));
            }
        };
    }

    private static BackupInstanceArgs args() {
        return BackupInstanceArgs.builder()
                .resourceGroupName("group")
                .vaultName("vault")
                .properties(com.pulumi.azurenative.dataprotection.inputs.BackupInstanceArgs.builder()
                        .objectType("BackupInstance")
                        .friendlyName("shopdata")
                        .dataSourceInfo(DatasourceArgs.builder().objectType("Datasource").resourceID(ACCOUNT)
                                .datasourceType("Microsoft.Storage/storageAccounts/blobServices").build())
                        .policyInfo(PolicyInfoArgs.builder().policyId(POLICY).build())
                        .build())
                .build();
    }

    private static TestResult run(Map<String, Object> properties, Consumer<com.pulumi.Context> program) {
        // Not a preview: the answer of a real create (or of a later preview, which gets the state).
        return PulumiTest.withMocks(provider(properties))
                .withOptions(TestOptions.builder().projectName("unions").stackName("test").preview(false).build())
                .runTest(program);
    }

    private static String messages(Throwable error) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = error; t != null; t = t.getCause()) {
            all.append(t).append('\n');
        }
        return all.toString();
    }
}
