package dev.readyservice.model;

import java.util.Optional;

/**
 * The class of an alert: what it watches. Each class has one playbook,
 * {@code <playbookBaseUrl>/<id>.md}, so an engineer woken by any alert of the class lands on the
 * same page. The first four are the golden signals, of which a product chooses which page out of
 * hours; the burn classes are the SLO alerts.
 */
public enum AlertClass implements Labelled.Named {
    /** How long requests or jobs take. */
    LATENCY(true),
    /** How many requests or jobs arrive. */
    TRAFFIC(true),
    /** How many requests or jobs fail. */
    ERRORS(true),
    /** How full the App Service plan is (CPU). */
    SATURATION(true),
    /** The availability SLO's error budget burns too fast. */
    AVAILABILITY_BURN(false),
    /** The latency SLO's error budget burns too fast. */
    LATENCY_BURN(false);

    private final boolean goldenSignal;

    AlertClass(boolean goldenSignal) {
        this.goldenSignal = goldenSignal;
    }

    /**
     * @return the name used in tags, playbook file names and specs, e.g. {@code availability-burn}:
     *     its {@link #label()}
     */
    public String id() {
        return label();
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
        return Labelled.parse(AlertClass.class, value).filter(AlertClass::goldenSignal);
    }

    /**
     * @param id an id exactly as {@link #id()} writes it, such as {@code latency}
     * @return the alert class, empty when no class has this id
     */
    public static Optional<AlertClass> fromId(String id) {
        return Labelled.fromLabel(AlertClass.class, id);
    }
}
