import { Finding, violation } from "../lib/findings";
import { readinessPolicy } from "../lib/readiness-policy";
import { datadogTag, datadogTags, TYPES } from "../lib/stack";
import { asString } from "../lib/values";

const ITEM = "slo.objectives";

/** Every SLO has burn-rate alerts (`slo alert` monitors tagged `slo:<name>`), one of them paging. */
export const missingBurnRateAlerts = readinessPolicy({
    name: "missing-burn-rate-alerts",
    description: "Every SLO has burn-rate alerts (monitors of type 'slo alert' tagged 'slo:<slo name>'), including a fast burn tagged 'routing:page'.",
    items: [ITEM],
    waivableInProd: true,
    evidenceTypes: [TYPES.slo, TYPES.monitor],
    defaults: {},
    check(stack): Finding[] {
        const slos = stack.ofType(TYPES.slo);
        if (slos.length === 0) {
            return [violation(ITEM, `no SLO in the stack, so there are no burn-rate alerts (expected ${TYPES.slo} resources with 'slo alert' monitors)`)];
        }
        const burnAlerts = stack.ofType(TYPES.monitor).filter((m) => asString(m.props.type) === "slo alert");
        const findings: Finding[] = [];
        for (const slo of slos) {
            const sloName = asString(slo.props.name) ?? slo.name;
            const alerts = burnAlerts.filter((m) => datadogTags(m).get("slo")?.includes(sloName));
            if (alerts.length === 0) {
                findings.push(violation(ITEM, `SLO '${sloName}' has no burn-rate alert (a ${TYPES.monitor} of type 'slo alert' tagged 'slo:${sloName}')`, slo));
            } else if (!alerts.some((m) => datadogTag(m, "routing") === "page")) {
                findings.push(violation(ITEM, `SLO '${sloName}' has no page-class fast-burn alert (an 'slo alert' monitor tagged 'slo:${sloName}' and 'routing:page')`, slo));
            }
        }
        return findings;
    },
});
