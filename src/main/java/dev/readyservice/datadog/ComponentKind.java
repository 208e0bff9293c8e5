package dev.readyservice.datadog;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a component is, which decides where its golden-signal metrics come from. */
public enum ComponentKind {
    /** An HTTP API on App Service: Azure integration metrics of the web app. */
    API,
    /** A web front end on App Service: Azure integration metrics of the web app. */
    UI,
    /** A background worker: APM trace metrics of its {@code worker.job} spans. */
    WORKER;

    /** @return the lower-case name used in specs and tags, e.g. {@code api} */
    public String slug() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * @param slug {@code api}, {@code ui} or {@code worker}
     * @return the kind, empty when the slug is none of these
     */
    public static Optional<ComponentKind> fromSlug(String slug) {
        return Arrays.stream(values()).filter(k -> k.slug().equals(slug)).findFirst();
    }
}
