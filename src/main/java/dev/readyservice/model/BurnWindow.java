package dev.readyservice.model;

import java.math.BigDecimal;

/**
 * The three multi-window burn-rate alerts every SLO gets (Google SRE workbook, ch. 5, as Datadog
 * documents it): a fast and a medium burn page, a slow burn opens a ticket for business hours.
 *
 * <p>Each alert fires when the long window has consumed a given fraction of the error budget;
 * the short window (1/12 of the long one) makes it recover quickly once the burn stops. The
 * fractions Datadog publishes differ per SLO timeframe: for 30 days they are the workbook's
 * 2% / 5% / 10%, for 7 days 10% / 20% / 40% and for 90 days 1% / 3% / 5%, which gives the
 * documented rates 14.4 / 6 / 3, 16.8 / 5.6 / 2.8 and 21.6 / 10.8 / 4.5.
 */
public enum BurnWindow implements Labelled.Named {
    /** 1h/5m, pages. */
    FAST(1, Routing.PAGE, "0.10", "0.02", "0.01"),
    /** 6h/30m, pages. */
    MEDIUM(6, Routing.PAGE, "0.20", "0.05", "0.03"),
    /** 1d/2h, opens a ticket in business hours. */
    SLOW(24, Routing.BUSINESS_HOURS, "0.40", "0.10", "0.05");

    private final int longWindowHours;
    private final Routing routing;
    private final BigDecimal budget7d;
    private final BigDecimal budget30d;
    private final BigDecimal budget90d;

    BurnWindow(int longWindowHours, Routing routing, String budget7d, String budget30d, String budget90d) {
        this.longWindowHours = longWindowHours;
        this.routing = routing;
        this.budget7d = new BigDecimal(budget7d);
        this.budget30d = new BigDecimal(budget30d);
        this.budget90d = new BigDecimal(budget90d);
    }

    /** @return {@code fast}, {@code medium} or {@code slow}; used in resource names: its {@link #label()} */
    public String slug() {
        return label();
    }

    /** @return the long window as Datadog writes it, e.g. {@code 1h} */
    public String longWindow() {
        return datadogDuration(longWindowHours * 60);
    }

    /** @return the short window, 1/12 of the long one, as Datadog writes it, e.g. {@code 5m} */
    public String shortWindow() {
        return datadogDuration(longWindowHours * 60 / 12);
    }

    /** Datadog writes a window in its largest whole unit: {@code 1d}, {@code 6h}, {@code 30m}. */
    private static String datadogDuration(int minutes) {
        if (minutes % (24 * 60) == 0) {
            return minutes / (24 * 60) + "d";
        }
        return minutes % 60 == 0 ? minutes / 60 + "h" : minutes + "m";
    }

    /** @return the long window in hours */
    public int longWindowHours() {
        return longWindowHours;
    }

    /** @return whether this alert pages or waits for business hours */
    public Routing routing() {
        return routing;
    }

    /**
     * @param timeframe the SLO timeframe
     * @return the fraction of the error budget the long window must consume to fire, e.g. 0.02
     */
    public BigDecimal budgetFraction(SloTimeframe timeframe) {
        return switch (timeframe) {
            case DAYS_7 -> budget7d;
            case DAYS_30 -> budget30d;
            case DAYS_90 -> budget90d;
        };
    }
}
