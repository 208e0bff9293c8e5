package dev.readyservice.model;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Optional;

/** How much unreliability an SLO allows: {@code (100 - target)%} of its timeframe. */
public final class ErrorBudget {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal MINUTES_PER_DAY = BigDecimal.valueOf(1440);

    private ErrorBudget() {
    }

    /**
     * The budget in minutes of a {@code target} percent over a Datadog rolling {@code timeframe}
     * ({@code 7d}, {@code 30d}, {@code 90d}; any {@code <n>d}); empty when the timeframe is not in days
     * or the target is not a percentage.
     */
    public static Optional<BigDecimal> minutes(BigDecimal targetPercent, String timeframe) {
        if (timeframe == null || !timeframe.matches("[1-9][0-9]{0,3}d")
                || targetPercent.compareTo(BigDecimal.ZERO) < 0 || targetPercent.compareTo(HUNDRED) > 0) {
            return Optional.empty();
        }
        BigDecimal days = new BigDecimal(timeframe.substring(0, timeframe.length() - 1));
        BigDecimal allowed = HUNDRED.subtract(targetPercent).divide(HUNDRED, MathContext.DECIMAL64);
        return Optional.of(allowed.multiply(days).multiply(MINUTES_PER_DAY).setScale(1, RoundingMode.HALF_UP));
    }

    /** The budget as a reader wants it: {@code 43.2 min}, or {@code 432 min (7.2 h)} from an hour up. */
    public static String describe(BigDecimal minutes) {
        String text = plain(minutes) + " min";
        if (minutes.compareTo(BigDecimal.valueOf(60)) >= 0) {
            text += " (" + plain(minutes.divide(BigDecimal.valueOf(60), 1, RoundingMode.HALF_UP)) + " h)";
        }
        return text;
    }

    private static String plain(BigDecimal number) {
        return number.stripTrailingZeros().toPlainString();
    }
}
