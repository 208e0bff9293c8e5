package dev.readyservice.datadog;

import static dev.readyservice.datadog.MockRun.NO_OPTIONS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.readyservice.model.AlertClass;
import dev.readyservice.model.DecimalText;
import dev.readyservice.model.Routing;
import dev.readyservice.model.SloTimeframe;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class ComponentMonitoringTest {

    private static ComponentMonitoring.Created create(DatadogComponent c) {
        var created = new AtomicReference<ComponentMonitoring.Created>();
        MockRun.run(ctx -> created.set(ComponentMonitoring.create("checkout-api", c, BurnRateAlerts.OverLimit.REFUSE, NO_OPTIONS)));
        return created.get();
    }

    @Test
    void customerFacingComponentGetsFourteenMonitorsTwoSlosAndACatalogEntry() {
        var created = create(TestComponents.api());

        assertThat(created.monitors()).hasSize(14);
        assertThat(created.burnRateAlerts()).hasSize(6);
        assertThat(created.sloList()).extracting(ServiceLevelObjectives.Slo::name)
                .containsExactly("checkout-api-availability", "checkout-api-latency");
        assertThat(created.serviceDefinition()).isNotNull();
    }

    @Test
    void internalComponentGetsOnlyItsGoldenSignalMonitors() {
        var created = create(TestComponents.withRouting(TestComponents.api(), false, Set.of()));

        assertThat(created.monitors()).hasSize(8);
        assertThat(created.slos()).isEmpty();
        assertThat(created.sloList()).isEmpty();
    }

    @Test
    void burnClassesHaveNoGoldenSignalThreshold() {
        assertThatThrownBy(() -> GoldenSignalThresholds.forSignal(TestComponents.api(), AlertClass.LATENCY_BURN, Routing.PAGE))
                .hasMessage("signal is LATENCY_BURN, allowed: latency, traffic, errors, saturation");
    }

    @Test
    void errorRatioThresholdIsCappedForLowTargets() {
        var lax = TestComponents.withTarget(TestComponents.api(), 90, SloTimeframe.DAYS_30);

        assertThat(GoldenSignalThresholds.forSignal(lax, AlertClass.ERRORS, Routing.PAGE)).isEqualTo(new ThresholdPair(0.5, 0.4));
        assertThat(GoldenSignalThresholds.forSignal(lax, AlertClass.ERRORS, Routing.BUSINESS_HOURS)).isEqualTo(new ThresholdPair(1.0, 0.5));
    }

    @Test
    void decimalTextIsPlainAndShort() {
        assertThat(DecimalText.of(14.4)).isEqualTo("14.4");
        assertThat(DecimalText.of(6.0)).isEqualTo("6");
        assertThat(DecimalText.of(0.0)).isEqualTo("0");
        assertThat(DecimalText.of(1.0E-4)).isEqualTo("0");
        assertThat(DecimalText.of(1000.0)).isEqualTo("1000");
    }
}
