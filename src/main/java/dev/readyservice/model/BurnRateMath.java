package dev.readyservice.model;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Burn-rate arithmetic for SLO alerts.
 *
 * <p>A burn rate of 1 spends the error budget exactly over the SLO timeframe. Consuming a
 * fraction {@code f} of the budget within a long window {@code w} of a timeframe {@code T} means
 * a burn rate of {@code f × T / w}. Datadog rejects burn-rate thresholds above
 * {@code 1 / (1 − target)}: with every request failing the burn rate cannot go higher. A 14.4×
 * page therefore needs a target of at least {@code 1 − 1/14.4 ≈ 93.06%}; below that the alert
 * could never fire. Callers choose to {@link #requireAllowed refuse} such a rate or to
 * {@link #clamp clamp} it to the maximum, which is then said in the monitor's message.
 */
public final class BurnRateMath {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final MathContext PRECISION = MathContext.DECIMAL64;

    private BurnRateMath() {}

    /**
     * @param timeframe the SLO timeframe
     * @param window the burn window
     * @return the burn rate that fires when the window consumed its budget fraction, rounded
     *     to three decimals (14.4 for a 30-day SLO and the fast window)
     */
    public static BigDecimal burnRate(SloTimeframe timeframe, BurnWindow window) {
        return window.budgetFraction(timeframe)
                .multiply(BigDecimal.valueOf(timeframe.hours()))
                .divide(BigDecimal.valueOf(window.longWindowHours()), 3, RoundingMode.HALF_UP)
                .stripTrailingZeros();
    }

    /**
     * @param targetPercent SLO target, above 0 and below 100
     * @return {@code 1 / (1 − target)}, the highest burn rate Datadog accepts, rounded down to
     *     three decimals so that the rounded value is itself accepted
     */
    public static BigDecimal maxBurnRate(double targetPercent) {
        requireTarget(targetPercent);
        BigDecimal target = BigDecimal.valueOf(targetPercent);
        return HUNDRED.divide(HUNDRED.subtract(target), PRECISION).setScale(3, RoundingMode.FLOOR).stripTrailingZeros();
    }

    /**
     * @param burnRate a burn rate &gt; 1
     * @return the lowest SLO target (percent) at which Datadog accepts {@code burnRate}:
     *     {@code 100 × (1 − 1/burnRate)}, e.g. 93.056 for 14.4
     */
    public static BigDecimal minimumTargetPercent(BigDecimal burnRate) {
        if (burnRate.compareTo(BigDecimal.ONE) <= 0) {
            throw new IllegalArgumentException("burnRate is " + burnRate + ", allowed: above 1");
        }
        return HUNDRED.subtract(HUNDRED.divide(burnRate, PRECISION)).setScale(3, RoundingMode.CEILING).stripTrailingZeros();
    }

    /**
     * Refuses a burn rate Datadog would reject.
     *
     * @param burnRate the requested burn rate
     * @param targetPercent the SLO target in percent
     * @return {@code burnRate}, when allowed
     * @throws IllegalArgumentException naming the rate, the maximum and the lowest target that
     *     allows the rate
     */
    public static BigDecimal requireAllowed(BigDecimal burnRate, double targetPercent) {
        BigDecimal max = maxBurnRate(targetPercent);
        if (burnRate.compareTo(max) > 0) {
            throw new IllegalArgumentException("burn rate " + DecimalText.of(burnRate)
                    + " is above " + DecimalText.of(max) + ", the maximum Datadog accepts for an SLO target of "
                    + DecimalText.of(targetPercent) + "% (1 / (1 - target)); a target below "
                    + DecimalText.of(minimumTargetPercent(burnRate)) + "% can never fire this alert");
        }
        return burnRate;
    }

    /**
     * Lowers a burn rate Datadog would reject to the maximum it accepts.
     *
     * @param burnRate the requested burn rate
     * @param targetPercent the SLO target in percent
     * @return the rate to use, and whether (and why) it was lowered
     */
    public static AdjustedBurnRate clamp(BigDecimal burnRate, double targetPercent) {
        BigDecimal max = maxBurnRate(targetPercent);
        if (burnRate.compareTo(max) <= 0) {
            return new AdjustedBurnRate(burnRate, burnRate, "");
        }
        String note = "Burn rate lowered from " + DecimalText.of(burnRate) + " to " + DecimalText.of(max)
                + ", the maximum Datadog accepts for a " + DecimalText.of(targetPercent)
                + "% target; at this target the alert fires only when every event fails.";
        return new AdjustedBurnRate(burnRate, max, note);
    }

    private static void requireTarget(double targetPercent) {
        if (!(targetPercent > 0 && targetPercent < 100)) {
            throw new IllegalArgumentException("targetPercent is " + targetPercent + ", allowed: above 0 and below 100");
        }
    }

    /**
     * A burn rate after {@link #clamp}.
     *
     * @param requested the rate asked for
     * @param applied the rate to use
     * @param note empty when unchanged, else one sentence saying what was lowered and why
     */
    public record AdjustedBurnRate(BigDecimal requested, BigDecimal applied, String note) {
        /** @return whether the rate was lowered */
        public boolean clamped() {
            return !note.isEmpty();
        }
    }
}
