package dev.readyservice.datadog;

import java.util.Arrays;
import java.util.Optional;

/**
 * The class of an alert: what it watches. Each class has one playbook,
 * {@code <playbookBaseUrl>/<slug>.md}, so an engineer woken by any alert of the class lands on
 * the same page.
 */
public enum AlertClass {
    /** How long requests or jobs take. */
    LATENCY("latency"),
    /** How many requests or jobs arrive. */
    TRAFFIC("traffic"),
    /** How many requests or jobs fail. */
    ERRORS("errors"),
    /** How full the App Service plan is (CPU). */
    SATURATION("saturation"),
    /** The availability SLO's error budget burns too fast. */
    AVAILABILITY_BURN("availability-burn"),
    /** The latency SLO's error budget burns too fast. */
    LATENCY_BURN("latency-burn");

    private final String slug;

    AlertClass(String slug) {
        this.slug = slug;
    }

    /** @return the name used in playbook file names and specs, e.g. {@code availability-burn} */
    public String slug() {
        return slug;
    }

    /**
     * @param slug a slug such as {@code latency}
     * @return the alert class, empty when no class has this slug
     */
    public static Optional<AlertClass> fromSlug(String slug) {
        return Arrays.stream(values()).filter(c -> c.slug.equals(slug)).findFirst();
    }
}
