package dev.readyservice.datadog;

import static dev.readyservice.datadog.MockRun.NO_OPTIONS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.pulumi.core.Output;
import com.pulumi.core.internal.Internal;
import dev.readyservice.datadog.bindings.DashboardJson;
import dev.readyservice.datadog.bindings.PagerdutyServiceObject;
import dev.readyservice.datadog.bindings.ServiceDefinitionYaml;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CatalogDashboardAndLinkTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void serviceDefinitionLinksDocsRunbooksAndPagerDuty() throws Exception {
        var entry = MockRun.run(ctx -> ServiceCatalogEntries.create("checkout-api", TestComponents.api(), NO_OPTIONS))
                .named("checkout-api-service-definition");

        assertThat(entry.type()).isEqualTo(ServiceDefinitionYaml.TYPE);
        JsonNode doc = JSON.readTree(entry.string("serviceDefinition"));
        assertThat(doc.get("schema-version").asText()).isEqualTo("v2.2");
        assertThat(doc.get("dd-service").asText()).isEqualTo("checkout-api");
        assertThat(doc.get("team").asText()).isEqualTo("payments");
        assertThat(doc.get("type").asText()).isEqualTo("web");
        assertThat(doc.at("/links/0/type").asText()).isEqualTo("doc");
        assertThat(doc.at("/links/0/url").asText()).isEqualTo("https://docs.example.com/checkout/api");
        assertThat(doc.at("/links/1/type").asText()).isEqualTo("runbook");
        assertThat(doc.at("/links/1/url").asText()).isEqualTo("https://runbooks.example.com/checkout/api");
        assertThat(doc.at("/integrations/pagerduty/service-url").asText()).isEqualTo("https://example.pagerduty.com/service-directory/PABC123");
        assertThat(doc.get("tags").toString()).contains("service:checkout-api", "env:prod");
    }

    @Test
    void workerIsACustomServiceInTheCatalog() throws Exception {
        assertThat(JSON.readTree(ServiceCatalogEntries.definition(TestComponents.worker())).get("type").asText()).isEqualTo("custom");
    }

    @Test
    void dashboardHasAWidgetPerSignalPerComponentAndPerSlo() throws Exception {
        var mocks = MockRun.run(ctx -> {
            var api = TestComponents.api();
            var slos = ServiceLevelObjectives.create("checkout-api", api, NO_OPTIONS);
            ProductDashboard.create("checkout", "checkout", "prod", List.of(api, TestComponents.worker()),
                    List.of(slos.availability(), slos.latency()), NO_OPTIONS);
        });

        var dashboard = mocks.named("checkout-dashboard");
        assertThat(dashboard.type()).isEqualTo(DashboardJson.TYPE);
        JsonNode doc = JSON.readTree(dashboard.string("dashboard"));
        assertThat(doc.get("title").asText()).isEqualTo("checkout (prod): golden signals and SLOs");
        List<String> titles = new ArrayList<>();
        doc.get("widgets").forEach(w -> titles.add(w.at("/definition/type").asText() + " " + w.at("/definition/title").asText()));
        assertThat(titles).containsExactly(
                "timeseries checkout-api latency", "timeseries checkout-api traffic", "timeseries checkout-api errors",
                "timeseries checkout-api saturation", "timeseries checkout-jobs latency", "timeseries checkout-jobs traffic",
                "timeseries checkout-jobs errors", "timeseries checkout-jobs saturation",
                "slo checkout-api-availability", "slo checkout-api-latency");
        assertThat(doc.at("/widgets/8/definition/slo_id").asText()).isEqualTo("checkout-api-availability-slo-id");
        assertThat(doc.at("/widgets/8/definition/time_windows/0").asText()).isEqualTo("30d");
    }

    @Test
    void dashboardWithoutComponentsIsRefused() {
        assertThatThrownBy(() -> ProductDashboard.create("checkout", "checkout", "prod", List.of(), List.of(), NO_OPTIONS))
                .hasMessage("components is empty, allowed: at least one component of checkout");
    }

    @Test
    void pagerDutyLinkRegistersTheServiceAndItsKey() {
        var link = MockRun.run(ctx -> PagerDutyLink.create("checkout-api", "checkout-api", Output.of("routing-key"), NO_OPTIONS))
                .named("checkout-api-pagerduty-link");

        assertThat(link.type()).isEqualTo(PagerdutyServiceObject.TYPE).isEqualTo("datadog:pagerduty/serviceObject:ServiceObject");
        // The mock engine unwraps secrets; secrecy is checked on the args below and on the options in DatadogPluginTest.
        assertThat(link.inputs()).containsEntry("serviceName", "checkout-api").containsEntry("serviceKey", "routing-key");
    }

    @Test
    void integrationKeyIsSecretEvenWhenPassedInPlain() {
        var args = PagerDutyLink.args("checkout-api", Output.of("routing-key"));

        assertThat(Internal.of(args.serviceKey()).isSecret().join()).isTrue();
        assertThat(Internal.of(Output.of("routing-key")).isSecret().join()).isFalse();
    }
}
