package dev.readyservice.azure.bindings;

import static org.assertj.core.api.Assertions.assertThat;

import com.pulumi.azurenative.dataprotection.BackupPolicyArgs;
import com.pulumi.core.Output;
import com.pulumi.resources.CustomResourceOptions;
import com.pulumi.test.Mocks;
import com.pulumi.test.PulumiTest;
import com.pulumi.test.TestOptions;
import com.pulumi.test.TestResult;
import java.lang.reflect.Method;
import dev.readyservice.e2e.fixtures.BlobBackupPolicies;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The Java SDK limitation {@link BackupPolicy} works around, shown with the real SDK: a provider
 * answer that carries the policy's rules (as the real azure-native provider's preview and create
 * do) crashes a program using the official class, and not one using ours.
 *
 * <p>{@link #theOfficialClassCannotReadItsRules()} documents the SDK as it is (1.36.1): when it
 * fails, an SDK upgrade reads unions of objects (pulumi/pulumi-java PR #2302), and the binding, this
 * test and the review's hint for the crash ({@code ProgramFailure}) can go.
 */
class BackupPolicyUnionOutputsTest {

    /** The rules as the provider answers them: the input rule on the response shape. */
    private static final Map<String, Object> PROPERTIES = Map.of(
            "objectType", "BackupPolicy",
            "datasourceTypes", List.of("Microsoft.Storage/storageAccounts/blobServices"),
            "policyRules", List.of(Map.of(
                    "objectType", "AzureRetentionRule",
                    "name", "Default",
                    "isDefault", true,
                    "lifecycles", List.of(Map.of(
                            "deleteAfter", Map.of("objectType", "AbsoluteDeleteOption", "duration", "P30D"),
                            "sourceDataStore", Map.of("objectType", "DataStoreInfoBase", "dataStoreType", "OperationalStore"),
                            "targetDataStoreCopySettings", List.of())))));

    /** Answers every backup policy as the real provider would: name, type and the properties with the rules. */
    private static final Mocks PROVIDER = new Mocks() {
        @Override
        public CompletableFuture<ResourceResult> newResourceAsync(ResourceArgs args) {
            return CompletableFuture.completedFuture(ResourceResult.of(Optional.of(args.name + "-id"), Map.of(
                    "name", args.name, "type", "Microsoft.DataProtection/backupVaults/backupPolicies", "properties", PROPERTIES)));
        }
    };

    @AfterEach
    void cleanup() {
        PulumiTest.cleanup();
    }

    @Test
    void theOfficialClassCannotReadItsRules() {
        AtomicReference<Object> rules = new AtomicReference<>();
        TestResult result = run(ctx -> new com.pulumi.azurenative.dataprotection.BackupPolicy("policy", args())
                .properties().applyValue(p -> {
                    rules.set(p.policyRules());
                    return p;
                }));

        assertThat(result.exitCode()).isNotZero();
        assertThat(result.exceptions()).isNotEmpty();
        String failure = result.exceptions().stream().map(BackupPolicyUnionOutputsTest::messages).reduce("", String::concat);
        // The SDK's own words (its Converter): the object in the list matched neither side of the union
        // (a warning naming policyRules), so the response could not be built.
        assertThat(failure).contains("Convert [com.pulumi.azurenative.dataprotection.BackupPolicy.properties]: Error converting")
                .contains("BackupPolicyResponse");
        assertThat(rules.get()).isNull();
    }

    @Test
    void ourBindingReadsTheSameAnswer() {
        AtomicReference<Object> properties = new AtomicReference<>();
        AtomicReference<String> name = new AtomicReference<>();
        TestResult result = run(ctx -> {
            BackupPolicy policy = new BackupPolicy("policy", args());
            policy.properties().applyValue(p -> {
                properties.set(p);
                return p;
            });
            policy.name().applyValue(n -> {
                name.set(n);
                return n;
            });
        });

        assertThat(result.exceptions()).isEmpty();
        assertThat(result.exitCode()).isZero();
        assertThat(name.get()).isEqualTo("policy");
        assertThat(properties.get()).isInstanceOf(Map.class);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> rules = (List<Map<String, Object>>) ((Map<String, Object>) properties.get()).get("policyRules");
        assertThat(rules).singleElement().satisfies(rule -> assertThat(rule).containsEntry("name", "Default")
                .containsEntry("objectType", "AzureRetentionRule"));
    }

    @Test
    void registersTheOfficialTypeWithTheOfficialOptions() throws Exception {
        Method official = com.pulumi.azurenative.dataprotection.BackupPolicy.class
                .getDeclaredMethod("makeResourceOptions", CustomResourceOptions.class, Output.class);
        official.setAccessible(true);
        CustomResourceOptions theirs = (CustomResourceOptions) official.invoke(null, null, null);
        CustomResourceOptions ours = CustomResourceOptions.merge(BackupPolicy.defaultOptions(), null, null);

        assertThat(BackupPolicy.TYPE).isEqualTo(com.pulumi.azurenative.dataprotection.BackupPolicy.class
                .getAnnotation(com.pulumi.core.annotations.ResourceType.class).type());
        assertThat(ours.getVersion()).isEqualTo(theirs.getVersion()).isPresent();
        assertThat(aliasTypes(ours)).hasSize(20).isEqualTo(aliasTypes(theirs));
    }

    static List<String> aliasTypes(CustomResourceOptions options) {
        return options.getAliases().stream()
                .map(alias -> PulumiTest.extractValue(PulumiTest.extractValue(alias).getType().orElseThrow()))
                .toList();
    }

    private static BackupPolicyArgs args() {
        return BackupPolicyArgs.builder()
                .resourceGroupName("group")
                .vaultName("vault")
                .properties(BlobBackupPolicies.retaining("P30D"))
                .build();
    }

    private static TestResult run(Consumer<com.pulumi.Context> program) {
        return PulumiTest.withMocks(PROVIDER)
                .withOptions(TestOptions.builder().projectName("unions").stackName("test").preview(true).build())
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
