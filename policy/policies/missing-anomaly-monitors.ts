import { whyAnomalyCannotTrigger } from "../lib/alert-thresholds";
import { judgeEachComponent, GOLDEN_SIGNALS, isAnomalyMonitor, isThresholdMonitor, mentionsAnomalies, queryOf } from "../lib/evidence";
import { Finding, undecided, violation } from "../lib/findings";
import { SignalRule, signalFindings } from "../lib/monitor-signals";
import { readinessPolicy } from "../lib/readiness-policy";
import { anomalyTarget, Signal } from "../lib/signals";
import { StackResource, TYPES } from "../lib/stack";

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

/** Undefined when one of the signal's anomaly monitors can trigger, else why the first cannot. */
function triggerFinding(component: string, signal: Signal, monitors: readonly StackResource[]): Finding | undefined {
    const why = monitors.map((m) => whyAnomalyCannotTrigger(m, signal));
    if (why.some((w) => w === undefined)) {
        return undefined;
    }
    const unknown = why.indexOf("unknown");
    return unknown >= 0
        ? undecided(ITEM, `anomaly monitor '${monitors[unknown].name}' for golden signal '${signal}' of component '${component}' has thresholds unknown in preview, so whether it can trigger cannot be judged`, monitors[unknown])
        : violation(ITEM, `anomaly monitor '${monitors[0].name}' for golden signal '${signal}' of component '${component}' ${why[0]}`, monitors[0]);
}

/**
 * Every component has an anomaly monitor for each golden signal: a query monitor whose query
 * applies `anomalies(` to a metric of the signal's family filtered to the component, and can trigger
 * (lib/alert-thresholds.ts). The word in a name or message, or tags, do not make one.
 */
export const missingAnomalyMonitors = readinessPolicy({
    name: "missing-anomaly-monitors",
    description: "Every component has anomaly monitors (query alerts applying anomalies() to the signal's metric) for its latency, traffic, errors and saturation; a traffic anomaly monitor that watches drops (below or both) sees traffic that stops (count_default_zero over counts, notifyNoData, onMissingData or default_zero()).",
    items: [ITEM],
    waivableInProd: true,
    evidenceTypes: [TYPES.monitor, TYPES.appServicePlan, TYPES.downtime, TYPES.downtimeSchedule],
    defaults: {},
    check(stack): Finding[] {
        return judgeEachComponent(stack, ITEM, (component) => signalFindings(stack, component.name, GOLDEN_SIGNALS, RULE, (signal, monitors) =>
            triggerFinding(component.name, signal, monitors)));
    },
});
