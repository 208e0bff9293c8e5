package dev.readyservice.datadog;

import com.pulumi.resources.CustomResourceOptions;
import dev.readyservice.datadog.bindings.Monitor;
import dev.readyservice.datadog.bindings.MonitorArgs;
import dev.readyservice.datadog.bindings.inputs.MonitorThresholdsArgs;
import dev.readyservice.model.BurnRateMath;
import dev.readyservice.model.BurnWindow;
import dev.readyservice.model.DecimalText;
import dev.readyservice.model.Routing;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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

    /**
     * The thresholds of one burn-rate alert.
     *
     * @param critical the ALERT threshold, also the one in the query
     * @param warning the WARN threshold; set only on business-hours alerts, where it is the one
     *     that reaches PagerDuty
     * @param note empty, or a sentence saying the rate was clamped
     */
    public record BurnThresholds(BigDecimal critical, Optional<BigDecimal> warning, String note) {}

    /**
     * Computes the thresholds of one alert; pure, so the caller can validate before registering.
     *
     * @param c the component
     * @param window the burn window
     * @param overLimit refuse or clamp a rate above {@code 1 / (1 − target)}
     * @return the thresholds
     * @throws IllegalArgumentException when the rate is refused, or when a business-hours alert
     *     has no room for a critical threshold beyond its warning
     */
    public static BurnThresholds thresholds(DatadogComponent c, BurnWindow window, OverLimit overLimit) {
        double target = c.availabilityTarget();
        BigDecimal requested = BurnRateMath.burnRate(c.sloTimeframe(), window);
        BurnRateMath.AdjustedBurnRate rate = overLimit == OverLimit.REFUSE
                ? BurnRateMath.clamp(BurnRateMath.requireAllowed(requested, target), target)
                : BurnRateMath.clamp(requested, target);
        if (window.routing() == Routing.PAGE) {
            return new BurnThresholds(rate.applied(), Optional.empty(), rate.note());
        }
        // Business hours: the rate is the warning that reaches PagerDuty; critical, which only
        // notifies the team, sits at the maximum burn rate (every event failing), strictly beyond.
        BigDecimal critical = BurnRateMath.maxBurnRate(target);
        if (rate.applied().compareTo(critical) >= 0) {
            throw new IllegalArgumentException(window.slug() + " burn rate " + DecimalText.of(requested) + " leaves no room below "
                    + DecimalText.of(critical) + ", the maximum burn rate for a " + DecimalText.of(target)
                    + "% target; allowed: a target above " + DecimalText.of(BurnRateMath.minimumTargetPercent(requested)) + "%");
        }
        return new BurnThresholds(critical, Optional.of(rate.applied()), rate.note());
    }

    /**
     * Checks, without registering anything, that every burn-rate alert of the component can be
     * created; the component calls this while validating its spec.
     *
     * @param c the component
     * @param overLimit refuse or clamp
     * @return one message per alert that cannot be created; empty when all can
     */
    public static List<String> problems(DatadogComponent c, OverLimit overLimit) {
        List<String> problems = new ArrayList<>();
        for (BurnWindow window : BurnWindow.values()) {
            try {
                thresholds(c, window, overLimit);
            } catch (IllegalArgumentException e) {
                problems.add(c.serviceName() + " " + window.slug() + " burn alert: " + e.getMessage());
            }
        }
        return List.copyOf(problems);
    }

    static MonitorArgs args(DatadogComponent c, ServiceLevelObjectives.Slo slo, BurnWindow window, OverLimit overLimit) {
        BurnThresholds burn = thresholds(c, window, overLimit);
        var thresholds = MonitorThresholdsArgs.builder().critical(DecimalText.of(burn.critical()));
        burn.warning().ifPresent(warning -> thresholds.warning(DecimalText.of(warning)));
        String summary = c.serviceName() + " (" + c.environment().id() + "): the " + slo.sli() + " SLO's error budget burns "
                + "{{value}}x too fast over " + window.longWindow() + " (confirmed over " + window.shortWindow() + ").";
        return MonitorArgs.builder()
                .name("[" + c.environment().id() + "] " + slo.name() + " " + window.slug() + " burn (" + window.longWindow() + "/"
                        + window.shortWindow() + ")")
                .type("slo alert")
                .query(slo.id().applyValue(id -> "burn_rate(\"" + id + "\").over(\"" + c.sloTimeframe().wireValue() + "\").long_window(\""
                        + window.longWindow() + "\").short_window(\"" + window.shortWindow() + "\") > " + DecimalText.of(burn.critical())))
                .message(MonitorMessages.message(c, slo.alertClass(), window.routing(), summary, burn.note()))
                .monitorThresholds(thresholds.build())
                .tags(DatadogTags.burnRateMonitor(c, slo.sli(), slo.name(), window))
                .build();
    }
}
