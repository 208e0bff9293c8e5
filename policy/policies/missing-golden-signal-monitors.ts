import { judgeEachComponent, GOLDEN_SIGNALS, hasCriticalThreshold, isAnomalyMonitor, isThresholdMonitor, mentionsAnomalies, queryOf } from "../lib/evidence";
import { Finding, violation } from "../lib/findings";
import { SignalRule, signalFindings } from "../lib/monitor-signals";
import { readinessPolicy } from "../lib/readiness-policy";
import { TYPES } from "../lib/stack";

const ITEM = "monitoring.golden-signals";

const RULE: SignalRule = {
    item: ITEM,
    isCandidate: isThresholdMonitor,
    claims: (m) => !isAnomalyMonitor(m) && !mentionsAnomalies(m),
    expression: (m) => queryOf(m) || undefined,
    what: "threshold monitor",
    how: `a ${TYPES.monitor} of type 'metric alert' or 'query alert' without 'anomalies('`,
};

/**
 * Every component has a threshold monitor with a critical threshold for each golden signal, judged
 * by its query: a metric of the signal's family (lib/signals.ts) filtered to the component. Tags
 * do not decide: a monitor counts for the one signal its query measures.
 */
export const missingGoldenSignalMonitors = readinessPolicy({
    name: "missing-golden-signal-monitors",
    description: "Every component has threshold monitors (metric/query alert with a critical threshold) whose queries measure its latency, traffic, errors and saturation.",
    items: [ITEM],
    waivableInProd: true,
    evidenceTypes: [TYPES.monitor, TYPES.appServicePlan],
    defaults: {},
    check(stack): Finding[] {
        return judgeEachComponent(stack, ITEM, (component) => signalFindings(stack, component.name, GOLDEN_SIGNALS, RULE, (signal, monitors) =>
            monitors.some(hasCriticalThreshold) ? undefined
                : violation(ITEM, `monitor '${monitors[0].name}' for golden signal '${signal}' of component '${component.name}' has no monitorThresholds.critical`, monitors[0])));
    },
});
