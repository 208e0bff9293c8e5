package dev.readyservice.report.handover;

import dev.readyservice.report.DisplayValues;
import dev.readyservice.review.WireValues;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads wire-form inputs for the handover pack: unknowns say when they become known, secrets stay hidden. */
final class InputValues {
    static final String KNOWN_AFTER_DEPLOY = "(known after deploy)";
    static final String NOT_SET = "not set";

    private InputValues() {
    }

    /**
     * The value at {@code path} under {@code root}, walking maps. Stops at a secret or an unknown
     * value and returns it, so that a secret's inner value is never reached.
     */
    static Object at(Object root, String... path) {
        Object current = root;
        for (String key : path) {
            if (current == null || WireValues.isSecret(current) || WireValues.UNKNOWN.equals(current)) {
                return current;
            }
            current = current instanceof Map<?, ?> map ? map.get(key) : null;
        }
        return current;
    }

    /** The value as one line: {@link #KNOWN_AFTER_DEPLOY} when unknown, {@link DisplayValues#SECRET} when secret, {@link #NOT_SET} when absent. */
    static String text(Object value) {
        if (value == null) {
            return NOT_SET;
        }
        if (WireValues.UNKNOWN.equals(value)) {
            return KNOWN_AFTER_DEPLOY;
        }
        return DisplayValues.render(value).replace(DisplayValues.UNKNOWN, KNOWN_AFTER_DEPLOY);
    }

    /** A number sent as a number or as numeric text (Datadog thresholds and Azure capacities are strings). */
    static Optional<BigDecimal> number(Object value) {
        if (value instanceof Number n) {
            return Optional.of(new BigDecimal(n.toString()));
        }
        if (value instanceof String s && !WireValues.UNKNOWN.equals(s)) {
            try {
                return Optional.of(new BigDecimal(s.strip()));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** A number in its shortest form: {@code 7.0} is {@code 7}, {@code 43.20} is {@code 43.2}. */
    static String plain(BigDecimal number) {
        return number.stripTrailingZeros().toPlainString();
    }

    /** The list at {@code value}, empty when it is not a known list. */
    static List<?> list(Object value) {
        return value instanceof List<?> l ? l : List.of();
    }
}
