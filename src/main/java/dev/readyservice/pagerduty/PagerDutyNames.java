package dev.readyservice.pagerduty;

/**
 * The names this package gives: logical Pulumi names {@code <prefix>-<purpose>}, and the PagerDuty
 * technical service name {@code <product>-<component>} that Datadog's {@code @pagerduty-...} handle
 * and the policy pack rely on (see {@code docs/evidence.md}).
 */
public final class PagerDutyNames {

    private PagerDutyNames() {}

    /**
     * @param product the product name
     * @param component the component name
     * @return the PagerDuty name of the component's technical service, {@code <product>-<component>}
     */
    public static String technicalService(String product, String component) {
        return product + "-" + component;
    }

    /**
     * @param prefix the caller's name prefix, usually the component resource's name
     * @param purpose what the resource is for, e.g. {@code escalation-policy}
     * @return the logical Pulumi name {@code <prefix>-<purpose>}
     */
    public static String logical(String prefix, String purpose) {
        return prefix + "-" + purpose;
    }
}
