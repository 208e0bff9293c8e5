package dev.readyservice.model;

import java.util.Arrays;
import java.util.Optional;

/**
 * The class of an alert: what it watches. Each class has one playbook,
 * {@code <playbookBaseUrl>/<id>.md}, so an engineer woken by any alert of the class lands on the
 * same page. The first four are the golden signals, of which a product chooses which page out of
 * hours; the burn classes are the SLO alerts.
 */
public enum AlertClass {
    /** How long requests or jobs take. */
    LATENCY("latency", true),
    /** How many requests or jobs arrive. */
    TRAFFIC("traffic", true),
    /** How many requests or jobs fail. */
    ERRORS("errors", true),
    /** How full the App Service plan is (CPU). */
    SATURATION("saturation", true),
    /** The availability SLO's error budget burns too fast. */
    AVAILABILITY_BURN("availability-burn", false),
    /** The latency SLO's error budget burns too fast. */
    LATENCY_BURN("latency-burn", false);

    private final String id;
    private final boolean goldenSignal;

    AlertClass(String id, boolean goldenSignal) {
        this.id = id;
        this.goldenSignal = goldenSignal;
    }

    /** @return the name used in tags, playbook file names and specs, e.g. {@code availability-burn} */
    public String id() {
        return id;
    }

    /** @return whether this is one of the four golden signals (not an SLO burn class) */
    public boolean goldenSignal() {
        return goldenSignal;
    }

    /**
     * Parses a golden signal as a person writes it in a spec ({@code paging.pageOutOfHours}):
     * {@code latency}, {@code traffic}, {@code errors} or {@code saturation}, ignoring case and
     * surrounding blanks.
     *
     * @return the golden signal, empty for anything else (burn classes included)
     */
    public static Optional<AlertClass> parseGoldenSignal(String value) {
        String v = value == null ? "" : value.trim();
        return Arrays.stream(values()).filter(c -> c.goldenSignal && c.id.equalsIgnoreCase(v)).findFirst();
    }

    /**
     * @param id an id exactly as {@link #id()} writes it, such as {@code latency}
     * @return the alert class, empty when no class has this id
     */
    public static Optional<AlertClass> fromId(String id) {
        return Arrays.stream(values()).filter(c -> c.id.equals(id)).findFirst();
    }
}
