package dev.readyservice.pagerduty;

import java.util.List;
import java.util.Objects;

/**
 * The product's escalation policy: who is notified, in which order, and how often the whole
 * policy repeats when nobody acknowledges.
 *
 * @param loops how many times the levels repeat after the last one (between
 *     {@link PagerDutyLimits#MIN_LOOPS} and {@link PagerDutyLimits#MAX_LOOPS})
 * @param levels the escalation levels, first notified first (at least
 *     {@link PagerDutyLimits#MIN_LEVELS})
 */
public record EscalationPath(int loops, List<EscalationLevel> levels) {

    /**
     * @throws NullPointerException when {@code levels} or one of its entries is null
     */
    public EscalationPath {
        levels = List.copyOf(Objects.requireNonNull(levels, "levels"));
    }
}
