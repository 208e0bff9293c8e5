package dev.readyservice.pagerduty;

/**
 * PagerDuty's limits on escalation policies, in one place so that the spec validator and the
 * factories in this package agree. The factories do not check them: invalid specs are rejected
 * before any resource is registered, by the component's validator, which reads these constants.
 *
 * <p>Sources: PagerDuty escalation policy docs (https://support.pagerduty.com/docs/escalation-policies)
 * and the Terraform provider (PagerDuty/terraform-provider-pagerduty#630 and PR #401 for the
 * 1-minute minimum delay, #344 for the 5-target limit per rule).
 */
public final class PagerDutyLimits {

    /** The shortest escalation delay PagerDuty accepts, in minutes. */
    public static final int MIN_ESCALATION_DELAY_MINUTES = 1;

    /** The fewest targets (users or schedules) an escalation level may have. */
    public static final int MIN_TARGETS_PER_LEVEL = 1;

    /** The most targets an escalation level may have; the API rejects more in some accounts. */
    public static final int MAX_TARGETS_PER_LEVEL = 5;

    /** The fewest escalation levels a policy may have. */
    public static final int MIN_LEVELS = 1;

    /** The fewest repeats of the whole policy after its last level (0: no repeat). */
    public static final int MIN_LOOPS = 0;

    /** The most repeats of the whole policy; the PagerDuty UI offers up to 9. */
    public static final int MAX_LOOPS = 9;

    private PagerDutyLimits() {}
}
