import { autoscaleSettingsFor, containerAppsOf, containerAppsOutsideTheProgram, plansOf, targetsOf } from "../lib/capacity";
import { judgeEachComponent } from "../lib/evidence";
import { Finding, undecided, violation } from "../lib/findings";
import { readinessPolicy } from "../lib/readiness-policy";
import { azureTag, StackResource, StackView, TYPES } from "../lib/stack";
import { asArray, asNumber, asString, at, isUnknown } from "../lib/values";

const ITEM = "capacity.autoscaling";

/** Thresholds of the autoscaling check. */
export interface AutoscalingConfig {
    /** Fewest instances in prod. Default 2: one instance is a single point of failure. */
    minimumInstancesProd: number;
}

function direction(rule: unknown): string | undefined {
    return asString(at(rule, ["scaleAction", "direction"]));
}

/**
 * True when the rule watches a metric of what the setting scales: its `metricResourceUri` equals the
 * setting's known `targetResourceUri`, or (ids unknown in preview) the setting's `profiles` refer to
 * one of its targets.
 */
function watchesTarget(stack: StackView, s: StackResource, targets: readonly StackResource[], rule: unknown): boolean {
    const metricUri = asString(at(rule, ["metricTrigger", "metricResourceUri"]));
    const targetUri = asString(s.props.targetResourceUri);
    if (metricUri !== undefined && targetUri !== undefined) {
        return metricUri.toLowerCase() === targetUri.toLowerCase();
    }
    const refs = new Set(stack.dependenciesOf(s, "profiles").map((r) => r.urn));
    return targets.some((t) => refs.has(t.urn));
}

function checkRules(stack: StackView, s: StackResource, targets: readonly StackResource[], profile: unknown, n: number): Finding[] {
    const rules = asArray(at(profile, ["rules"]));
    const findings: Finding[] = [];
    const out = rules.filter((r) => direction(r) === "Increase");
    if (out.length === 0) {
        findings.push(violation(ITEM, `autoscale setting '${s.name}' profile ${n} has no scale-out rule (scaleAction.direction 'Increase'), so it never adds instances under load`, s));
    } else if (!out.some((r) => watchesTarget(stack, s, targets, r))) {
        findings.push(violation(ITEM, `autoscale setting '${s.name}' profile ${n} scales out on no metric of what it scales (metricTrigger.metricResourceUri must refer to its target)`, s));
    }
    if (!rules.some((r) => direction(r) === "Decrease")) {
        findings.push(violation(ITEM, `autoscale setting '${s.name}' profile ${n} has no scale-in rule (scaleAction.direction 'Decrease'), so it never gives instances back`, s));
    }
    return findings;
}

function checkSetting(stack: StackView, s: StackResource, prod: boolean, config: AutoscalingConfig): Finding[] {
    const findings: Finding[] = [];
    if (isUnknown(s.props.enabled)) {
        findings.push(undecided(ITEM, `autoscale setting '${s.name}' enabled is unknown in preview`, s));
    } else if (s.props.enabled !== true) {
        findings.push(violation(ITEM, `autoscale setting '${s.name}' enabled is '${String(s.props.enabled)}'; it must be true`, s));
    }
    const profiles = asArray(s.props.profiles);
    if (profiles.length === 0) {
        findings.push(violation(ITEM, `autoscale setting '${s.name}' has no profiles`, s));
    }
    const targets = targetsOf(stack, s);
    profiles.forEach((profile, index) => {
        const min = asNumber(at(profile, ["capacity", "minimum"]));
        const max = asNumber(at(profile, ["capacity", "maximum"]));
        if (min === undefined || max === undefined || max <= min) {
            findings.push(violation(ITEM, `autoscale setting '${s.name}' profile ${index + 1} needs capacity.minimum < capacity.maximum (got ${String(min)}..${String(max)}); a profile that cannot grow does not scale`, s));
        } else if (prod && min < config.minimumInstancesProd) {
            findings.push(violation(ITEM, `autoscale setting '${s.name}' profile ${index + 1} capacity.minimum is ${min}; prod requires at least ${config.minimumInstancesProd}`, s));
        }
        findings.push(...checkRules(stack, s, targets, profile, index + 1));
    });
    return findings;
}

/**
 * A container app scales itself by its `template.scale` (it has no App Service plan an autoscale
 * setting could target): it must be able to grow (maxReplicas > minReplicas), have a scale rule,
 * and keep a replica warm (minReplicas >= 1: an app that scales to zero makes the first request
 * after idle wait for a cold start), with the prod minimum of instances as replicas. An unset
 * minReplicas is the platform's 0; an unset maxReplicas is not stated (the platform's default of
 * 10 is no capacity decision), so it fails.
 */
function checkContainerApp(app: StackResource, prod: boolean, config: AutoscalingConfig): Finding[] {
    const label = `container app '${app.name}'`;
    const scale = at(app.props, ["template", "scale"]);
    if (isUnknown(scale) || isUnknown(at(app.props, ["template"]))) {
        return [undecided(ITEM, `${label} template.scale is unknown in preview`, app)];
    }
    const findings: Finding[] = [];
    const rawMin = at(scale, ["minReplicas"]);
    const rawMax = at(scale, ["maxReplicas"]);
    const min = rawMin === undefined || rawMin === null ? 0 : asNumber(rawMin);
    const max = asNumber(rawMax);
    if (isUnknown(rawMin) || isUnknown(rawMax)) {
        findings.push(undecided(ITEM, `${label} template.scale.${isUnknown(rawMin) ? "minReplicas" : "maxReplicas"} is unknown in preview`, app));
    } else if (rawMax === undefined || rawMax === null) {
        findings.push(violation(ITEM, `${label} template.scale.maxReplicas is unset: state the most replicas it may scale to (the platform's default is no capacity decision)`, app));
    } else if (min === undefined || max === undefined || max <= min) {
        findings.push(violation(ITEM, `${label} needs template.scale.minReplicas < maxReplicas (got ${String(min)}..${String(max)}); an app that cannot grow does not scale`, app));
    }
    if (min !== undefined && !isUnknown(rawMin)) {
        if (min < 1) {
            findings.push(violation(ITEM, `${label} template.scale.minReplicas is ${min}: it scales to zero, so the first request after idle waits for a cold start; at least 1 is required`, app));
        } else if (prod && min < config.minimumInstancesProd) {
            findings.push(violation(ITEM, `${label} template.scale.minReplicas is ${min}; prod requires at least ${config.minimumInstancesProd}`, app));
        }
    }
    const rules = at(scale, ["rules"]);
    if (isUnknown(rules)) {
        findings.push(undecided(ITEM, `${label} template.scale.rules is unknown in preview`, app));
    } else if (asArray(rules).length === 0) {
        findings.push(violation(ITEM, `${label} has no scale rule (template.scale.rules: http, tcp, azureQueue or custom), so it never adds replicas under load`, app));
    }
    return findings;
}

/**
 * Why a setting tagged for the component does not count for it: it scales another resource, or its
 * target is not a property dependency (a fixed or unknown id), which proves nothing.
 */
function mistargeted(stack: StackView, component: string, s: StackResource): Finding {
    const targets = targetsOf(stack, s);
    return targets.length > 0
        ? violation(ITEM, `autoscale setting '${s.name}' is tagged component=${component} but scales ${targets.map((t) => `'${t.name}'`).join(", ")}, no App Service plan or compute resource of component '${component}'`, s)
        : undecided(ITEM, `autoscale setting '${s.name}' is tagged component=${component} but its targetResourceUri refers to no resource of the stack, so what it scales cannot be shown`, s);
}

/**
 * Every component scales automatically: an enabled autoscale setting that targets its plan (by
 * reference), can grow (min < max), scales out on a metric of that plan and back in, with a prod
 * minimum; a container app by its own template.scale (see `checkContainerApp`).
 */
export const enableAutoscaling = readinessPolicy<AutoscalingConfig>({
    name: "enable-autoscaling",
    description: "Every component has an enabled autoscale setting whose targetResourceUri refers to its App Service plan (or compute resource), with minimum < maximum, a scale-out rule on a metric of that target and a scale-in rule, and at least the configured minimum instances in prod; a container app scales by its template.scale: minReplicas < maxReplicas, a scale rule, minReplicas at least 1 (no scale to zero) and the configured minimum in prod.",
    items: [ITEM],
    waivableInProd: true,
    evidenceTypes: [TYPES.autoscaleSetting, TYPES.containerApp],
    configProperties: {
        minimumInstancesProd: { type: "integer", default: 2, description: "Fewest instances an autoscale profile (or replicas a container app) may have in prod." },
    },
    defaults: { minimumInstancesProd: 2 },
    prodFloors: { minimumInstancesProd: "atLeast" },
    check(stack, config): Finding[] {
        const prod = stack.environment() === "prod";
        return judgeEachComponent(stack, ITEM, (c) => {
            const settings = autoscaleSettingsFor(stack, c.name);
            const apps = containerAppsOf(stack, c.name);
            const outside = containerAppsOutsideTheProgram(stack, c.name);
            const labelled = stack.ofType(TYPES.autoscaleSetting).filter((s) => azureTag(s, "component") === c.name && !settings.includes(s));
            const findings = [
                ...labelled.map((s) => mistargeted(stack, c.name, s)),
                ...outside.map((block) => undecided(ITEM, `component '${c.name}' runs on a container app outside the program (monitoring block '${block.name}' names it by containerAppId), whose template.scale the stack cannot show`, block)),
            ];
            // A container app scales itself, but not the plan of a web or function app beside it in the component.
            if (settings.length === 0 && (plansOf(stack, c.name).length > 0 || (apps.length === 0 && outside.length === 0))) {
                return [...findings, violation(ITEM, `component '${c.name}' has no autoscale setting whose targetResourceUri refers to its App Service plan (or other compute resource)`)];
            }
            return [...findings, ...settings.flatMap((s) => checkSetting(stack, s, prod, config)), ...apps.flatMap((a) => checkContainerApp(a, prod, config))];
        });
    },
});
