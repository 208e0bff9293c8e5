package dev.readyservice.deploy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.Objects;

/**
 * One timed phase of a redeploy run.
 *
 * @param name the phase
 * @param seconds how long it took, in seconds rounded to one decimal
 * @param changes the resource changes Pulumi reported ({@link ResourceChanges#NONE} when it reported none)
 * @param status how it ended
 */
public record PhaseRecord(PhaseName name, double seconds, ResourceChanges changes, PhaseStatus status) {
    /** Validates the fields. */
    public PhaseRecord {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(changes, "changes");
        Objects.requireNonNull(status, "status");
        if (seconds < 0 || Double.isNaN(seconds)) {
            throw new IllegalArgumentException("seconds must be zero or more, got " + seconds);
        }
    }

    /** A phase record for an elapsed duration, rounded to tenths of a second (half up). */
    public static PhaseRecord of(PhaseName name, Duration elapsed, ResourceChanges changes, PhaseStatus status) {
        return new PhaseRecord(name, roundedSeconds(elapsed), changes, status);
    }

    static double roundedSeconds(Duration elapsed) {
        return BigDecimal.valueOf(elapsed.toNanos(), 9).setScale(1, RoundingMode.HALF_UP).doubleValue();
    }
}
