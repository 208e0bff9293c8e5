import { componentsOrFinding, GOLDEN_SIGNALS, hasCriticalThreshold, isThresholdMonitor } from "../lib/evidence";
import { Finding, violation } from "../lib/findings";
import { readinessPolicy } from "../lib/readiness-policy";
import { datadogTags, TYPES } from "../lib/stack";

const ITEM = "monitoring.golden-signals";

/** Every component has a threshold monitor with a critical threshold for each golden signal. */
export const missingGoldenSignalMonitors = readinessPolicy({
    name: "missing-golden-signal-monitors",
    description: "Every component has threshold monitors (metric/query alert with a critical threshold) for latency, traffic, errors and saturation.",
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
            const candidates = stack.datadogFor(TYPES.monitor, component.name).filter(isThresholdMonitor);
            for (const signal of GOLDEN_SIGNALS) {
                const forSignal = candidates.filter((m) => datadogTags(m).get("golden-signal")?.includes(signal));
                if (forSignal.length === 0) {
                    findings.push(violation(ITEM, `component '${component.name}' has no threshold monitor for golden signal '${signal}' (a ${TYPES.monitor} of type 'metric alert' or 'query alert' tagged 'golden-signal:${signal}' and 'component:${component.name}')`));
                } else if (!forSignal.some(hasCriticalThreshold)) {
                    findings.push(violation(ITEM, `monitor '${forSignal[0].name}' for golden signal '${signal}' of component '${component.name}' has no monitorThresholds.critical`, forSignal[0]));
                }
            }
        }
        return findings;
    },
});
