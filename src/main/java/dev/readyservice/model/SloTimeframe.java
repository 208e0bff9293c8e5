package dev.readyservice.model;

import java.util.Arrays;
import java.util.Optional;

/** The rolling window an SLO is measured over; Datadog accepts these three. */
public enum SloTimeframe {
    /** Seven days. */
    DAYS_7("7d", 7 * 24),
    /** Thirty days. */
    DAYS_30("30d", 30 * 24),
    /** Ninety days. */
    DAYS_90("90d", 90 * 24);

    private final String wireValue;
    private final int hours;

    SloTimeframe(String wireValue, int hours) {
        this.wireValue = wireValue;
        this.hours = hours;
    }

    /** @return the value Datadog expects, e.g. {@code 30d} */
    public String wireValue() {
        return wireValue;
    }

    /** @return the length of the window in hours */
    public int hours() {
        return hours;
    }

    /**
     * @param wireValue {@code 7d}, {@code 30d} or {@code 90d}
     * @return the timeframe, empty for any other value
     */
    public static Optional<SloTimeframe> fromWireValue(String wireValue) {
        return Arrays.stream(values()).filter(t -> t.wireValue.equals(wireValue)).findFirst();
    }
}
