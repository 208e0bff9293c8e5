import { whyLate } from "./alert-thresholds";
import { PLATFORM_PLAN_NAMES, planScaling, skuLabel } from "./capacity";
import { whyMuted } from "./downtimes";
import { isMetricQueryMonitor, whySilent } from "./evidence";
import { Finding, undecided, violation } from "./findings";
import { ComponentScope, componentScope, plansWatchedBy, Signal, signalOfQuery, isScopedTo } from "./signals";
import { datadogTags, StackResource, StackView, TYPES } from "./stack";
import { whyBlindToTrafficStop } from "./no-data";
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

/**
 * Why a monitor does not count for a signal: `undecided` when that turns on what is unknown in
 * preview, `hollow` when its query is the signal's, scoped to the component, but can never get data
 * (a plan that reports no metrics) or never tells anyone it stopped getting any (a traffic-drop
 * monitor left in NO DATA when traffic stops).
 */
interface WhyNot {
    readonly reason: string;
    readonly kind: "undecided" | "hollow" | "other";
}

/**
 * Why a saturation query gets no data, or undefined when it can: it watches an App Service plan
 * the platform scales without plan metrics. Azure reports App Service plan metrics only for plans
 * in the Basic, Standard, Premium and Isolated tiers, so a Consumption or Flex Consumption plan's
 * CPU or memory never reaches Datadog; the function app's own metrics do. An Elastic Premium plan,
 * whose instances are allocated to it like a Premium plan's, keeps counting (docs/evidence.md,
 * "Not hollow"). How a plan scales is read from its sku (lib/capacity.ts `planScaling`); a sku
 * unknown in preview is undecided, unless another plan the query watches is known to be hollow.
 */
function hollowSaturation(stack: StackView, expression: string, component: string): WhyNot | undefined {
    const watched = plansWatchedBy(stack, expression, component).map((plan) => ({ plan, scaling: planScaling(plan) }));
    const hollow = watched.find((w) => w.scaling === "consumption" || w.scaling === "flexConsumption");
    if (hollow !== undefined) {
        const scaling = hollow.scaling as "consumption" | "flexConsumption";
        return {
            kind: "hollow",
            reason: `its query watches App Service plan '${hollow.plan.name}' (${PLATFORM_PLAN_NAMES[scaling]}, ${skuLabel(hollow.plan)}), which reports no plan metrics, `
                + `so the monitor never gets data: watch the function app's own memory instead (azure.functions.memory_working_set `
                + `filtered to the app's resource_group and name, e.g. as a percentage of its instance memory)`,
        };
    }
    const unknown = watched.find((w) => w.scaling === undefined);
    return unknown === undefined ? undefined : {
        kind: "undecided",
        reason: `its query watches App Service plan '${unknown.plan.name}', whose sku is unknown in preview (a Consumption or Flex Consumption plan reports no plan metrics)`,
    };
}

/** Why `m`, which claims `signal` for the component by its tags, does not count; undefined if it does. */
function whyNot(stack: StackView, rule: SignalRule, m: StackResource, scope: ComponentScope, signal: Signal): WhyNot | undefined {
    const other = (reason: string): WhyNot => ({ reason, kind: "other" });
    if (!rule.isCandidate(m)) {
        return other(`its type or query does not make it one (${rule.how})`);
    }
    const expression = rule.expression(m);
    if (expression === undefined) {
        return other(`its query has no metric to judge`);
    }
    if (!isScopedTo(expression, scope)) {
        return other(`its query is not filtered to component '${scope.component}' (every metric filter must name ${scopeText(scope)})`);
    }
    const measured = signalOfQuery(expression);
    if (measured !== signal) {
        return other(measured === undefined
            ? `its query measures no ${signal} metric (lib/signals.ts lists each signal's metric families)`
            : `its query measures ${measured}, not ${signal}`);
    }
    const silent = whySilent(m);
    if (silent !== undefined) {
        // A draft measures the signal but never notifies; whether it is one may be unknown in preview.
        return { reason: silent, kind: isUnknown(m.props.draftStatus) ? "undecided" : "hollow" };
    }
    const muted = whyMuted(stack, m);
    if (muted !== undefined) {
        return { reason: muted.reason, kind: muted.kind };
    }
    const late = whyLate(m);
    if (late !== undefined) {
        return late;
    }
    if (signal === "traffic") {
        // A drop monitor that sits in NO DATA when traffic stops never sees the worst drop (lib/no-data.ts).
        return whyBlindToTrafficStop(m);
    }
    return signal === "saturation" ? hollowSaturation(stack, expression, scope.component) : undefined;
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
        const verdicts = monitors.filter((m) => rule.isCandidate(m)).map((m) => ({ m, why: whyNot(stack, rule, m, scope, signal) }));
        const counting = verdicts.filter((v) => v.why === undefined).map((v) => v.m);
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
        const pending = verdicts.find((v) => v.why?.kind === "undecided");
        if (pending !== undefined) {
            findings.push(undecided(rule.item, `component '${component}' has no ${rule.what} for golden signal '${signal}' that can be judged: ${pending.why?.reason.replace(/^its query/, `the query of monitor '${pending.m.name}'`)}`, pending.m));
            continue;
        }
        const claimant = claimants.find((m) => rule.claims(m) && datadogTags(m).get("golden-signal")?.includes(signal));
        if (claimant !== undefined) {
            findings.push(violation(rule.item, `monitor '${claimant.name}' is tagged 'golden-signal:${signal}' but is no ${signal} ${rule.what} of component '${component}': ${whyNot(stack, rule, claimant, scope, signal)?.reason}`, claimant));
            continue;
        }
        const hollow = verdicts.find((v) => v.why?.kind === "hollow");
        if (hollow !== undefined) {
            findings.push(violation(rule.item, `monitor '${hollow.m.name}' is no ${signal} ${rule.what} of component '${component}': ${hollow.why?.reason}`, hollow.m));
            continue;
        }
        findings.push(violation(rule.item, `component '${component}' has no ${rule.what} for golden signal '${signal}' (${rule.how}, whose query measures ${signal} with metrics filtered to ${scopeText(scope)})`));
    }
    return findings;
}
