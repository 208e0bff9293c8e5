package dev.readyservice.model;

import java.util.Optional;

/**
 * What a component is. API and UI are separate PagerDuty technical services, as the PRR asks; the
 * kind also decides where the golden-signal metrics come from (web apps: Azure integration metrics;
 * workers: APM trace metrics of their {@code worker.job} spans).
 */
public enum ComponentKind implements Labelled.Named {
    /** An HTTP API on App Service. */
    API,
    /** A web user interface on App Service. */
    UI,
    /** A background worker: never customer-facing, no public ingress. */
    WORKER;

    /** @return the lower-case name used in specs, tags and config, e.g. {@code api}: its {@link #label()} */
    public String id() {
        return label();
    }

    /**
     * Parses what a person wrote in a spec: {@code api}, {@code ui} or {@code worker}, ignoring case
     * and surrounding blanks.
     *
     * @return the kind, empty when the value is none of these
     */
    public static Optional<ComponentKind> parse(String value) {
        return Labelled.parse(ComponentKind.class, value);
    }

    /**
     * Reads a resolved spec's value, which is exactly {@link #id()}.
     *
     * @return the kind, empty when the value is not exactly one of the ids
     */
    public static Optional<ComponentKind> fromId(String id) {
        return Labelled.fromLabel(ComponentKind.class, id);
    }
}
