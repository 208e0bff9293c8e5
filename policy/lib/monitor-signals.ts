import { isMetricQueryMonitor, whySilent } from "./evidence";
import { Finding, undecided, violation } from "./findings";
import { ComponentScope, componentScope, Signal, signalOfQuery, isScopedTo } from "./signals";
import { datadogTags, StackResource, StackView, TYPES } from "./stack";
import { isUnknown } from "./values";

/**
 * Finding golden-signal monitors of a component by what their queries measure, and saying why a
 * monitor that claims a signal (by its tags) does not count. Shared by the threshold and the
 * anomaly policy, which differ only in which monitors they consider and which expression of the
 * query they read (the whole query, or what `anomalies(` is applied to).
 */
export interface SignalRule {
    readonly item: string;
    /** The monitors this rule considers (threshold or anomaly monitors). */
    readonly isCandidate: (m: StackResource) => boolean;
    /**
     * Whether a monitor tagged with a signal of the component presents itself as one of this
     * rule's monitors (so a message names it when it does not count), rather than as the other kind.
     */
    readonly claims: (m: StackResource) => boolean;
    /** The metric expression to judge, or undefined when the query is unknown or has none. */
    readonly expression: (m: StackResource) => string | undefined;
    /** What the rule expects, for messages: e.g. "threshold monitor". */
    readonly what: string;
    /** How to build one, for messages. */
    readonly how: string;
}

/** The query text of a monitor, raw (an unknown stays the sentinel). */
function rawQuery(m: StackResource): unknown {
    return m.props.query;
}

function scopeText(scope: ComponentScope): string {
    const names = [...scope.azureNames].sort().map((n) => `name:${n}`);
    return [...[...scope.services].map((s) => `service:${s}`), ...names].join(" or ");
}

/** Why `m`, which claims `signal` for the component by its tags, does not count; undefined if it does. */
function whyNot(rule: SignalRule, m: StackResource, scope: ComponentScope, signal: Signal): string | undefined {
    if (!rule.isCandidate(m)) {
        return `its type or query does not make it one (${rule.how})`;
    }
    const expression = rule.expression(m);
    if (expression === undefined) {
        return `its query has no metric to judge`;
    }
    if (!isScopedTo(expression, scope)) {
        return `its query is not filtered to component '${scope.component}' (every metric filter must name ${scopeText(scope)})`;
    }
    const measured = signalOfQuery(expression);
    if (measured !== signal) {
        return measured === undefined
            ? `its query measures no ${signal} metric (lib/signals.ts lists each signal's metric families)`
            : `its query measures ${measured}, not ${signal}`;
    }
    return whySilent(m);
}

/**
 * For each signal: the component's monitors (any tags) that rule-qualify for it, and the findings
 * for signals none qualifies for. A monitor counts for the one signal its query measures.
 */
export function signalFindings(stack: StackView, component: string, signals: readonly Signal[], rule: SignalRule,
    onFound: (signal: Signal, monitors: StackResource[]) => Finding | undefined): Finding[] {
    const scope = componentScope(stack, component);
    const monitors = stack.ofType(TYPES.monitor);
    const claimants = stack.datadogFor(TYPES.monitor, component);
    const findings: Finding[] = [];
    for (const signal of signals) {
        const counting = monitors.filter((m) => rule.isCandidate(m) && whyNot(rule, m, scope, signal) === undefined);
        if (counting.length > 0) {
            const found = onFound(signal, counting);
            if (found !== undefined) {
                findings.push(found);
            }
            continue;
        }
        // Only a metric query monitor's unknown query could be the missing one (not an SLO alert's, say).
        const unknown = claimants.filter((m) => isMetricQueryMonitor(m) && isUnknown(rawQuery(m)));
        if (unknown.length > 0) {
            findings.push(undecided(rule.item, `component '${component}' has no ${rule.what} for golden signal '${signal}' that can be judged: the query of monitor '${unknown[0].name}' is unknown in preview`, unknown[0]));
            continue;
        }
        const claimant = claimants.find((m) => rule.claims(m) && datadogTags(m).get("golden-signal")?.includes(signal));
        if (claimant !== undefined) {
            findings.push(violation(rule.item, `monitor '${claimant.name}' is tagged 'golden-signal:${signal}' but is no ${signal} ${rule.what} of component '${component}': ${whyNot(rule, claimant, scope, signal)}`, claimant));
            continue;
        }
        findings.push(violation(rule.item, `component '${component}' has no ${rule.what} for golden signal '${signal}' (${rule.how}, whose query measures ${signal} with metrics filtered to ${scopeText(scope)})`));
    }
    return findings;
}
