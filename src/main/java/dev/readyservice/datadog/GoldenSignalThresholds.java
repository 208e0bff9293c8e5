package dev.readyservice.datadog;

import dev.readyservice.model.AlertClass;
import dev.readyservice.model.Routing;

/**
 * Thresholds of the golden-signal threshold monitors; every default lives here.
 *
 * <p>Each signal has one <em>meaningful</em> threshold:
 * <ul>
 *   <li>latency: {@code latencyThresholdMillis} in seconds;</li>
 *   <li>traffic: {@code trafficFloorPerMinute} × 15, requests in the 15-minute window (alerts below);</li>
 *   <li>errors: ten times the error budget as a ratio ({@code 10 × (1 − target)}, at most 0.5),
 *       e.g. 1% of requests failing for a 99.9% target;</li>
 *   <li>saturation: 80% plan CPU.</li>
 * </ul>
 * A {@link Routing#PAGE page} monitor alerts at the meaningful threshold and warns earlier
 * (latency and errors at 80% of it, saturation at 70% CPU, traffic at twice the floor). A
 * {@link Routing#BUSINESS_HOURS business-hours} monitor warns at the meaningful threshold and
 * puts critical strictly beyond it (twice it, capped at a 100% error ratio; 95% CPU; half the
 * traffic floor), since only its warning reaches PagerDuty.
 */
public final class GoldenSignalThresholds {

    /** CPU percentage of the plan treated as saturated. */
    static final double SATURATION_CPU_PERCENT = 80;
    private static final double SATURATION_EARLY_CPU_PERCENT = 70;
    private static final double SATURATION_SEVERE_CPU_PERCENT = 95;
    /** Error ratio alerts at this multiple of the error budget. */
    static final double ERROR_BUDGET_MULTIPLE = 10;
    private static final double MAX_ERROR_RATIO = 0.5;
    private static final int TRAFFIC_WINDOW_MINUTES = 15;

    private GoldenSignalThresholds() {}

    /**
     * @param c the component
     * @param signal latency, traffic, errors or saturation
     * @param routing the monitor's routing
     * @return the thresholds to set
     */
    public static ThresholdPair forSignal(DatadogComponent c, AlertClass signal, Routing routing) {
        boolean page = routing == Routing.PAGE;
        return switch (signal) {
            case LATENCY -> {
                double seconds = c.latencyThresholdMillis() / 1000.0;
                yield page ? new ThresholdPair(seconds, 0.8 * seconds) : new ThresholdPair(2 * seconds, seconds);
            }
            case TRAFFIC -> {
                double floor = c.trafficFloorPerMinute() * TRAFFIC_WINDOW_MINUTES;
                yield page ? new ThresholdPair(floor, 2 * floor) : new ThresholdPair(floor / 2, floor);
            }
            case ERRORS -> {
                double ratio = Math.min(MAX_ERROR_RATIO, ERROR_BUDGET_MULTIPLE * (100 - c.availabilityTarget()) / 100);
                yield page ? new ThresholdPair(ratio, 0.8 * ratio) : new ThresholdPair(Math.min(1.0, 2 * ratio), ratio);
            }
            case SATURATION -> page
                    ? new ThresholdPair(SATURATION_CPU_PERCENT, SATURATION_EARLY_CPU_PERCENT)
                    : new ThresholdPair(SATURATION_SEVERE_CPU_PERCENT, SATURATION_CPU_PERCENT);
            default -> throw new IllegalArgumentException("signal is " + signal + ", allowed: latency, traffic, errors, saturation");
        };
    }
}
