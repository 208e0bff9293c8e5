import { componentsOrFinding, GOLDEN_SIGNALS, isAnomalyMonitor } from "../lib/evidence";
import { Finding, violation } from "../lib/findings";
import { readinessPolicy } from "../lib/readiness-policy";
import { datadogTags, TYPES } from "../lib/stack";

const ITEM = "monitoring.anomaly-alerts";

/** Every component has an anomaly monitor (`anomalies(` query) for each golden signal. */
export const missingAnomalyMonitors = readinessPolicy({
    name: "missing-anomaly-monitors",
    description: "Every component has anomaly monitors (an 'anomalies(' query) for latency, traffic, errors and saturation.",
    items: [ITEM],
    waivableInProd: true,
    evidenceTypes: [TYPES.monitor],
    defaults: {},
    check(stack): Finding[] {
        const { components, missing } = componentsOrFinding(stack, ITEM);
        if (missing) {
            return [missing];
        }
        const findings: Finding[] = [];
        for (const component of components) {
            const anomaly = stack.datadogFor(TYPES.monitor, component.name).filter(isAnomalyMonitor);
            for (const signal of GOLDEN_SIGNALS) {
                if (!anomaly.some((m) => datadogTags(m).get("golden-signal")?.includes(signal))) {
                    findings.push(violation(ITEM, `component '${component.name}' has no anomaly monitor for golden signal '${signal}' (a ${TYPES.monitor} with an 'anomalies(' query tagged 'golden-signal:${signal}' and 'component:${component.name}')`));
                }
            }
        }
        return findings;
    },
});
