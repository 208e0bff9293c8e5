package dev.readyservice.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readyservice.e2e.fixtures.HollowSignalsShop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A hand-written program with labelled but hollow monitors and SLOs ({@link HollowSignalsShop}) is
 * not ready on the monitoring and SLO items, and each message names the resource and what it lacks.
 * One review is shared by the assertions.
 */
class HollowSignalsIT {
    @RegisterExtension
    static final ReviewedShop SHOP = new ReviewedShop(HollowSignalsShop.class, "qa");

    @Test
    void aMonitorTaggedWithEverySignalOnEveryHostsCpuCountsForNone() {
        assertThat(SHOP.failed("monitoring.golden-signals")).hasSize(4).allSatisfy(m -> assertThat(m)
                .startsWith("monitor 'shop-all-signals' is tagged 'golden-signal:")
                .endsWith("its query is not filtered to component 'api' (every metric filter must name service:shop-api)"));
    }

    @Test
    void aMonitorThatOnlyMentionsAnomaliesIsNoAnomalyMonitor() {
        assertThat(SHOP.failed("monitoring.anomaly-alerts")).contains("monitor 'shop-fake-anomaly' is tagged 'golden-signal:latency' but is no "
                + "latency anomaly monitor of component 'api': its type or query does not make it one (a datadog:index/monitor:Monitor of "
                + "type 'query alert' whose query applies anomalies() to the signal's metric)");
    }

    @Test
    void goodEqualToTotalIsNoIndicator() {
        assertThat(SHOP.failed("slo.indicators")).containsExactly("SLO 'shop-api-availability-slo' SLI counts the same events as good and "
                + "as total (numerator = denominator), so it is met whatever happens");
    }

    @Test
    void burnRateAlertsThatCannotFireOrReachNobodyFail() {
        assertThat(SHOP.failed("slo.objectives"))
                .contains("burn-rate alert 'shop-api-burn-never' of SLO 'shop-api-availability' can never fire: its lowest threshold 2000 "
                        + "is not below 1000, the highest burn rate a 99.9% target allows (1 / (1 - target))")
                .anySatisfy(m -> assertThat(m).startsWith("burn-rate alert 'shop-api-burn-nobody' of SLO 'shop-api-availability' "
                        + "notifies no PagerDuty service of the stack (its message names @pagerduty-nobody;"));
    }
}
