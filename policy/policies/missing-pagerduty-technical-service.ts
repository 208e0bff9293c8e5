import { isMetricQueryMonitor, judgeEachComponent, queryOf } from "../lib/evidence";
import { Finding, undecided, violation } from "../lib/findings";
import { serviceReachedBy } from "../lib/paging";
import { readinessPolicy } from "../lib/readiness-policy";
import { componentScope, isScopedTo } from "../lib/signals";
import { Component, StackResource, StackView, TYPES } from "../lib/stack";
import { asString, isUnknown } from "../lib/values";

const ITEM = "pagerduty.technical-services";

function serviceName(service: StackResource): string {
    return asString(service.props.name) ?? service.name;
}

/**
 * Whether the component's own service receives its alerts: a monitor whose query is filtered to
 * the component (lib/signals.ts) reaches it through its handle (lib/paging.ts). A service of the
 * right name that none of the component's alerts reaches is no technical service of it: its pages
 * go elsewhere (a service shared with other components, say).
 */
function receivesAlerts(stack: StackView, component: Component, own: readonly StackResource[]): Finding[] {
    const scope = componentScope(stack, component.name);
    const alerts = stack.ofType(TYPES.monitor).filter((m) => isMetricQueryMonitor(m) && isScopedTo(queryOf(m), scope));
    const reached = new Set(alerts.flatMap((m) => serviceReachedBy(stack, m)));
    // Alerts that reach no service at all are support.out-of-hours' and slo.objectives' findings;
    // here the question is whether they reach this service rather than another one.
    if (reached.size === 0 || own.some((s) => reached.has(s))) {
        return [];
    }
    const unknown = alerts.find((m) => isUnknown(m.props.message));
    if (unknown !== undefined) {
        return [undecided(ITEM, `monitor '${unknown.name}' of component '${component.name}' has a message unknown in preview, so whether its alerts reach PagerDuty service '${serviceName(own[0])}' cannot be shown`, unknown)];
    }
    const elsewhere = [...reached].map((s) => `'${serviceName(s)}'`).join(", ");
    return [violation(ITEM, `PagerDuty service '${serviceName(own[0])}' receives none of component '${component.name}''s alerts: its ${alerts.length} monitor(s) filtered to it reach ${elsewhere} instead (a handle reaches a service through a Datadog PagerDuty service object and the service's integration, lib/paging.ts)`, own[0])];
}

/** Every component is its own PagerDuty service named `<product>-<component>`, which receives its alerts. */
export const missingPagerdutyTechnicalService = readinessPolicy({
    name: "missing-pagerduty-technical-service",
    description: "Every component (API, UI, worker) is its own PagerDuty technical service named '<product>-<component>', which the component's monitors (filtered to it by their queries) reach.",
    items: [ITEM],
    waivableInProd: true,
    evidenceTypes: [TYPES.pdService],
    defaults: {},
    check(stack): Finding[] {
        return judgeEachComponent(stack, ITEM, (c) => {
            const own = stack.ofType(TYPES.pdService).filter((s) => serviceName(s) === stack.serviceName(c.name));
            return own.length > 0 ? receivesAlerts(stack, c, own)
                : [violation(ITEM, `component '${c.name}' has no PagerDuty service named '${stack.serviceName(c.name)}' (${TYPES.pdService})`)];
        });
    },
});
