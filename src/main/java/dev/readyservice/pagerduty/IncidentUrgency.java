package dev.readyservice.pagerduty;

import dev.readyservice.pagerduty.binding.inputs.ServiceIncidentUrgencyRuleArgs;
import dev.readyservice.pagerduty.binding.inputs.ServiceIncidentUrgencyRuleDuringSupportHoursArgs;
import dev.readyservice.pagerduty.binding.inputs.ServiceIncidentUrgencyRuleOutsideSupportHoursArgs;

/**
 * The urgency rule every technical service gets: so that only the events that warrant it wake
 * anyone out of hours.
 *
 * <ul>
 *   <li>Inside support hours every incident is {@code high} urgency: it notifies through each
 *       responder's high-urgency rules and follows the escalation policy.</li>
 *   <li>Outside support hours the urgency is {@code severity_based}: PagerDuty derives it from the
 *       event's severity, {@code critical}/{@code error} (and a missing severity) giving high
 *       urgency and {@code warning}/{@code info} giving low urgency. Low-urgency incidents notify
 *       through the low-urgency rules and never escalate, so they wait for the morning.</li>
 *   <li>Datadog sets the severity itself: a monitor in ALERT or NO DATA sends {@code error}, WARN
 *       sends {@code warning}. So out of hours a page-class alert (for example a customer-facing
 *       SLO's fast burn) still pages as high urgency, while warnings wait.</li>
 * </ul>
 *
 * <p>No {@code scheduledActions} are set: PagerDuty only allows them when the outside-hours urgency
 * is {@code low}, and with {@code severity_based} the high-urgency incidents already escalate.
 *
 * <p>Sources: PagerDuty dynamic notifications (https://support.pagerduty.com/docs/dynamic-notifications),
 * service settings and notification rules (https://support.pagerduty.com/docs/service-settings,
 * https://support.pagerduty.com/docs/notification-rules); Datadog's PagerDuty integration,
 * troubleshooting section, for the fixed severity mapping
 * (https://docs.datadoghq.com/integrations/pagerduty/); the provider's {@code pagerduty_service}
 * docs for the block shape.
 */
public final class IncidentUrgency {

    /** Rule type that switches urgency at the support-hours boundaries. */
    public static final String USE_SUPPORT_HOURS = "use_support_hours";
    /** Rule type of the inside and outside parts: one urgency for the whole part. */
    public static final String CONSTANT = "constant";
    /** Urgency that notifies through high-urgency rules and escalates. */
    public static final String HIGH = "high";
    /** Urgency taken from the event's severity. */
    public static final String SEVERITY_BASED = "severity_based";

    private IncidentUrgency() {}

    /** @return the urgency rule described in the class comment */
    public static ServiceIncidentUrgencyRuleArgs followSupportHours() {
        return ServiceIncidentUrgencyRuleArgs.builder()
                .type(USE_SUPPORT_HOURS)
                .duringSupportHours(ServiceIncidentUrgencyRuleDuringSupportHoursArgs.builder()
                        .type(CONSTANT)
                        .urgency(HIGH)
                        .build())
                .outsideSupportHours(ServiceIncidentUrgencyRuleOutsideSupportHoursArgs.builder()
                        .type(CONSTANT)
                        .urgency(SEVERITY_BASED)
                        .build())
                .build();
    }
}
