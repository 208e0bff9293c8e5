package dev.readyservice.pagerduty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import com.pulumi.core.Output;
import com.pulumi.core.internal.Internal;
import com.pulumi.resources.ComponentResource;
import com.pulumi.test.PulumiTest;
import com.pulumi.test.TestResult;
import dev.readyservice.testsupport.RecordingMocks;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PagerDutyOnCallTest {

    private static final String SERVICE = "pagerduty:index/service:Service";
    private static final String POLICY = "pagerduty:index/escalationPolicy:EscalationPolicy";
    private static final String DEPENDENCY = "pagerduty:index/serviceDependency:ServiceDependency";

    private final RecordingMocks mocks = RecordingMocks.echoingInputs();
    private final AtomicReference<PagerDutyResources> created = new AtomicReference<>();

    @AfterEach
    void cleanup() {
        PulumiTest.cleanup();
    }

    private TestResult run(PagerDutyProduct product) {
        var result = PulumiTest.withMocks(mocks).runTest(ctx -> {
            var parent = new ComponentResource("readiness:index:ReadyService", "shop");
            created.set(PagerDutyOnCall.create("shop", product, parent));
        });
        assertThat(result.exceptions()).isEmpty();
        assertThat(result.errors()).isEmpty();
        return result;
    }

    @Test
    void apiAndUiAreSeparateTechnicalServices() {
        run(Fixtures.checkout());

        assertThat(mocks.ofType(SERVICE))
                .extracting(r -> r.at("name"))
                .containsExactlyInAnyOrder("checkout-api", "checkout-ui", "checkout-worker");
        assertThat(created.get().technicalServices())
                .extracting(TechnicalService::component, TechnicalService::serviceName)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("api", "checkout-api"),
                        org.assertj.core.groups.Tuple.tuple("ui", "checkout-ui"),
                        org.assertj.core.groups.Tuple.tuple("worker", "checkout-worker"));
    }

    @Test
    void oneComponentGetsExactlyOneServiceAndOneDependency() {
        var product = Fixtures.checkout();
        run(new PagerDutyProduct(product.product(), product.team(), product.businessServiceName(),
                product.environment(), product.escalation(), product.supportHours(), List.of(Fixtures.UI)));

        assertThat(mocks.ofType(SERVICE)).extracting(r -> r.at("name")).containsExactly("checkout-ui");
        assertThat(mocks.ofType(DEPENDENCY)).hasSize(1);
        assertThat(created.get().resourceCount()).isEqualTo(6);
    }

    @Test
    void everyServiceUsesTheProductEscalationPolicy() {
        run(Fixtures.checkout());

        assertThat(mocks.ofType(SERVICE))
                .extracting(r -> r.at("escalationPolicy"))
                .containsOnly("shop-escalation-policy-id")
                .hasSize(3);
    }

    @Test
    void outOfHoursUrgencyFollowsSeverity() {
        run(Fixtures.checkout());

        assertThat(mocks.ofType(SERVICE)).allSatisfy(service -> {
            assertThat(service.at("incidentUrgencyRule")).isEqualTo(Map.of(
                    "type", "use_support_hours",
                    "duringSupportHours", Map.of("type", "constant", "urgency", "high"),
                    "outsideSupportHours", Map.of("type", "constant", "urgency", "severity_based")));
            // Scheduled actions are only allowed with a low outside-hours urgency; we send none.
            assertThat(service.inputs()).doesNotContainKey("scheduledActions");
        });
    }

    @Test
    void supportHoursReachEveryServiceInWireForm() {
        run(Fixtures.checkout());

        assertThat(mocks.ofType(SERVICE)).allSatisfy(service -> assertThat(service.at("supportHours"))
                .isEqualTo(Map.of(
                        "type", "fixed_time_per_day",
                        "timeZone", "Europe/Berlin",
                        "daysOfWeeks", List.of(1.0, 2.0, 3.0, 4.0, 5.0),
                        "startTime", "09:00:00",
                        "endTime", "17:30:00")));
    }

    @Test
    void timeoutsAreSecondsWrittenAsStrings() {
        run(Fixtures.checkout());

        var api = mocks.named("shop-api-service");
        // The schema types both as strings; a number would be rejected by the provider.
        assertThat(api.at("autoResolveTimeout")).isInstanceOf(String.class).isEqualTo("14400");
        assertThat(api.at("acknowledgementTimeout")).isInstanceOf(String.class).isEqualTo("1800");
    }

    @Test
    void escalationPolicyCarriesEveryLevelTargetAndLoop() {
        run(Fixtures.checkout());

        var policy = mocks.named("shop-escalation-policy");
        assertThat(policy.type()).isEqualTo(POLICY);
        assertThat(policy.at("numLoops")).isEqualTo(2.0);
        assertThat(policy.at("rules")).isEqualTo(List.of(
                Map.of("escalationDelayInMinutes", 10.0,
                        "targets", List.of(Map.of("type", "schedule_reference", "id", "PSCHED1"))),
                Map.of("escalationDelayInMinutes", 30.0,
                        "targets", List.of(
                                Map.of("type", "schedule_reference", "id", "PSCHED2"),
                                Map.of("type", "user_reference", "id", "PUSER9")))));
    }

    @Test
    void escalationPolicyTeamIsOneTeamIdNotAList() {
        run(Fixtures.checkout());

        assertThat(mocks.named("shop-escalation-policy").at("teams"))
                .isInstanceOf(String.class)
                .isEqualTo("shop-team-id");
        assertThat(mocks.named("shop-team").inputs()).containsEntry("name", "Checkout Team");
    }

    @Test
    void eachServiceHasADatadogEventsApiIntegration() {
        run(Fixtures.checkout());

        assertThat(mocks.ofType(RecordingMocks.SERVICE_INTEGRATION))
                .extracting(RecordingMocks.Registration::inputs)
                .containsExactlyInAnyOrder(
                        Map.of("name", "Datadog", "service", "shop-api-service-id",
                                "type", "events_api_v2_inbound_integration"),
                        Map.of("name", "Datadog", "service", "shop-ui-service-id",
                                "type", "events_api_v2_inbound_integration"),
                        Map.of("name", "Datadog", "service", "shop-worker-service-id",
                                "type", "events_api_v2_inbound_integration"));
    }

    @Test
    void integrationKeyIsSecret() {
        run(Fixtures.checkout());

        var api = created.get().technicalService("api").orElseThrow();
        assertThat(PulumiTest.extractValue(api.integrationKey())).isEqualTo("shop-api-datadog-integration-key");
        assertThat(isSecret(api.integrationKey())).isTrue();
        // The mock returns the key in plain state, so the secrecy comes from our binding; a sibling
        // output that is not a key stays plain.
        assertThat(isSecret(api.service().htmlUrl())).isFalse();
    }

    @Test
    void businessServiceDependsOnEveryTechnicalService() {
        run(Fixtures.checkout());

        assertThat(mocks.ofType(DEPENDENCY))
                .extracting(r -> r.at("dependency"))
                // Registrations run concurrently, so their order is not the program's order.
                .containsExactlyInAnyOrder(
                        dependency("shop-api-service-id"),
                        dependency("shop-ui-service-id"),
                        dependency("shop-worker-service-id"));
        assertThat(created.get().dependencies()).hasSize(3);
    }

    private static Map<String, Object> dependency(String supportingId) {
        return Map.of(
                "dependentServices", List.of(Map.of("id", "shop-business-service-id", "type", "business_service")),
                "supportingServices", List.of(Map.of("id", supportingId, "type", "service")));
    }

    @Test
    void businessServiceIsOwnedByTheTeamWithoutTheDeprecatedType() {
        run(Fixtures.checkout());

        var business = mocks.named("shop-business-service");
        assertThat(business.inputs())
                .containsEntry("name", "Checkout")
                .containsEntry("team", "shop-team-id")
                .doesNotContainKey("type");
    }

    @Test
    void descriptionsTellRespondersTheBlastRadius() {
        run(Fixtures.checkout());

        assertThat(mocks.named("shop-api-service").at("description"))
                .isEqualTo("api, customer-facing, prod: Checkout REST API. Managed by ReadyService.");
        assertThat(mocks.named("shop-worker-service").at("description"))
                .isEqualTo("worker, internal, prod: Order export jobs. Managed by ReadyService.");
    }

    @Test
    void everyResourceIsAChildOfTheCallersComponent() {
        var result = run(Fixtures.checkout());

        var pagerDutyUrns = result.resources().stream()
                .map(resource -> PulumiTest.extractValue(resource.urn()))
                .filter(urn -> urn.contains("pagerduty:"))
                .toList();
        assertThat(pagerDutyUrns)
                .hasSize(12)
                .allSatisfy(urn -> assertThat(urn).contains("$readiness:index:ReadyService$pagerduty:"));
    }

    @Test
    void logicalNamesArePrefixedWithThePurpose() {
        run(Fixtures.checkout());

        assertThat(mocks.registrations())
                .extracting(RecordingMocks.Registration::name)
                .containsExactlyInAnyOrder("shop", "shop-team", "shop-escalation-policy",
                        "shop-api-service", "shop-api-datadog-integration",
                        "shop-ui-service", "shop-ui-datadog-integration",
                        "shop-worker-service", "shop-worker-datadog-integration",
                        "shop-business-service",
                        "shop-api-dependency", "shop-ui-dependency", "shop-worker-dependency");
    }

    @Test
    void resourceCountMatchesWhatWasRegistered() {
        run(Fixtures.checkout());

        long registered = mocks.registrations().stream().filter(r -> r.type().startsWith("pagerduty:")).count();
        assertThat(created.get().resourceCount()).isEqualTo(registered).isEqualTo(12);
        assertThat(created.get().technicalService("worker")).isPresent();
        assertThat(created.get().technicalService("billing")).isEmpty();
    }

    @Test
    void missingArgumentsAreNamed() {
        assertThatNullPointerException()
                .isThrownBy(() -> PagerDutyOnCall.create(null, Fixtures.checkout(), null))
                .withMessage("prefix");
        assertThatNullPointerException()
                .isThrownBy(() -> PagerDutyOnCall.create("shop", null, null))
                .withMessage("product");
        assertThatNullPointerException()
                .isThrownBy(() -> PagerDutyOnCall.create("shop", Fixtures.checkout(), null))
                .withMessage("parent");
    }

    private static boolean isSecret(Output<?> output) {
        return Internal.of(output).isSecret().join();
    }
}
