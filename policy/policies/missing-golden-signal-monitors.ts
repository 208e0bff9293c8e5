import { whyCannotTrigger } from "../lib/alert-thresholds";
import { judgeEachComponent, GOLDEN_SIGNALS, isAnomalyMonitor, isThresholdMonitor, mentionsAnomalies, queryOf } from "../lib/evidence";
import { Finding, undecided, violation } from "../lib/findings";
import { SignalRule, signalFindings } from "../lib/monitor-signals";
import { readinessPolicy } from "../lib/readiness-policy";
import { Signal } from "../lib/signals";
import { StackResource, TYPES } from "../lib/stack";

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
 * Undefined when one of the signal's monitors can trigger (lib/alert-thresholds.ts), else why the
 * first cannot: undecided when its thresholds are unknown in preview.
 */
function triggerFinding(component: string, signal: Signal, monitors: readonly StackResource[]): Finding | undefined {
    const why = monitors.map((m) => whyCannotTrigger(m, signal));
    if (why.some((w) => w === undefined)) {
        return undefined;
    }
    const unknown = why.indexOf("unknown");
    return unknown >= 0
        ? undecided(ITEM, `monitor '${monitors[unknown].name}' for golden signal '${signal}' of component '${component}' has thresholds unknown in preview, so whether it can trigger cannot be judged`, monitors[unknown])
        : violation(ITEM, `monitor '${monitors[0].name}' for golden signal '${signal}' of component '${component}' ${why[0]}`, monitors[0]);
}

/**
 * Every component has a threshold monitor that can trigger for each golden signal, judged by its
 * query: a metric of the signal's family (lib/signals.ts) filtered to the component, compared with
 * its critical threshold in the direction of trouble at a value the metric can reach
 * (lib/alert-thresholds.ts); a traffic-drop monitor must not sit in NO DATA when traffic stops
 * (lib/no-data.ts, judged in lib/monitor-signals.ts). Tags do not decide: a monitor counts for the
 * one signal its query measures.
 */
export const missingGoldenSignalMonitors = readinessPolicy({
    name: "missing-golden-signal-monitors",
    description: "Every component has threshold monitors (metric/query alert) whose queries measure its latency, traffic, errors and saturation and can trigger: compared with their critical threshold in the direction of trouble, at a value the metric can reach; a traffic monitor that watches for a drop also tells someone when traffic stops (notifyNoData, onMissingData or zero-filled gaps), rather than sitting in NO DATA.",
    items: [ITEM],
    waivableInProd: true,
    evidenceTypes: [TYPES.monitor, TYPES.appServicePlan, TYPES.downtime, TYPES.downtimeSchedule],
    defaults: {},
    check(stack): Finding[] {
        return judgeEachComponent(stack, ITEM, (component) => signalFindings(stack, component.name, GOLDEN_SIGNALS, RULE, (signal, monitors) =>
            triggerFinding(component.name, signal, monitors)));
    },
});
