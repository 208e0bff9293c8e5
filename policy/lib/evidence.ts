import { Finding, violation } from "./findings";
import { Component, datadogTag, StackResource, StackView, TYPES } from "./stack";
import { anomalyTarget } from "./signals";
import { asString, at, isUnknown } from "./values";

/**
 * What `judge` finds in each component, or a violation saying none were found: a stack
 * without any component evidence must fail, never pass vacuously.
 */
export function judgeEachComponent(stack: StackView, item: string, judge: (component: Component) => Finding[]): Finding[] {
    const components = stack.components();
    if (components.length === 0) {
        return [violation(item, "no component found: tag Azure resources with 'component' (or Datadog resources with 'component:'), or use a readiness:index:ReadyService component")];
    }
    return components.flatMap(judge);
}

/** Metric query monitors: `query alert`, and `metric alert`, which Datadog treats the same. */
export function isMetricQueryMonitor(m: StackResource): boolean {
    const type = asString(m.props.type);
    return type === "metric alert" || type === "query alert";
}

/** Threshold monitors are metric query monitors whose query does not apply `anomalies(`. */
export function isThresholdMonitor(m: StackResource): boolean {
    return isMetricQueryMonitor(m) && anomalyTarget(queryOf(m)) === undefined;
}

/**
 * Anomaly monitors are metric query monitors whose query applies `anomalies(` to a metric; the
 * word in a name, message or another monitor type's query does not make one.
 */
export function isAnomalyMonitor(m: StackResource): boolean {
    return isMetricQueryMonitor(m) && anomalyTarget(queryOf(m)) !== undefined;
}

/** Whether the monitor's name, message or query mention anomaly detection (what it claims, not what it is). */
export function mentionsAnomalies(m: StackResource): boolean {
    return [m.props.name, m.props.message, m.props.query].some((text) => /anomal/i.test(asString(text) ?? ""));
}

/**
 * Why Datadog sends none of the monitor's notifications whatever its query does, or undefined when
 * it sends them: a draft (`draftStatus: draft`) evaluates but notifies no one.
 */
export function whySilent(m: StackResource): string | undefined {
    const status = m.props.draftStatus;
    if (isUnknown(status)) {
        return "its draftStatus is unknown in preview, so whether Datadog sends its notifications cannot be shown";
    }
    return asString(status) === "draft" ? "it is a draft (draftStatus 'draft'), for which Datadog sends no notification" : undefined;
}

/** The monitor's query, or "" when absent. */
export function queryOf(m: StackResource): string {
    return asString(m.props.query) ?? "";
}

/** The component a Datadog resource belongs to (its `component:` tag). */
export function componentOf(r: StackResource): string | undefined {
    return datadogTag(r, "component");
}

export { GOLDEN_SIGNALS } from "./signals";

/** The monitors of the stack. */
export function monitors(stack: StackView): StackResource[] {
    return stack.ofType(TYPES.monitor);
}
