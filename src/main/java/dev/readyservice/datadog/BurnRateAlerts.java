package dev.readyservice.datadog;

import com.pulumi.resources.CustomResourceOptions;
import dev.readyservice.datadog.bindings.Monitor;
import dev.readyservice.datadog.bindings.MonitorArgs;
import dev.readyservice.datadog.bindings.inputs.MonitorThresholdsArgs;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Creates the multi-window burn-rate alerts of one SLO ({@code type: slo alert}): fast (1h/5m)
 * and medium (6h/30m) burns page, the slow burn (1d/2h) opens a low-urgency ticket for business
 * hours. Rates follow {@link BurnRateMath#burnRate} for the SLO's timeframe.
 *
 * <p>The query names the SLO id, which is unknown in preview; messages and tags are known
 * strings, so policies relate an alert to its SLO by the {@code slo:} tag.
 */
public final class BurnRateAlerts {

    private BurnRateAlerts() {}

    /** What to do with a burn rate Datadog would reject for the SLO's target. */
    public enum OverLimit {
        /** Throw, naming the rate, the maximum and the lowest target that allows it. */
        REFUSE,
        /** Lower the rate to the maximum and say so in the monitor's message. */
        CLAMP
    }

    /**
     * Registers {@code <prefix>-<sli>-burn-fast}, {@code -burn-medium} and {@code -burn-slow}.
     *
     * @param prefix resource name prefix
     * @param c the component
     * @param slo the SLO to watch
     * @param overLimit whether to refuse or clamp a burn rate above {@code 1 / (1 − target)}
     * @param options options for every monitor, typically {@code parent}
     * @return fast, medium and slow alerts, in that order
     */
    public static List<Monitor> create(String prefix, DatadogComponent c, ServiceLevelObjectives.Slo slo,
            OverLimit overLimit, CustomResourceOptions options) {
        List<Monitor> monitors = new ArrayList<>();
        for (BurnWindow window : BurnWindow.values()) {
            String name = prefix + "-" + slo.sli() + "-burn-" + window.slug();
            monitors.add(new Monitor(name, args(c, slo, window, overLimit), options));
        }
        return List.copyOf(monitors);
    }

    static MonitorArgs args(DatadogComponent c, ServiceLevelObjectives.Slo slo, BurnWindow window, OverLimit overLimit) {
        double target = c.availabilityTargetPercent();
        BigDecimal requested = BurnRateMath.burnRate(c.timeframe(), window);
        var thresholds = MonitorThresholdsArgs.builder();
        String note = "";
        BigDecimal critical;
        if (window.routing() == Routing.PAGE) {
            BurnRateMath.AdjustedBurnRate rate = adjust(requested, target, overLimit);
            critical = rate.applied();
            note = rate.note();
        } else {
            // Business hours: the rate is the warning that reaches PagerDuty; critical, which only
            // notifies the team, sits at the maximum burn rate (every event failing), strictly beyond.
            BurnRateMath.AdjustedBurnRate rate = adjust(requested, target, overLimit);
            critical = BurnRateMath.maxBurnRate(target);
            if (rate.applied().compareTo(critical) >= 0) {
                throw new IllegalArgumentException("slow burn rate " + DecimalText.of(requested) + " leaves no room below "
                        + DecimalText.of(critical) + ", the maximum burn rate for a " + DecimalText.of(target)
                        + "% target; allowed: a target above " + DecimalText.of(BurnRateMath.minimumTargetPercent(requested)) + "%");
            }
            thresholds.warning(DecimalText.of(rate.applied()));
            note = rate.note();
        }
        thresholds.critical(DecimalText.of(critical));
        String summary = c.serviceName() + " (" + c.environment() + "): the " + slo.sli() + " SLO's error budget burns "
                + "{{value}}x too fast over " + window.longWindow() + " (confirmed over " + window.shortWindow() + ").";
        return MonitorArgs.builder()
                .name("[" + c.environment() + "] " + slo.name() + " " + window.slug() + " burn (" + window.longWindow() + "/"
                        + window.shortWindow() + ")")
                .type("slo alert")
                .query(slo.id().applyValue(id -> "burn_rate(\"" + id + "\").over(\"" + c.sloTimeframe() + "\").long_window(\""
                        + window.longWindow() + "\").short_window(\"" + window.shortWindow() + "\") > " + DecimalText.of(critical)))
                .message(MonitorMessages.message(c, slo.alertClass(), window.routing(), summary, note))
                .monitorThresholds(thresholds.build())
                .tags(DatadogTags.burnRateMonitor(c, slo.sli(), slo.name(), window))
                .build();
    }

    private static BurnRateMath.AdjustedBurnRate adjust(BigDecimal requested, double target, OverLimit overLimit) {
        if (overLimit == OverLimit.REFUSE) {
            BurnRateMath.requireAllowed(requested, target);
        }
        return BurnRateMath.clamp(requested, target);
    }
}
