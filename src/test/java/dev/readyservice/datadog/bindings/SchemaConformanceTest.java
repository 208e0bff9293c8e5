package dev.readyservice.datadog.bindings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.pulumi.core.annotations.Import;
import com.pulumi.core.annotations.ResourceType;
import com.pulumi.core.Output;
import com.pulumi.resources.ResourceArgs;
import dev.readyservice.bindings.ProviderSchema;
import dev.readyservice.datadog.SchemaFixtures;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Holds our generated bindings to the Datadog provider schema we pin, and the values the
 * factories produce to its allowed values. Skipped, with a message, where the shared schema is
 * not checked out beside the clone.
 */
class SchemaConformanceTest {

    private static ProviderSchema schema;

    @BeforeAll
    static void loadSchema() throws IOException {
        schema = ProviderSchema.load("datadog").orElse(null);
    }

    private static void requireSchema() {
        assumeTrue(schema != null, () -> "SKIPPED: Datadog provider schema not found at "
                + ProviderSchema.location("datadog").toAbsolutePath().normalize() + " (check out the shared folder beside the clone)");
    }

    static Stream<Arguments> bindings() {
        return Stream.of(
                Arguments.of(Monitor.class, MonitorArgs.class, "Monitor"),
                Arguments.of(ServiceLevelObjective.class, ServiceLevelObjectiveArgs.class, "ServiceLevelObjective"),
                Arguments.of(ServiceDefinitionYaml.class, ServiceDefinitionYamlArgs.class, "ServiceDefinitionYaml"),
                Arguments.of(DashboardJson.class, DashboardJsonArgs.class, "DashboardJson"),
                Arguments.of(PagerdutyServiceObject.class, PagerdutyServiceObjectArgs.class, "pagerduty.ServiceObject"));
    }

    @ParameterizedTest(name = "{2}")
    @MethodSource("bindings")
    void tokenIsTheSchemasToken(Class<?> resource, Class<? extends ResourceArgs> args, String key) throws Exception {
        requireSchema();
        String token = schema.resource(key).get("token").asText();

        assertThat(resource.getAnnotation(ResourceType.class).type()).isEqualTo(token);
        assertThat(resource.getField("TYPE").get(null)).isEqualTo(token);
    }

    @ParameterizedTest(name = "{2}")
    @MethodSource("bindings")
    void everyImportExistsIsCurrentAndEveryRequiredInputIsImported(Class<?> resource, Class<? extends ResourceArgs> args, String key) {
        requireSchema();

        assertThat(schema.argsProblems(args, key)).isEmpty();
    }

    @Test
    void pinnedPluginVersionIsTheSchemas() {
        requireSchema();

        assertThat(DatadogPlugin.VERSION).isEqualTo(schema.pluginVersion());
    }

    @Test
    void valuesTheFactoriesRegisterAreAllowedBySchema() {
        requireSchema();
        var registrations = SchemaFixtures.everythingRegistered();

        assertThat(registrations).extracting(r -> r.type()).contains(Monitor.TYPE, ServiceLevelObjective.TYPE,
                ServiceDefinitionYaml.TYPE, DashboardJson.TYPE, PagerdutyServiceObject.TYPE);
        assertThat(registrations).allSatisfy(r -> assertThat(schema.inputProblems(r.type(), r.inputs())).as(r.name()).isEmpty());
    }

    @Test
    void camelCasedEnumOrNumericThresholdIsCaught() {
        requireSchema();
        var threshold = Map.<String, Object>of("target", 99.9, "timeframe", "30d");
        var monitor = Map.<String, Object>of("name", "n", "type", "metric alert", "query", "q", "message", "m");

        assertThat(schema.inputProblems(ServiceLevelObjective.TYPE,
                Map.of("name", "n", "type", "timeSlice", "thresholds", List.of(threshold))))
                .containsExactly(ServiceLevelObjective.TYPE + ".type: timeSlice not in [\"metric\",\"monitor\",\"time_slice\"]");
        assertThat(schema.inputProblems(ServiceLevelObjective.TYPE,
                Map.of("name", "n", "type", "metric", "thresholds", List.of(threshold))))
                .isEmpty();
        var withThresholds = new java.util.HashMap<>(monitor);
        withThresholds.put("monitorThresholds", Map.of("critical", 14.4));
        assertThat(schema.inputProblems(Monitor.TYPE, withThresholds))
                .containsExactly(Monitor.TYPE + ".monitorThresholds.critical: 14.4 is not of schema type string");
        withThresholds.put("monitorThresholds", Map.of("critical", "14.4"));
        assertThat(schema.inputProblems(Monitor.TYPE, withThresholds)).isEmpty();
        assertThat(schema.inputProblems(ServiceLevelObjective.TYPE, Map.of("name", "n", "type", "metric",
                "thresholds", List.of(Map.of("target", 99.9, "timeframe", "14d")))))
                .containsExactly(ServiceLevelObjective.TYPE + ".thresholds[0].timeframe: 14d not in [\"7d\",\"30d\",\"90d\",\"custom\"]");
        assertThat(schema.inputProblems("datadog:index/nope:Nope", Map.of()))
                .containsExactly("datadog:index/nope:Nope: no such resource in the schema");
    }

    /** Args that get a name wrong, miss a required input and use a deprecated one. */
    static final class WrongMonitorArgs extends ResourceArgs {
        @Import(name = "criticalThreshold")
        private Output<String> criticalThreshold;
        @Import(name = "newHostDelay")
        private Output<Integer> newHostDelay;
        @Import(name = "query", required = true)
        private Output<String> query;
    }

    @Test
    void unknownMissingAndDeprecatedImportsAreCaught() {
        requireSchema();

        assertThat(schema.argsProblems(WrongMonitorArgs.class, "Monitor")).containsExactlyInAnyOrder(
                "WrongMonitorArgs: required input message is not bound",
                "WrongMonitorArgs: required input name is not bound",
                "WrongMonitorArgs: required input type is not bound",
                "WrongMonitorArgs.criticalThreshold: not an input of the schema",
                "WrongMonitorArgs.newHostDelay: deprecated (Deprecated: prefer newGroupDelay; only set this to force a"
                        + " zero host delay.)");
    }

    @Test
    void checkerWorksWithoutTheSharedFileToo() throws Exception {
        var tiny = ProviderSchema.of(new ObjectMapper().readTree(
                "{\"pluginVersion\":\"1\",\"resources\":{\"X\":{\"token\":\"t:x\",\"inputs\":{\"a\":{\"type\":\"string\",\"allowedValues\":[\"b\"]}}}}}"));

        assertThat(tiny.inputProblems("t:x", Map.of("a", "b"))).isEmpty();
        assertThat(tiny.inputProblems("t:x", Map.of("a", "c", "z", 1))).containsExactlyInAnyOrder(
                "t:x.a: c not in [\"b\"]", "t:x.z: not in the schema");
    }
}
