package dev.readyservice.pagerduty;

import static org.assertj.core.api.Assertions.assertThat;

import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ResourceArgs;
import com.pulumi.test.PulumiTest;
import dev.readyservice.bindings.ProviderSchema;
import dev.readyservice.pagerduty.binding.BusinessService;
import dev.readyservice.pagerduty.binding.BusinessServiceArgs;
import dev.readyservice.pagerduty.binding.EscalationPolicy;
import dev.readyservice.pagerduty.binding.EscalationPolicyArgs;
import dev.readyservice.pagerduty.binding.PagerDutyPlugin;
import dev.readyservice.pagerduty.binding.Service;
import dev.readyservice.pagerduty.binding.ServiceArgs;
import dev.readyservice.pagerduty.binding.ServiceDependency;
import dev.readyservice.pagerduty.binding.ServiceDependencyArgs;
import dev.readyservice.pagerduty.binding.ServiceIntegration;
import dev.readyservice.pagerduty.binding.ServiceIntegrationArgs;
import dev.readyservice.pagerduty.binding.Team;
import dev.readyservice.pagerduty.binding.TeamArgs;
import dev.readyservice.pagerduty.binding.inputs.ServiceSupportHoursArgs;
import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import dev.readyservice.testsupport.RecordingMocks;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.annotation.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Checks every binding, and the inputs our factories actually send, against the provider schema
 * in {@code ../shared/provider-schemas/pagerduty.json}. Skipped, visibly, where that file is absent.
 */
class SchemaConformanceTest {

    private ProviderSchema schema;

    @BeforeEach
    void loadSchema() throws IOException {
        var loaded = ProviderSchema.load("pagerduty");
        Assumptions.assumeTrue(loaded.isPresent(),
                "PagerDuty schema conformance skipped: " + ProviderSchema.location("pagerduty").toAbsolutePath()
                        + " not found (CI keeps ../shared beside the clone)");
        schema = loaded.get();
    }

    @AfterEach
    void cleanup() {
        PulumiTest.cleanup();
    }

    static Stream<Arguments> bindings() {
        return Stream.of(
                Arguments.of("Team", Team.class, TeamArgs.class),
                Arguments.of("EscalationPolicy", EscalationPolicy.class, EscalationPolicyArgs.class),
                Arguments.of("Service", Service.class, ServiceArgs.class),
                Arguments.of("ServiceIntegration", ServiceIntegration.class, ServiceIntegrationArgs.class),
                Arguments.of("BusinessService", BusinessService.class, BusinessServiceArgs.class),
                Arguments.of("ServiceDependency", ServiceDependency.class, ServiceDependencyArgs.class));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bindings")
    void tokenMatchesTheSchema(String name, Class<?> binding, Class<? extends ResourceArgs> args) {
        assertThat(schema.tokenProblems(binding, name)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bindings")
    void everyImportIsASchemaInputOfTheRightKindAndNoneIsDeprecated(
            String name, Class<?> binding, Class<? extends ResourceArgs> args) {
        assertThat(schema.argsProblems(args, name)).isEmpty();
    }

    @Test
    void aBindingOfTheWrongResourceIsCaught() {
        assertThat(schema.tokenProblems(Team.class, "Service"))
                .containsExactly("Team: token pagerduty:index/team:Team, schema has pagerduty:index/service:Service");
        assertThat(schema.argsProblems(TeamArgs.class, "Service"))
                .containsExactly("TeamArgs: required input escalationPolicy is not bound");
    }

    /** The traps of provider-schemas/README.md, bound the wrong way. */
    static final class TrappedArgs extends ResourceArgs {
        @Import(name = "daysOfWeek") private @Nullable Output<List<Integer>> daysOfWeek;
        @Import(name = "teams") private @Nullable Output<List<String>> teams;
        @Import(name = "autoResolveTimeout") private @Nullable Output<Integer> autoResolveTimeout;
        @Import(name = "alertCreation") private @Nullable Output<String> alertCreation;
        @Import(name = "supportHours") private @Nullable Output<ServiceSupportHoursArgs> supportHours;
    }

    @Test
    void theSchemaTrapsAreCaught() {
        assertThat(schema.argsProblems(TrappedArgs.class, "Service")).containsExactlyInAnyOrder(
                "TrappedArgs.daysOfWeek: not an input of the schema",
                "TrappedArgs.teams: not an input of the schema",
                "TrappedArgs.autoResolveTimeout: bound as Integer, schema type string",
                "TrappedArgs.alertCreation: deprecated (Deprecated upstream (description only, no schema flag): "
                        + "all services use alerts and incidents; leave unset.)",
                "TrappedArgs: required input escalationPolicy is not bound");
        assertThat(schema.argsProblems(TrappedArgs.class, "EscalationPolicy"))
                .contains("TrappedArgs.teams: bound as a list, schema type string");
    }

    @Test
    void pluginVersionIsTheSchemaVersion() {
        assertThat(PagerDutyPlugin.VERSION).isEqualTo(schema.pluginVersion()).isEqualTo("4.34.0");
    }

    @Test
    void everyValueTheFactoriesSendIsAllowedByTheSchema() {
        var mocks = RecordingMocks.echoingInputs();
        PulumiTest.withMocks(mocks).runTest(ctx -> PagerDutyOnCall.create(
                "shop", Fixtures.checkout(), new ComponentResource("readiness:index:ReadyService", "shop")))
                .throwOnError();

        var pagerDuty = mocks.registrations().stream().filter(r -> r.type().startsWith("pagerduty:")).toList();
        assertThat(pagerDuty).hasSize(12);
        assertThat(pagerDuty).allSatisfy(r -> assertThat(schema.inputProblems(r.type(), r.inputs())).isEmpty());
    }

    @Test
    void aValueOutsideAllowedValuesIsCaught() {
        var problems = schema.inputProblems("pagerduty:index/service:Service", Map.of(
                "escalationPolicy", "P1",
                "incidentUrgencyRule", Map.of("type", "use_support_hours",
                        "outsideSupportHours", Map.of("type", "constant", "urgency", "urgent")),
                "supportHours", Map.of("daysOfWeeks", List.of(1.0, 8.0), "type", "fixed_time_per_day"),
                "acknowledgementTimeout", 1800.0));

        assertThat(problems).containsExactlyInAnyOrder(
                "pagerduty:index/service:Service.incidentUrgencyRule.outsideSupportHours.urgency: urgent not in "
                        + "[\"high\",\"low\",\"severity_based\"]",
                "pagerduty:index/service:Service.supportHours.daysOfWeeks[1]: 8.0 not in [1,2,3,4,5,6,7]",
                "pagerduty:index/service:Service.acknowledgementTimeout: 1800.0 is not of schema type string");
    }

    @Test
    void missingRequiredAndUnknownInputsAreCaught() {
        assertThat(schema.inputProblems("pagerduty:index/serviceDependency:ServiceDependency", Map.of(
                "dependency", Map.of("supportingServices", List.of(Map.of("id", "P1"))))))
                .containsExactlyInAnyOrder(
                        "pagerduty:index/serviceDependency:ServiceDependency.dependency.supportingServices[0].type: "
                                + "required property missing",
                        "pagerduty:index/serviceDependency:ServiceDependency.dependency.dependentServices: "
                                + "required property missing");
        assertThat(schema.inputProblems("pagerduty:index/businessService:BusinessService", Map.of("type", "x")))
                .containsExactly("pagerduty:index/businessService:BusinessService.type: deprecated");
        assertThat(schema.inputProblems("pagerduty:index/nope:Nope", Map.of()))
                .containsExactly("pagerduty:index/nope:Nope: no such resource in the schema");
        assertThat(schema.inputProblems("pagerduty:index/service:Service", Map.of("daysOfWeek", List.of())))
                .containsExactlyInAnyOrder(
                        "pagerduty:index/service:Service: required input escalationPolicy missing",
                        "pagerduty:index/service:Service.daysOfWeek: not in the schema");
    }
}
