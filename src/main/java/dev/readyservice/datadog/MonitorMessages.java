package dev.readyservice.datadog;

import dev.readyservice.model.AlertClass;
import dev.readyservice.model.Routing;

/**
 * Writes monitor messages: a summary, the routing line, the playbook link and the notification
 * handles, all known strings (never built from unknown outputs) so that previews and policies
 * can read them.
 *
 * <p>How the handles implement {@link Routing}: PagerDuty is set up so that in support hours
 * every incident is high urgency, and outside support hours urgency follows severity. Datadog
 * maps ALERT and NO DATA to severity {@code error} (high urgency: pages) and WARN to
 * {@code warning} (low urgency: waits for business hours).
 * <ul>
 *   <li>A {@code page} monitor names {@code @pagerduty-<service>} unconditionally, so every state
 *       reaches PagerDuty and recoveries resolve the incident.</li>
 *   <li>A {@code business-hours} monitor names it only inside {@code {{#is_warning}}} and
 *       {@code {{#is_warning_recovery}}}: only WARN reaches PagerDuty, as a low-urgency incident.
 *       Its critical threshold sits strictly beyond the warning one, and in {@code {{#is_alert}}}
 *       it notifies the owning team's Datadog handle ({@code @team-<team>}), never PagerDuty, so
 *       even a severe breach cannot page out of hours.</li>
 * </ul>
 */
public final class MonitorMessages {

    private MonitorMessages() {}

    /**
     * @param c the component
     * @param alertClass the alert's class (decides the playbook)
     * @param routing the routing
     * @param summary one sentence saying what is wrong
     * @param note extra sentence (e.g. a clamped burn rate); empty for none
     * @return the message
     */
    public static String message(DatadogComponent c, AlertClass alertClass, Routing routing, String summary, String note) {
        String handle = pagerDutyHandle(c);
        StringBuilder text = new StringBuilder(summary).append('\n');
        if (!note.isEmpty()) {
            text.append(note).append('\n');
        }
        text.append(routingLine(routing)).append('\n');
        text.append("Playbook: ").append(c.playbookUrl(alertClass)).append('\n');
        if (routing == Routing.PAGE) {
            text.append(handle);
        } else {
            String team = "@team-" + c.team();
            text.append("{{#is_warning}}").append(handle).append("{{/is_warning}}\n")
                    .append("{{#is_warning_recovery}}").append(handle).append("{{/is_warning_recovery}}\n")
                    .append("{{#is_alert}}").append(team).append("{{/is_alert}}\n")
                    .append("{{#is_alert_recovery}}").append(team).append("{{/is_alert_recovery}}");
        }
        return text.toString();
    }

    /** @return the PagerDuty handle of the component's service */
    public static String pagerDutyHandle(DatadogComponent c) {
        return "@pagerduty-" + c.pagerDutyServiceName();
    }

    /**
     * @param routing the routing
     * @return the line stating the routing, starting {@code Routing: page} or
     *     {@code Routing: business-hours}
     */
    public static String routingLine(Routing routing) {
        return routing == Routing.PAGE
                ? "Routing: page (may page out of hours: PagerDuty gets every state)."
                : "Routing: business-hours (never pages out of hours: only WARN reaches PagerDuty, as low urgency).";
    }
}
