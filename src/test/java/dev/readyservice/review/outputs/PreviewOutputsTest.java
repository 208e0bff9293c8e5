package dev.readyservice.review.outputs;

import static dev.readyservice.review.WireValues.UNKNOWN;
import static org.assertj.core.api.Assertions.assertThat;

import com.pulumi.core.annotations.Export;
import dev.readyservice.review.WireValues;
import dev.readyservice.review.outputs.PreviewOutputs.Modelled;
import dev.readyservice.review.outputs.PreviewOutputs.Source;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The preview-output model type by type, checked against the azure-native SDK's own classes and the
 * bundled bridged schemas. Every case differs from an inputs-only engine (outputs = inputs).
 */
class PreviewOutputsTest {
    private final PreviewOutputs model = PreviewOutputs.standard();

    /** The {@code @Export} names of an SDK resource class: the response shape the model must produce. */
    private static Set<String> exportsOf(String className) throws ClassNotFoundException {
        return Arrays.stream(Class.forName(className, false, PreviewOutputsTest.class.getClassLoader()).getDeclaredFields())
                .map(f -> f.getAnnotation(Export.class)).filter(e -> e != null).map(Export::name).collect(Collectors.toSet());
    }

    private static Map<String, Object> storageInputs() {
        Map<String, Object> inputs = new LinkedHashMap<>();
        inputs.put("accountName", "shopdata");
        inputs.put("resourceGroupName", UNKNOWN);
        inputs.put("kind", "StorageV2");
        inputs.put("minimumTlsVersion", "TLS1_2");
        inputs.put("allowBlobPublicAccess", "false");
        inputs.put("encryption", Map.of("requireInfrastructureEncryption", true, "keySource", "Microsoft.Storage",
                "services", Map.of("blob", Map.of("enabled", true, "keyType", "Account")), "notAResponseProperty", "x"));
        inputs.put("tags", Map.of("product", "shop"));
        return inputs;
    }

    @Test
    void storageAccountOutputsAreTheInputsOnTheResponseShape() throws Exception {
        Modelled modelled = model.customOutputs("azure-native:storage:StorageAccount", storageInputs());
        Map<String, Object> outputs = modelled.outputs();

        assertThat(modelled.source()).isEqualTo(Source.AZURE_NATIVE_SDK);
        assertThat(outputs.keySet()).isEqualTo(exportsOf("com.pulumi.azurenative.storage.StorageAccount"));
        // Path parameters are not response properties.
        assertThat(outputs).doesNotContainKeys("accountName", "resourceGroupName");
        // The name is the API's, unknown until created; outputs the program did not set are unknown.
        assertThat(outputs.get("name")).isEqualTo(UNKNOWN);
        assertThat(outputs.get("primaryEndpoints")).isEqualTo(UNKNOWN);
        assertThat(outputs.get("provisioningState")).isEqualTo(UNKNOWN);
        // Inputs of the matching type are kept, objects recursed into their response type.
        assertThat(outputs.get("minimumTlsVersion")).isEqualTo("TLS1_2");
        assertThat(outputs.get("kind")).isEqualTo("StorageV2");
        assertThat(outputs.get("tags")).isEqualTo(Map.of("product", "shop"));
        @SuppressWarnings("unchecked")
        Map<String, Object> encryption = (Map<String, Object>) outputs.get("encryption");
        assertThat(encryption).containsEntry("requireInfrastructureEncryption", true).containsEntry("keySource", "Microsoft.Storage")
                .containsEntry("keyVaultProperties", UNKNOWN).doesNotContainKey("notAResponseProperty");
        assertThat(encryption.get("services")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
                .containsEntry("file", UNKNOWN)
                .extractingByKey("blob").asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
                .containsEntry("enabled", true).containsEntry("keyType", "Account").containsEntry("lastEnabledTime", UNKNOWN);
        // A wrong-typed input (a string where the response has a boolean) is unknown, not kept.
        assertThat(outputs.get("allowBlobPublicAccess")).isEqualTo(UNKNOWN);
    }

    @Test
    void aCorrectlyTypedBooleanIsKeptAndSecretsStaySecret() {
        Map<String, Object> secretTls = Map.of(WireValues.SIG_KEY, WireValues.SECRET_SIG, "value", "TLS1_2");
        Map<String, Object> outputs = model.customOutputs("azure-native:storage:StorageAccount",
                Map.of("allowBlobPublicAccess", false, "minimumTlsVersion", secretTls)).outputs();

        assertThat(outputs.get("allowBlobPublicAccess")).isEqualTo(false);
        assertThat(outputs.get("minimumTlsVersion")).isEqualTo(secretTls);
    }

    @Test
    void postgresConfigurationDropsItsPathParameters() throws Exception {
        Map<String, Object> outputs = model.customOutputs("azure-native:dbforpostgresql:Configuration", Map.of(
                "configurationName", "ssl_min_protocol_version", "serverName", UNKNOWN, "resourceGroupName", UNKNOWN,
                "value", "TLSv1.3", "source", "user-override")).outputs();

        assertThat(outputs.keySet()).isEqualTo(exportsOf("com.pulumi.azurenative.dbforpostgresql.Configuration"));
        assertThat(outputs).doesNotContainKeys("configurationName", "serverName", "resourceGroupName")
                .containsEntry("value", "TLSv1.3").containsEntry("source", "user-override")
                .containsEntry("name", UNKNOWN).containsEntry("dataType", UNKNOWN);
    }

    @Test
    void listsAreShapedPerItemAndUnionsKeptAsGiven() {
        Map<String, Object> rule = Map.of("metricTrigger", Map.of("metricName", "CpuPercentage", "threshold", 70.0));
        Map<String, Object> profile = Map.of("name", "default", "capacity", Map.of("minimum", "2", "maximum", "8", "default", "2"),
                "rules", List.of(rule));
        Map<String, Object> outputs = model.customOutputs("azure-native:insights:AutoscaleSetting", Map.of(
                "autoscaleSettingName", "a", "enabled", true, "profiles", List.of(profile), "notifications", "not-a-list")).outputs();

        assertThat(outputs).doesNotContainKey("autoscaleSettingName").containsEntry("enabled", true)
                .containsEntry("notifications", UNKNOWN);
        @SuppressWarnings("unchecked")
        Map<String, Object> shaped = ((List<Map<String, Object>>) outputs.get("profiles")).get(0);
        // "default" is the wire name the SDK's setter annotation gives (the Java method is default_).
        assertThat(shaped.get("capacity")).isEqualTo(Map.of("minimum", "2", "maximum", "8", "default", "2"));
        assertThat(shaped).containsEntry("fixedDate", UNKNOWN);

        List<Object> rules = List.of(Map.of("name", "Default", "objectType", "AzureRetentionRule", "isDefault", true));
        Map<String, Object> policy = model.customOutputs("azure-native:dataprotection:BackupPolicy", Map.of("vaultName", "v",
                "properties", Map.of("objectType", "BackupPolicy", "datasourceTypes", List.of("blob"), "policyRules", rules))).outputs();
        assertThat(policy).doesNotContainKey("vaultName");
        assertThat(policy.get("properties")).isEqualTo(Map.of("objectType", "BackupPolicy", "datasourceTypes", List.of("blob"),
                "policyRules", rules));
    }

    @Test
    void anAzureNativeTypeTheSdkDoesNotHaveEchoesItsInputsAndSaysSo() {
        Map<String, Object> inputs = Map.of("fooName", "f");

        Modelled modelled = model.customOutputs("azure-native:nosuchmodule:Thing", inputs);
        Modelled wrongCase = model.customOutputs("azure-native:storage:storageAccount", inputs);

        assertThat(modelled.source()).isEqualTo(Source.NOT_DERIVED);
        assertThat(modelled.outputs()).isEqualTo(inputs);
        assertThat(wrongCase.source()).isEqualTo(Source.NOT_DERIVED);
    }

    @Test
    void bridgedResourcesKeepTheirInputsAndAddUnknownComputedProperties() {
        Map<String, Object> inputs = Map.of("name", "shop-api errors", "type", "query alert", "tags", List.of("env:qa"));

        Modelled monitor = model.customOutputs("datadog:index/monitor:Monitor", inputs);
        Modelled integration = model.customOutputs("pagerduty:index/serviceIntegration:ServiceIntegration", Map.of("type", "events_api_v2_inbound_integration"));

        assertThat(monitor.source()).isEqualTo(Source.BRIDGED_SCHEMA);
        assertThat(monitor.outputs()).containsAllEntriesOf(inputs).containsEntry("id", UNKNOWN).hasSize(inputs.size() + 1);
        assertThat(integration.outputs()).containsEntry("type", "events_api_v2_inbound_integration")
                .containsEntry("integrationKey", UNKNOWN).containsEntry("htmlUrl", UNKNOWN);
    }

    @Test
    void componentsHaveExactlyTheirRegisteredOutputs() {
        Map<String, Object> inputs = Map.of("product", Map.of("name", "shop"));

        Modelled before = model.outputs("readiness:index:ReadyService", false, inputs, null);
        Modelled after = model.outputs("readiness:index:ReadyService", false, inputs, Map.of("resourceGroupName", UNKNOWN));

        assertThat(before.outputs()).isEmpty();
        assertThat(after.outputs()).isEqualTo(Map.of("resourceGroupName", UNKNOWN));
        assertThat(after.source()).isEqualTo(Source.REGISTERED);
    }

    @Test
    void otherProvidersEchoTheirInputs() {
        Modelled random = model.customOutputs("random:index/randomId:RandomId", Map.of("byteLength", 8.0));

        assertThat(random.outputs()).isEqualTo(Map.of("byteLength", 8.0));
        assertThat(random.source()).isEqualTo(Source.ECHOED);
    }
}
