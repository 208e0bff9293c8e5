package dev.readyservice.model;

/**
 * Whether a monitor may wake someone out of support hours.
 *
 * <p>The PagerDuty side (owned by the PagerDuty part) makes every incident high urgency during
 * support hours and lets urgency follow severity outside them. Datadog sends ALERT and NO DATA as
 * severity {@code error} (high urgency: pages) and WARN as {@code warning} (low urgency: does not
 * escalate and waits for support hours). So which Datadog states reach PagerDuty decides the
 * routing; {@link MonitorMessages} writes the message accordingly.
 */
public enum Routing implements Labelled.Named {
    /** Notifies PagerDuty in every state: an ALERT pages at any hour. */
    PAGE,
    /**
     * Notifies PagerDuty only on WARN (and its recovery): never pages out of hours. The warning
     * threshold is the meaningful one; the critical threshold sits strictly beyond it and only
     * notifies the owning team in Datadog.
     */
    BUSINESS_HOURS;

    /** @return the tag value, {@code page} or {@code business-hours}: its {@link #label()} */
    public String slug() {
        return label();
    }
}
