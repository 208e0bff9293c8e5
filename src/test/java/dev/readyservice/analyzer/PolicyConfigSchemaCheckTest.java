package dev.readyservice.analyzer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readyservice.review.StructValues;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import pulumirpc.AnalyzerOuterClass;

class PolicyConfigSchemaCheckTest {
    private static final AnalyzerOuterClass.AnalyzerInfo INFO = AnalyzerOuterClass.AnalyzerInfo.newBuilder()
            .addPolicies(FakeAnalyzer.policy("enable-storage-encryption", AnalyzerOuterClass.EnforcementLevel.MANDATORY).toBuilder()
                    .setConfigSchema(AnalyzerOuterClass.PolicyConfigSchema.newBuilder()
                            .setProperties(StructValues.toStruct(Map.of(
                                    "requireCmk", Map.of("type", "boolean"),
                                    "tier", Map.of("type", "string", "enum", List.of("standard", "premium")),
                                    "retentionDays", Map.of("type", List.of("integer", "null")),
                                    "owner", Map.of("type", "string"),
                                    "region", Map.of("type", "string", "default", "westeurope"))))
                            .addRequired("owner")
                            .addRequired("region")))
            .build();

    private static List<String> problems(Map<String, Object> properties) {
        return PolicyConfigSchemaCheck.problems(INFO, new PolicyConfig(Path.of("c.json"),
                Map.of("enable-storage-encryption", new PolicyConfig.Entry(Optional.empty(), properties))));
    }

    @Test
    void acceptsValuesOfTheDeclaredTypesAndUndeclaredExtras() {
        assertThat(problems(Map.of("requireCmk", true, "tier", "premium", "retentionDays", 30, "owner", "sre", "extra", 1))).isEmpty();
    }

    @Test
    void listsEveryProblemWithPropertyValueAndWhatIsAllowed() {
        assertThat(problems(Map.of("requireCmk", "yes", "tier", "gold", "retentionDays", 1.5))).containsExactlyInAnyOrder(
                "policy 'enable-storage-encryption': property 'owner' is required",
                "policy 'enable-storage-encryption': property 'requireCmk' is \"yes\"; allowed: boolean",
                "policy 'enable-storage-encryption': property 'tier' is \"gold\"; allowed: one of [\"standard\", \"premium\"]",
                "policy 'enable-storage-encryption': property 'retentionDays' is 1.5; allowed: integer or null");
    }

    @Test
    void checksArraysObjectsAndNumbers() {
        AnalyzerOuterClass.AnalyzerInfo info = INFO.toBuilder().setPolicies(0, INFO.getPolicies(0).toBuilder()
                .setConfigSchema(AnalyzerOuterClass.PolicyConfigSchema.newBuilder().setProperties(StructValues.toStruct(Map.of(
                        "list", Map.of("type", "array"), "map", Map.of("type", "object"), "n", Map.of("type", "number"),
                        "odd", Map.of("type", "custom")))))).build();
        PolicyConfig good = new PolicyConfig(Path.of("c.json"), Map.of("enable-storage-encryption",
                new PolicyConfig.Entry(Optional.empty(), Map.of("list", List.of(), "map", Map.of(), "n", 2, "odd", "x"))));
        PolicyConfig bad = new PolicyConfig(Path.of("c.json"), Map.of("enable-storage-encryption",
                new PolicyConfig.Entry(Optional.empty(), Map.of("list", "a", "map", List.of(), "n", "2"))));

        assertThat(PolicyConfigSchemaCheck.problems(info, good)).isEmpty();
        assertThat(PolicyConfigSchemaCheck.problems(info, bad)).hasSize(3);
    }

    @Test
    void checksEveryWaiverEntryAgainstTheSchemasItemsAsTheCliDoes() {
        Map<String, Object> waiverSchema = Map.of("type", "object", "required", List.of("reason", "expires"),
                "additionalProperties", false,
                "properties", Map.of("reason", Map.of("type", "string", "minLength", 20),
                        "expires", Map.of("type", "string", "pattern", "^\\d{4}-\\d{2}-\\d{2}$"),
                        "resources", Map.of("type", "array", "minItems", 1, "items", Map.of("type", "string")),
                        "days", Map.of("type", "integer", "minimum", 1, "exclusiveMaximum", 366)));
        AnalyzerOuterClass.AnalyzerInfo info = INFO.toBuilder().setPolicies(0, INFO.getPolicies(0).toBuilder()
                .setConfigSchema(AnalyzerOuterClass.PolicyConfigSchema.newBuilder().setProperties(StructValues.toStruct(Map.of(
                        "waivers", Map.of("type", "array", "items", waiverSchema)))))).build();
        Map<String, Object> good = Map.of("reason", "batch traffic makes anomaly bands meaningless", "expires", "2027-03-31",
                "resources", List.of("shop-*"), "days", 30);
        Map<String, Object> bad = Map.of("reason", "because", "expires", "next year", "resources", List.of(), "days", 366, "owner", "x");

        assertThat(PolicyConfigSchemaCheck.problems(info, config(Map.of("waivers", List.of(good))))).isEmpty();
        assertThat(PolicyConfigSchemaCheck.problems(info, config(Map.of("waivers", List.of(good, "not a waiver", bad, Map.of()))))).containsExactlyInAnyOrder(
                "policy 'enable-storage-encryption': property 'waivers[1]' is \"not a waiver\"; allowed: object",
                "policy 'enable-storage-encryption': property 'waivers[2].reason' is \"because\"; allowed: at least 20 characters",
                "policy 'enable-storage-encryption': property 'waivers[2].expires' is \"next year\"; allowed: text matching ^\\d{4}-\\d{2}-\\d{2}$",
                "policy 'enable-storage-encryption': property 'waivers[2].resources' is a list; allowed: at least 1 entries",
                "policy 'enable-storage-encryption': property 'waivers[2].days' is 366; allowed: less than 366",
                "policy 'enable-storage-encryption': property 'waivers[2].owner' is not allowed; allowed: days, expires, reason, resources",
                "policy 'enable-storage-encryption': property 'waivers[3].reason' is required",
                "policy 'enable-storage-encryption': property 'waivers[3].expires' is required");
    }

    private static PolicyConfig config(Map<String, Object> properties) {
        return new PolicyConfig(Path.of("c.json"), Map.of("enable-storage-encryption", new PolicyConfig.Entry(Optional.empty(), properties)));
    }
}
