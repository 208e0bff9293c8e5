package dev.readyservice.datadog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.readyservice.model.AlertClass;
import dev.readyservice.model.ComponentKind;
import dev.readyservice.model.Routing;
import dev.readyservice.model.SloTimeframe;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DatadogComponentTest {

    @Test
    void validComponentExposesDerivedNames() {
        var c = TestComponents.api();

        assertThat(c.serviceName()).isEqualTo("checkout-api");
        assertThat(c.componentKind()).isEqualTo(ComponentKind.API);
        assertThat(c.timeframe()).isEqualTo(SloTimeframe.DAYS_30);
        assertThat(c.criticality()).isEqualTo("customer-facing");
        assertThat(c.playbookUrl(AlertClass.AVAILABILITY_BURN)).isEqualTo("https://runbooks.example.com/checkout/api/availability-burn.md");
    }

    @Test
    void trailingSlashOfPlaybookBaseIsNotDoubled() {
        var c = new DatadogComponent("checkout", "api", "api", "qa", true, "payments", 99.9, 500, 95, "7d",
                "https://runbooks.example.com/", "https://docs.example.com", "checkout-api", "https://pd.example.com/s",
                Set.of(), 1, "rg", "app", "plan");

        assertThat(c.playbookUrl(AlertClass.LATENCY)).isEqualTo("https://runbooks.example.com/latency.md");
    }

    @Test
    void everyInvalidFieldIsReportedInOneError() {
        assertThatThrownBy(() -> new DatadogComponent("Checkout", "api", "batch", "dev", true, " ", 100, 0, 0, "14d",
                "http://runbooks", null, "", "https://pd", Set.of("latency", "mood"), 0, "", null, ""))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Invalid Datadog component: product is \"Checkout\", allowed: lower-case letters")
                .hasMessageContaining("kind is \"batch\", allowed: api, ui or worker")
                .hasMessageContaining("environment is \"dev\", allowed: qa or prod")
                .hasMessageContaining("team is \" \", allowed: a non-empty value")
                .hasMessageContaining("availabilityTargetPercent is 100.0, allowed: above 0 and below 100")
                .hasMessageContaining("latencyThresholdMillis is 0, allowed: a positive number of milliseconds")
                .hasMessageContaining("latencyPercentile is 0.0")
                .hasMessageContaining("sloTimeframe is \"14d\", allowed: 7d, 30d or 90d")
                .hasMessageContaining("playbookBaseUrl is \"http://runbooks\", allowed: an https:// URL")
                .hasMessageContaining("docsUrl is null")
                .hasMessageContaining("pagerDutyServiceName is \"\"")
                .hasMessageContaining("pageOutOfHours is [")
                .hasMessageContaining("trafficFloorPerMinute is 0.0")
                .hasMessageContaining("azureResourceGroup is \"\"")
                .hasMessageContaining("azureAppName is null")
                .hasMessageContaining("azurePlanName is \"\"");
    }

    @Test
    void onlyAWorkerMayOmitTheAppName() {
        assertThat(TestComponents.worker().azureAppName()).isEmpty();
        assertThatThrownBy(() -> new DatadogComponent("checkout", "api", "api", "prod", true, "payments", 99.9, 500, 95, "30d",
                "https://r", "https://d", "checkout-api", "https://p", Set.of(), 1, "rg", "", "plan"))
                .hasMessage("Invalid Datadog component: azureAppName is \"\", allowed: the web app name (may be empty only for a worker)");
    }

    @Test
    void nullPageOutOfHoursIsReportedNotThrownAsNullPointer() {
        assertThatThrownBy(() -> new DatadogComponent("checkout", "api", "api", "prod", true, "payments", 99.9, 500, 95, "30d",
                "https://r", "https://d", "checkout-api", "https://p", null, 1, "rg", "app", "plan"))
                .hasMessageContaining("pageOutOfHours is null");
    }

    @Test
    void slugsRoundTripAndUnknownSlugsAreEmpty() {
        for (AlertClass c : AlertClass.values()) {
            assertThat(AlertClass.fromId(c.id())).contains(c);
        }
        assertThat(AlertClass.fromId("mood")).isEmpty();
        assertThat(ComponentKind.fromId("worker")).contains(ComponentKind.WORKER);
        assertThat(SloTimeframe.fromWireValue("90d")).contains(SloTimeframe.DAYS_90);
        assertThat(SloTimeframe.DAYS_7.hours()).isEqualTo(168);
        assertThat(Routing.BUSINESS_HOURS.slug()).isEqualTo("business-hours");
    }
}
