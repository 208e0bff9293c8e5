package dev.readyservice.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.readyservice.e2e.fixtures.HandWrittenShop;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A hand-written Pulumi Java program that does not use ReadyService ({@link HandWrittenShop}) is
 * reviewed end to end like any other: it is not ready, every item its evidence is missing for fails
 * with a message saying what is missing, and the few items that pass are backed by its resources.
 * One review is shared by the assertions.
 */
class HandWrittenProgramIT {
    @RegisterExtension
    static final ReviewedShop SHOP = new ReviewedShop(HandWrittenShop.class, "qa");

    @Test
    void itIsNotReady() {
        assertThat(SHOP.run().exitCode()).as(SHOP.run().toString()).isEqualTo(1);
        assertThat(SHOP.run().json().get("verdict").asText()).isEqualTo("not-ready");
        assertThat(SHOP.run().out()).contains("PRR review of shop (stack qa): NOT-READY");
    }

    @Test
    void onlyItemsItsResourcesProvePass() {
        Set<String> passing = new TreeSet<>();
        SHOP.run().statuses().forEach((id, status) -> {
            if (status.equals("pass")) {
                passing.add(id);
            }
        });
        // TLS: the storage account sets the highest floor the storage API allows (a documented platform
        // limit); Pulumi: the stack has resources. QA environment: there is no Pulumi.prod.yaml to
        // compare Pulumi.qa.yaml with, so it is not measured rather than passed.
        assertThat(passing).containsExactly("quality.pulumi", "security.tls-in-transit");
        assertThat(SHOP.run().statuses()).containsEntry("quality.qa-environment", "not-measured");
        assertThat(SHOP.run().item("security.tls-in-transit").get("findings")).singleElement()
                .satisfies(f -> assertThat(f.get("outcome").asText()).isEqualTo("platform-limit"));
        assertThat(names(SHOP.run().item("security.tls-in-transit").get("evidence"))).containsExactly("shop-storage");
        assertThat(names(SHOP.run().item("quality.pulumi").get("evidence"))).containsExactlyInAnyOrder("shop-rg", "shop-storage",
                "shop-api-latency");
    }

    @Test
    void everyItemWithoutEvidenceFailsAndEverySignOffIsMissing() {
        Map<String, String> statuses = SHOP.run().statuses();
        assertThat(SHOP.run().blockingItems()).containsExactlyInAnyOrder(
                "slo.objectives", "slo.indicators", "monitoring.golden-signals", "monitoring.anomaly-alerts",
                "pagerduty.technical-services", "pagerduty.business-services", "pagerduty.escalation", "support.out-of-hours",
                "security.backups", "security.encryption-at-rest", "capacity.plan", "capacity.headroom", "capacity.autoscaling",
                "tech.documentation", "tech.playbooks",
                "customer.onboarding", "customer.first-line", "customer.success", "tech.handover", "tech.change-management",
                "tech.team-handover");
        assertThat(statuses).containsEntry("tech.handover", "missing-sign-off").containsEntry("slo.objectives", "fail");
    }

    @Test
    void theSloFailureSaysWhatIsMissing() {
        assertThat(SHOP.run().messages("slo.objectives")).anySatisfy(m -> assertThat(m)
                .startsWith("customer-facing component 'api' has no availability SLO (a "
                        + "datadog:index/serviceLevelObjective:ServiceLevelObjective of type 'metric' whose denominator counts the component's requests"));
    }

    @Test
    void theGoldenSignalFailureNamesTheSignalsWithoutAMonitorAndTheMonitorNotScopedToItsComponent() {
        // Its latency monitor filters on the whole resource group, not on the component's service or resources.
        assertThat(SHOP.run().messages("monitoring.golden-signals")).hasSize(4)
                .anySatisfy(m -> assertThat(m).contains("golden signal 'traffic'"))
                .anySatisfy(m -> assertThat(m).contains("golden signal 'errors'"))
                .anySatisfy(m -> assertThat(m).contains("golden signal 'saturation'"))
                .contains("monitor 'shop-api-latency' is tagged 'golden-signal:latency' but is no latency threshold monitor of component "
                        + "'api': its query is not filtered to component 'api' (every metric filter must name service:shop-api)");
        assertThat(SHOP.run().messages("security.backups")).singleElement().satisfies(m -> assertThat(m).contains("'shop-storage' is not covered by a backup"));
    }

    @Test
    void aRoutingPageLabelWithoutAnIntegrationPagesNoOneAndAPlaceholderIsNoPlaybook() {
        // The monitor is tagged routing:page and names @pagerduty-shop-api, but the stack has no Datadog
        // service object or PagerDuty integration: the label proves nothing (docs/evidence.md, "Paging").
        assertThat(SHOP.run().messages("support.out-of-hours")).contains("monitor 'shop-api-latency' notifies '@pagerduty-shop-api', but no "
                + "datadog:pagerduty/serviceObject:ServiceObject in the stack registers service name 'shop-api', so the alert reaches no "
                + "PagerDuty service");
        assertThat(SHOP.run().messages("tech.playbooks")).contains("monitor 'shop-api-latency' message has no 'Playbook: <url>' line");
        assertThat(SHOP.run().messages("capacity.autoscaling")).contains(
                "component 'api' has no autoscale setting whose targetResourceUri refers to its App Service plan (or other compute resource)");
    }

    private static Set<String> names(JsonNode evidence) {
        Set<String> names = new TreeSet<>();
        evidence.forEach(e -> names.add(e.get("name").asText()));
        return names;
    }
}
