package dev.readyservice.pagerduty;

/**
 * The incident timeouts of every technical service, in seconds written as strings because the
 * provider schema types them as strings. Both are set explicitly rather than left to provider
 * defaults, so that the policy pack sees them in a preview.
 */
public final class IncidentTimeouts {

    /**
     * An open incident resolves itself after 4 hours ({@value}). Datadog resolves the incident when
     * its monitor recovers; this is the backstop for an incident whose recovery never arrives
     * (monitor muted, edited or deleted while alerting). Datadog deduplicates on the monitor, so a
     * forgotten open incident would swallow that monitor's next trigger and nobody would be paged;
     * 4 hours outlasts a normal response yet bounds that blind spot.
     */
    public static final String AUTO_RESOLVE_SECONDS = "14400";

    /**
     * An acknowledged but unresolved incident triggers again after 30 minutes ({@value}), so an
     * acknowledgement cannot silence an ongoing problem: the responder must resolve the incident
     * or acknowledge again. 30 minutes is PagerDuty's own default.
     */
    public static final String ACKNOWLEDGEMENT_SECONDS = "1800";

    private IncidentTimeouts() {}
}
