package dev.readyservice.datadog;

import static dev.readyservice.datadog.MockRun.NO_OPTIONS;
import static org.assertj.core.api.Assertions.assertThat;

import dev.readyservice.model.BurnWindow;
import dev.readyservice.model.SloTimeframe;
import dev.readyservice.testsupport.RecordingMocks;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BurnRateAlertsTest {

    private static RecordingMocks create(DatadogComponent c, BurnRateAlerts.OverLimit overLimit) {
        return MockRun.run(ctx -> {
            var slos = ServiceLevelObjectives.create("checkout-api", c, NO_OPTIONS);
            BurnRateAlerts.create("checkout-api", c, slos.availability(), overLimit, NO_OPTIONS);
        });
    }

    @Test
    void fastBurnPagesAt14Point4OverAnHourConfirmedOverFiveMinutes() {
        var fast = create(TestComponents.api(), BurnRateAlerts.OverLimit.REFUSE).named("checkout-api-availability-burn-fast");

        assertThat(fast.string("type")).isEqualTo("slo alert");
        assertThat(fast.string("query")).isEqualTo(
                "burn_rate(\"checkout-api-availability-slo-id\").over(\"30d\").long_window(\"1h\").short_window(\"5m\") > 14.4");
        assertThat(fast.map("monitorThresholds")).containsEntry("critical", "14.4").doesNotContainKey("warning");
        assertThat(fast.strings("tags")).contains("monitor-kind:burn-rate", "routing:page", "slo:checkout-api-availability",
                "burn-window:1h-5m", "sli:availability");
        assertThat(fast.string("message")).contains("Playbook: https://runbooks.example.com/checkout/api/availability-burn.md");
    }

    @Test
    void mediumBurnPagesAtSixOverSixHours() {
        var medium = create(TestComponents.api(), BurnRateAlerts.OverLimit.REFUSE).named("checkout-api-availability-burn-medium");

        assertThat(medium.string("query")).endsWith(".long_window(\"6h\").short_window(\"30m\") > 6");
        assertThat(medium.strings("tags")).contains("routing:page", "burn-window:6h-30m");
    }

    @Test
    void slowBurnOpensATicketNotAPage() {
        var slow = create(TestComponents.api(), BurnRateAlerts.OverLimit.REFUSE).named("checkout-api-availability-burn-slow");

        assertThat(slow.strings("tags")).contains("routing:business-hours", "burn-window:1d-2h").doesNotContain("routing:page");
        // The ticket threshold is the warning; critical (team only) is the maximum burn rate, 1 / (1 - 0.999).
        assertThat(slow.map("monitorThresholds")).containsEntry("warning", "3").containsEntry("critical", "1000");
        assertThat(slow.string("query")).endsWith(".long_window(\"1d\").short_window(\"2h\") > 1000");
        assertThat(slow.string("message")).contains("{{#is_warning}}@pagerduty-checkout-api{{/is_warning}}")
                .contains("{{#is_alert}}@team-payments{{/is_alert}}");
    }

    @Test
    void sevenDaySloUsesTheSevenDayRates() {
        var c = TestComponents.withTarget(TestComponents.api(), 99.9, SloTimeframe.DAYS_7);
        var mocks = create(c, BurnRateAlerts.OverLimit.REFUSE);

        assertThat(mocks.named("checkout-api-availability-burn-fast").string("query")).contains(".over(\"7d\")").endsWith("> 16.8");
        assertThat(mocks.named("checkout-api-availability-burn-medium").string("query")).endsWith("> 5.6");
        assertThat(mocks.named("checkout-api-availability-burn-slow").map("monitorThresholds")).containsEntry("warning", "2.8");
    }

    @Test
    void targetTooLowForTheFastPageIsRefusedWithTheMinimumTarget() {
        var c = TestComponents.withTarget(TestComponents.api(), 90, SloTimeframe.DAYS_30);
        var mocks = RecordingMocks.echoingInputs();
        var result = MockRun.runRaw(mocks, ctx -> {
            var slos = ServiceLevelObjectives.create("checkout-api", c, NO_OPTIONS);
            BurnRateAlerts.create("checkout-api", c, slos.availability(), BurnRateAlerts.OverLimit.REFUSE, NO_OPTIONS);
        });

        assertThat(result.exceptions()).anySatisfy(e -> assertThat(e).hasMessageContaining(
                "burn rate 14.4 is above 10, the maximum Datadog accepts for an SLO target of 90%")
                .hasMessageContaining("a target below 93.056% can never fire this alert"));
        assertThat(mocks.ofType("datadog:index/monitor:Monitor")).isEmpty();
    }

    @Test
    void clampedBurnRateIsLoweredToTheMaximumAndSaysSo() {
        var c = TestComponents.withTarget(TestComponents.api(), 90, SloTimeframe.DAYS_30);
        var fast = create(c, BurnRateAlerts.OverLimit.CLAMP).named("checkout-api-availability-burn-fast");

        assertThat(fast.map("monitorThresholds")).containsEntry("critical", "10");
        assertThat(fast.string("query")).endsWith("> 10");
        assertThat(fast.string("message")).contains("Burn rate lowered from 14.4 to 10, the maximum Datadog accepts for a 90% target");
    }

    @Test
    void slowBurnWithNoRoomBelowTheMaximumIsRefusedEvenWhenClamping() {
        // 66% target: maximum burn rate 2.941 is below the slow 3x ticket, so nothing sits beyond it.
        var c = TestComponents.withTarget(TestComponents.api(), 66, SloTimeframe.DAYS_30);
        var result = MockRun.runRaw(RecordingMocks.echoingInputs(), ctx -> {
            var slos = ServiceLevelObjectives.create("checkout-api", c, NO_OPTIONS);
            BurnRateAlerts.create("checkout-api", c, slos.availability(), BurnRateAlerts.OverLimit.CLAMP, NO_OPTIONS);
        });

        assertThat(result.exceptions()).anySatisfy(e -> assertThat(e)
                .hasMessageContaining("slow burn rate 3 leaves no room below 2.941"));
    }

    @Test
    void problemsListEveryAlertTheTargetCannotCarryBeforeAnythingIsRegistered() {
        var ninety = TestComponents.withTarget(TestComponents.api(), 90, SloTimeframe.DAYS_30);
        var sixtySix = TestComponents.withTarget(TestComponents.api(), 66, SloTimeframe.DAYS_30);

        assertThat(BurnRateAlerts.problems(TestComponents.api(), BurnRateAlerts.OverLimit.REFUSE)).isEmpty();
        assertThat(BurnRateAlerts.problems(ninety, BurnRateAlerts.OverLimit.REFUSE)).singleElement().asString()
                .startsWith("checkout-api fast burn alert: burn rate 14.4 is above 10");
        assertThat(BurnRateAlerts.problems(ninety, BurnRateAlerts.OverLimit.CLAMP)).isEmpty();
        assertThat(BurnRateAlerts.problems(sixtySix, BurnRateAlerts.OverLimit.CLAMP)).singleElement().asString()
                .startsWith("checkout-api slow burn alert: slow burn rate 3 leaves no room below 2.941");
        assertThat(BurnRateAlerts.problems(sixtySix, BurnRateAlerts.OverLimit.REFUSE)).hasSize(3);
    }

    @Test
    void pageAlertsHaveNoWarningAndTheTicketAlertHasOne() {
        var fast = BurnRateAlerts.thresholds(TestComponents.api(), BurnWindow.FAST, BurnRateAlerts.OverLimit.REFUSE);
        var slow = BurnRateAlerts.thresholds(TestComponents.api(), BurnWindow.SLOW, BurnRateAlerts.OverLimit.REFUSE);

        assertThat(fast.warning()).isEmpty();
        assertThat(fast.critical()).isEqualByComparingTo("14.4");
        assertThat(slow.warning()).hasValueSatisfying(w -> assertThat(w).isEqualByComparingTo("3"));
        assertThat(slow.critical()).isEqualByComparingTo("1000");
    }

    @Test
    void internalComponentGetsNoSlosAndNoBurnAlerts() {
        var internal = TestComponents.withRouting(TestComponents.api(), false, Set.of());
        var mocks = MockRun.run(ctx -> ComponentMonitoring.create("checkout-api", internal, BurnRateAlerts.OverLimit.REFUSE, NO_OPTIONS));

        assertThat(mocks.ofType("datadog:index/serviceLevelObjective:ServiceLevelObjective")).isEmpty();
        assertThat(mocks.ofType("datadog:index/monitor:Monitor")).hasSize(8);
    }
}
