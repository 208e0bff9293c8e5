package dev.readyservice.review.outputs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The policy pack's specs shape their fixtures as a real preview's outputs with
 * {@code policy/lib/response-shapes.json}: the response shapes of the azure-native types the pack
 * reads, exported from this model (derived from the SDK's classes). This test keeps the file what
 * the model says; run it with {@code -Dprr.regenerateShapes=true} to rewrite it after an SDK bump
 * or when the file lists another type.
 */
class PackResponseShapesTest {
    private static final Path FILE = Path.of("policy", "lib", "response-shapes.json");
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    @Test
    void thePacksResponseShapesAreTheModels() throws Exception {
        JsonNode committed = JSON.readTree(FILE.toFile());
        List<String> tokens = new ArrayList<>();
        committed.path("resources").fieldNames().forEachRemaining(tokens::add);
        List<String> bridged = new ArrayList<>();
        committed.path("bridged").fieldNames().forEachRemaining(bridged::add);

        Map<String, Object> exported = export(tokens);
        exported.put("bridged", bridged(bridged));
        List<String> echoed = new ArrayList<>();
        committed.path("echoed").forEach(token -> echoed.add(token.asText()));
        exported.put("echoed", echoed(echoed));
        exported.put("examples", examples());

        if (Boolean.getBoolean("prr.regenerateShapes")) {
            Files.writeString(FILE, JSON.writeValueAsString(exported) + "\n");
        }
        assertThat(tokens).isNotEmpty();
        assertThat(JSON.readTree(JSON.writeValueAsString(exported))).as("%s is stale: rerun this test with -Dprr.regenerateShapes=true", FILE)
                .isEqualTo(committed);
    }

    @Test
    void exportsNestedTypesOnceByName() {
        Map<String, Object> exported = export(List.of("azure-native:storage:StorageAccount"));

        @SuppressWarnings("unchecked")
        Map<String, Object> account = (Map<String, Object>) ((Map<String, Object>) exported.get("resources")).get("azure-native:storage:StorageAccount");
        assertThat(account).containsEntry("minimumTlsVersion", "string").containsEntry("allowBlobPublicAccess", "boolean")
                .containsEntry("encryption", Map.of("object", "com.pulumi.azurenative.storage.outputs.EncryptionResponse"));
        assertThat(((Map<?, ?>) exported.get("types")).keySet()).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.COLLECTION).contains("com.pulumi.azurenative.storage.outputs.EncryptionServicesResponse");
    }

    /**
     * Inputs and the outputs this model gives them, one per rule of the model: lib/preview-shape.spec.ts
     * requires the pack's shaping to give the same, so the two implementations cannot drift apart.
     */
    static List<Map<String, Object>> examples() {
        String unknown = dev.readyservice.review.WireValues.UNKNOWN;
        List<Map<String, Object>> examples = new ArrayList<>();
        example(examples, "azure-native:storage:StorageAccount", Map.of("accountName", "a", "resourceGroupName", unknown,
                "allowBlobPublicAccess", "false", "minimumTlsVersion", "TLS1_2", "tags", Map.of("product", "shop"),
                "encryption", Map.of("requireInfrastructureEncryption", true, "services", Map.of("blob", Map.of("enabled", true)), "extra", 1)));
        example(examples, "azure-native:dbforpostgresql:Configuration", Map.of("configurationName", "ssl_min_protocol_version",
                "serverName", "db", "value", "TLSv1.3"));
        example(examples, "azure-native:insights:AutoscaleSetting", Map.of("enabled", true, "notifications", "x", "profiles",
                List.of(Map.of("name", "p", "capacity", Map.of("minimum", "1", "maximum", "4", "default", "1"),
                        "rules", List.of(Map.of("metricTrigger", Map.of("metricName", "Cpu", "threshold", 70)))))));
        example(examples, "azure-native:dataprotection:BackupPolicy", Map.of("vaultName", "v", "properties", Map.of("objectType", "BackupPolicy",
                "datasourceTypes", List.of("blob"), "policyRules", List.of(Map.of("name", "Default", "isDefault", true), "not-an-object"))));
        example(examples, "azure-native:recoveryservices:ProtectionPolicy", Map.of("policyName", "p", "properties", Map.of("any", List.of(1))));
        example(examples, "pagerduty:index/service:Service", Map.of("name", "shop-api", "escalationPolicy", unknown));
        return examples;
    }

    private static void example(List<Map<String, Object>> examples, String type, Map<String, Object> inputs) {
        examples.add(Map.of("type", type, "inputs", inputs, "outputs", PreviewOutputs.standard().customOutputs(type, inputs).outputs()));
    }

    /** The output-only properties of each bridged {@code token}, as the model adds them (unknown). */
    static Map<String, Object> bridged(List<String> tokens) {
        BridgedOutputs outputs = BridgedOutputs.bundled();
        Map<String, Object> out = new TreeMap<>();
        tokens.forEach(token -> out.put(token, outputs.outputOnly(token).orElseThrow(() -> new AssertionError(token + " is not bridged"))));
        return out;
    }

    /**
     * Types outside the pinned provider schemas that the specs use: the model echoes their inputs as
     * outputs ({@link PreviewOutputs.Source#ECHOED}), and so may the specs' fixtures, and only for these.
     */
    static List<String> echoed(List<String> tokens) {
        PreviewOutputs model = PreviewOutputs.standard();
        tokens.forEach(token -> assertThat(model.source(token, true)).as(token + " is modelled, not echoed").isEqualTo(PreviewOutputs.Source.ECHOED));
        return tokens.stream().sorted().toList();
    }

    /** {@code {"about", "resources": {token: {property: shape}}, "types": {name: {property: shape}}}}. */
    static Map<String, Object> export(List<String> tokens) {
        AzureNativeShapes shapes = new AzureNativeShapes(PackResponseShapesTest.class.getClassLoader());
        Map<String, Object> types = new TreeMap<>();
        Map<String, Object> resources = new TreeMap<>();
        for (String token : tokens) {
            Map<String, Shape> properties = shapes.resource(token).orElseThrow(() -> new AssertionError(token + " is not in the SDK"));
            resources.put(token, properties(properties, types));
        }
        Map<String, Object> out = new TreeMap<>();
        out.put("about", "Generated by PackResponseShapesTest from the azure-native Java SDK (review.outputs model): the response"
                + " shapes (and bridged output-only properties) lib/preview-shape.ts uses to give the specs' fixtures a real preview's outputs. Do not edit by hand.");
        out.put("resources", resources);
        out.put("types", types);
        return out;
    }

    private static Map<String, Object> properties(Map<String, Shape> properties, Map<String, Object> types) {
        Map<String, Object> out = new TreeMap<>();
        properties.forEach((name, shape) -> out.put(name, json(shape, types)));
        return out;
    }

    private static Object json(Shape shape, Map<String, Object> types) {
        if (shape instanceof Shape.Scalar scalar) {
            return scalar.kind().name().toLowerCase(java.util.Locale.ROOT);
        }
        if (shape instanceof Shape.ListOf list) {
            return Map.of("list", json(list.items(), types));
        }
        if (shape instanceof Shape.MapOf map) {
            return Map.of("map", json(map.values(), types));
        }
        if (shape instanceof Shape.ObjectOf object) {
            if (!types.containsKey(object.typeName())) {
                types.put(object.typeName(), Map.of());
                types.put(object.typeName(), properties(object.properties().get(), types));
            }
            return Map.of("object", object.typeName());
        }
        return shape instanceof Shape.Union ? "union" : "any";
    }
}
