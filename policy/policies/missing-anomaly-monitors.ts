import { judgeEachComponent, GOLDEN_SIGNALS, isAnomalyMonitor, isThresholdMonitor, mentionsAnomalies, queryOf } from "../lib/evidence";
import { Finding } from "../lib/findings";
import { SignalRule, signalFindings } from "../lib/monitor-signals";
import { readinessPolicy } from "../lib/readiness-policy";
import { anomalyTarget } from "../lib/signals";
import { TYPES } from "../lib/stack";

const ITEM = "monitoring.anomaly-alerts";


const RULE: SignalRule = {
    item: ITEM,
    isCandidate: isAnomalyMonitor,
    // A threshold monitor is the other kind, unless it presents itself as anomaly detection.
    claims: (m) => !isThresholdMonitor(m) || mentionsAnomalies(m),
    expression: (m) => anomalyTarget(queryOf(m)),
    what: "anomaly monitor",
    how: `a ${TYPES.monitor} of type 'query alert' whose query applies anomalies() to the signal's metric`,
};

/**
 * Every component has an anomaly monitor for each golden signal: a query monitor whose query
 * applies `anomalies(` to a metric of the signal's family filtered to the component. The word in a
 * name or message, or tags, do not make one.
 */
export const missingAnomalyMonitors = readinessPolicy({
    name: "missing-anomaly-monitors",
    description: "Every component has anomaly monitors (query alerts applying anomalies() to the signal's metric) for its latency, traffic, errors and saturation.",
    items: [ITEM],
    waivableInProd: true,
    evidenceTypes: [TYPES.monitor, TYPES.appServicePlan],
    defaults: {},
    check(stack): Finding[] {
        return judgeEachComponent(stack, ITEM, (component) => signalFindings(stack, component.name, GOLDEN_SIGNALS, RULE, () => undefined));
    },
});
