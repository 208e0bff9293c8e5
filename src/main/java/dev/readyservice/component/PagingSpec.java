package dev.readyservice.component;

import java.util.List;

/**
 * Who is paged, when, and for what.
 *
 * @param supportHours when the team is on shift; outside them only page-class alerts wake anyone
 * @param escalation the PagerDuty escalation path
 * @param pageOutOfHours golden-signal classes ({@code latency}, {@code traffic}, {@code errors},
 *     {@code saturation}) whose threshold alerts page out of hours on customer-facing components.
 *     Unset: {@code errors} and {@code latency}. SLO fast and medium burn alerts always page.
 */
public record PagingSpec(SupportHoursSpec supportHours, EscalationSpec escalation, List<String> pageOutOfHours) {
}
