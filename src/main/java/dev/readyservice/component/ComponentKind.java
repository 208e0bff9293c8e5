package dev.readyservice.component;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a component is. API and UI are separate PagerDuty technical services, as the PRR asks. */
public enum ComponentKind {
    /** An HTTP API. */
    API,
    /** A web user interface. */
    UI,
    /** A background worker: never customer-facing, no public ingress. */
    WORKER;

    /** The lower-case name used in tags and config. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses {@code api}, {@code ui} or {@code worker}, ignoring case. */
    public static Optional<ComponentKind> parse(String value) {
        return Arrays.stream(values()).filter(k -> k.id().equalsIgnoreCase(value == null ? "" : value.trim())).findFirst();
    }
}
