package dev.readyservice.component;

import java.util.List;

/**
 * The escalation path of every technical service of the product.
 *
 * @param loops how many times the path repeats after the last level, 1 to 9. Unset: 2
 * @param levels at least two levels, each escalating after its delay
 */
public record EscalationSpec(Integer loops, List<Level> levels) {

    /**
     * One escalation level.
     *
     * @param delayMinutes minutes before an unacknowledged incident moves on, at least 1 (PagerDuty's minimum)
     * @param targets 1 to 5 PagerDuty users or schedules
     */
    public record Level(Integer delayMinutes, List<Target> targets) {
    }

    /**
     * A PagerDuty user or schedule.
     *
     * @param type {@code user} or {@code schedule}
     * @param id the PagerDuty id, e.g. {@code PABC123}
     */
    public record Target(String type, String id) {
    }
}
