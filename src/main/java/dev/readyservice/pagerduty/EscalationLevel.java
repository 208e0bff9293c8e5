package dev.readyservice.pagerduty;

import java.util.List;
import java.util.Objects;

/**
 * One level of an escalation policy. Ranges are checked by the spec validator against
 * {@link PagerDutyLimits}, not here.
 *
 * @param delayMinutes minutes an incident stays unacknowledged at this level before it moves to the
 *     next one (at least {@link PagerDutyLimits#MIN_ESCALATION_DELAY_MINUTES})
 * @param targets the users or schedules notified at this level, in order (between
 *     {@link PagerDutyLimits#MIN_TARGETS_PER_LEVEL} and {@link PagerDutyLimits#MAX_TARGETS_PER_LEVEL})
 */
public record EscalationLevel(int delayMinutes, List<EscalationTarget> targets) {

    /**
     * @throws NullPointerException when {@code targets} or one of its entries is null
     */
    public EscalationLevel {
        targets = List.copyOf(Objects.requireNonNull(targets, "targets"));
    }
}
