package dev.readyservice.model;

import java.util.Optional;

/** The rolling window an SLO is measured over; Datadog accepts these three. */
public enum SloTimeframe implements Labelled {
    /** Seven days. */
    DAYS_7(7),
    /** Thirty days. */
    DAYS_30(30),
    /** Ninety days. */
    DAYS_90(90);

    private final int days;

    SloTimeframe(int days) {
        this.days = days;
    }

    /** Datadog writes a timeframe as its number of days and {@code d}, e.g. {@code 30d}. */
    @Override
    public String label() {
        return days + "d";
    }

    /** @return the value Datadog expects, e.g. {@code 30d}: its {@link #label()} */
    public String wireValue() {
        return label();
    }

    /** @return the length of the window in hours */
    public int hours() {
        return days * 24;
    }

    /**
     * @param wireValue {@code 7d}, {@code 30d} or {@code 90d}
     * @return the timeframe, empty for any other value
     */
    public static Optional<SloTimeframe> fromWireValue(String wireValue) {
        return Labelled.fromLabel(SloTimeframe.class, wireValue);
    }
}
