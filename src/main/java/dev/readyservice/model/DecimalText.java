package dev.readyservice.model;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Writes numbers the way Datadog queries and threshold strings want them: plain notation,
 * at most three decimals, no trailing zeros ({@code 14.4}, {@code 6}, {@code 0.5}).
 */
public final class DecimalText {

    private DecimalText() {}

    public static String of(double value) {
        return of(BigDecimal.valueOf(value));
    }

    public static String of(BigDecimal value) {
        BigDecimal rounded = value.setScale(3, RoundingMode.HALF_UP).stripTrailingZeros();
        return rounded.signum() == 0 ? "0" : rounded.toPlainString();
    }
}
