package dev.readyservice.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.pulumi.core.Output;
import com.pulumi.test.PulumiTest;
import dev.readyservice.azure.BackupFactory;
import dev.readyservice.component.StackConfigReader;
import dev.readyservice.review.outputs.UnionCollections;
import dev.readyservice.testsupport.RecordingMocks;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Of every azure-native type the bundled product creates on the reference stacks, which have outputs
 * the Java SDK 1.36.1 cannot read in their official class (a list or map of unions,
 * {@link UnionCollections}): only the backup policy and the backup instance, and the product creates
 * both through our bindings. A new type with such an output fails this test until it is bound too.
 */
class UnreadableOutputsTest {

    private final RecordingMocks mocks = RecordingMocks.echoingScalars();

    @AfterEach
    void cleanup() {
        PulumiTest.cleanup();
    }

    @Test
    void onlyTheBackupPolicyAndInstanceHoldListsOfUnionsAndTheProductBindsBothItself() {
        Set<String> types = new TreeSet<>();
        for (String stack : List.of("qa", "prod")) {
            Map<String, String> config = StackFiles.config(Path.of("Pulumi." + stack + ".yaml"));
            PulumiTest.withMocks(mocks).withOptions(mocks.options("checkout", stack, true)).runTest(ctx ->
                    App.build(ctx, StackFiles.namespace(config, StackConfigReader.NAMESPACE), () -> Output.ofSecret("s3cr3t-test-password")));
            mocks.registrations().stream().map(RecordingMocks.Registration::type).filter(type -> type.startsWith("azure-native:")).forEach(types::add);
            PulumiTest.cleanup();
        }
        Map<String, List<String>> unreadable = new TreeMap<>();
        for (String type : types) {
            List<String> paths = UnionCollections.of(type).orElseThrow(() -> new AssertionError("the SDK has no class for " + type));
            if (!paths.isEmpty()) {
                unreadable.put(type, paths);
            }
        }

        assertThat(types).contains("azure-native:keyvault:Key", "azure-native:network:ApplicationGateway").hasSizeGreaterThan(15);
        assertThat(unreadable).isEqualTo(Map.of(
                "azure-native:dataprotection:BackupInstance", List.of("properties.policyInfo.policyParameters.backupDatasourceParametersList[]"),
                "azure-native:dataprotection:BackupPolicy", List.of("properties.policyRules[]")));
        assertThat(BackupFactory.Result.class.getRecordComponents()).extracting(c -> c.getType().getName())
                .contains("dev.readyservice.azure.bindings.BackupPolicy", "dev.readyservice.azure.bindings.BackupInstance");
    }
}
