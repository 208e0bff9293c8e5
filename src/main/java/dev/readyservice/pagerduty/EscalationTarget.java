package dev.readyservice.pagerduty;

import java.util.Locale;
import java.util.Objects;

/**
 * Who is notified at one escalation level.
 *
 * @param kind whether {@code id} names a user or an on-call schedule
 * @param id the PagerDuty ID of that user or schedule, e.g. {@code PABC123}
 */
public record EscalationTarget(Kind kind, String id) {

    /** The kinds of escalation target, with the value PagerDuty expects on the wire. */
    public enum Kind {
        /** A single user, notified directly. */
        USER,
        /** An on-call schedule: whoever is on call when the level fires is notified. */
        SCHEDULE;

        /**
         * PagerDuty names a target type as the lower-case kind and {@code _reference}.
         *
         * @return the provider's value for this kind, e.g. {@code schedule_reference}
         */
        public String wireValue() {
            return name().toLowerCase(Locale.ROOT) + "_reference";
        }
    }

    /**
     * @throws NullPointerException naming the field that is null
     */
    public EscalationTarget {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
    }

    /**
     * @param id the schedule's PagerDuty ID
     * @return a target that notifies whoever is on call on that schedule
     */
    public static EscalationTarget schedule(String id) {
        return new EscalationTarget(Kind.SCHEDULE, id);
    }

    /**
     * @param id the user's PagerDuty ID
     * @return a target that notifies that user
     */
    public static EscalationTarget user(String id) {
        return new EscalationTarget(Kind.USER, id);
    }
}
