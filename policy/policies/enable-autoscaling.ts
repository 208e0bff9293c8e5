import {
    appsOnPlan, autoscaleSettingsFor, computeOf, containerAppsOf, containerAppsOutsideTheProgram, PLATFORM_PLAN_NAMES, PlatformScale, planScaling, plansOf,
    platformScale, platformScaledPlansOf, refusedAutoscaleSettingsFor, scaledLabel, scaledTargetOf, skuLabel, targetsOf,
} from "../lib/capacity";
import { isoDurationHours } from "../lib/durations";
import { judgeEachComponent } from "../lib/evidence";
import { Finding, undecided, violation } from "../lib/findings";
import { readinessPolicy } from "../lib/readiness-policy";
import { azureTag, StackResource, StackView, TYPES } from "../lib/stack";
import { asArray, asNumber, asString, at, isUnknown, UNKNOWN } from "../lib/values";

const ITEM = "capacity.autoscaling";

/** Thresholds of the autoscaling check. */
export interface AutoscalingConfig {
    /** Fewest instances in prod. Default 2: one instance is a single point of failure. */
    minimumInstancesProd: number;
}

function direction(rule: unknown): string | undefined {
    return asString(at(rule, ["scaleAction", "direction"]));
}

/** What a scale-out rule lacks: `violation`s it fails on, or `undecided` what preview cannot show. */
interface RuleDefects {
    readonly violations: string[];
    readonly undecided: string[];
}

/**
 * Whether a scale-out rule watches a metric of `plan` (the setting's one target, a plan or scale set) or of an app on it.
 * A known `metricResourceUri` must equal the setting's known `targetResourceUri` or a known id of
 * the plan or its apps (undefined when those ids are unknown in preview, so a fixed id cannot be
 * compared). One unknown in preview counts only when every resource the setting's `profiles` refer
 * to is the plan or an app on it: references are recorded per property, not per rule, so a profile
 * that also refers to another resource may watch that one instead.
 */
function watchesPlan(stack: StackView, s: StackResource, plan: StackResource, rule: unknown): { watches: boolean | undefined; others: StackResource[] } {
    const own = [plan, ...appsOnPlan(stack, plan)];
    const others = stack.dependenciesOf(s, "profiles").filter((r) => !own.includes(r));
    const metricUri = at(rule, ["metricTrigger", "metricResourceUri"]);
    const knownUri = asString(metricUri);
    if (knownUri !== undefined) {
        const ids = [s.props.targetResourceUri, ...own.map((r) => r.props.id)].map(asString);
        const matches = ids.some((id) => id !== undefined && id.toLowerCase() === knownUri.toLowerCase());
        return { watches: matches ? true : isUnknown(s.props.targetResourceUri) ? undefined : false, others };
    }
    const refs = stack.dependenciesOf(s, "profiles");
    return { watches: isUnknown(metricUri) && refs.length > 0 && others.length === 0, others };
}

/**
 * The values a metric can take, by its name: a percentage (`CpuPercentage`, `MemoryPercentage`)
 * lies in 0..100, a count or length (`HttpQueueLength`, `DiskQueueLength`) is never below 0; of any
 * other metric (a count whose name does not say so, such as `Requests`, included) no bound is
 * assumed. A trigger that adds values up (`statistic` `Sum` across instances, `timeAggregation`
 * `Total` or `Count` over the window) lifts a percentage's upper bound: 4 instances at 60% sum to 240.
 */
function metricRange(name: string, sums: boolean): { low: number; high: number; what: string } {
    if (/percent/i.test(name)) {
        return sums ? { low: 0, high: Infinity, what: "a sum of percentages (never below 0)" } : { low: 0, high: 100, what: "a percentage (0..100)" };
    }
    return /count|length/i.test(name) ? { low: 0, high: Infinity, what: "a count (never below 0)" } : { low: -Infinity, high: Infinity, what: "unbounded" };
}

/** The aggregations that add values up rather than average them (`metricRange`). */
const SUMMING: ReadonlySet<string> = new Set(["Sum", "Total", "Count"]);

/** Whether some value in low..high compares `operator` to `threshold` (Azure's ComparisonOperationType). */
const FIRES: Readonly<Record<string, (low: number, high: number, threshold: number) => boolean>> = {
    GreaterThan: (_low, high, t) => high > t,
    GreaterThanOrEqual: (_low, high, t) => high >= t,
    LessThan: (low, _high, t) => low < t,
    LessThanOrEqual: (low, _high, t) => low <= t,
    Equals: (low, high, t) => low <= t && t <= high,
    NotEquals: (low, high, t) => low !== high || low !== t,
};

/**
 * Whether a rule's metric trigger can ever be met by a value its metric can take (`metricRange`):
 * `CpuPercentage GreaterThan 200`, or a count `LessThan 0`, never fires, so the rule never scales.
 */
function triggerDefects(rule: unknown, defects: RuleDefects): void {
    const trigger = at(rule, ["metricTrigger"]);
    const [name, operator, threshold] = [at(trigger, ["metricName"]), at(trigger, ["operator"]), at(trigger, ["threshold"])];
    const unknown = [["metricName", name], ["operator", operator], ["threshold", threshold]].filter(([, v]) => isUnknown(v)).map(([k]) => k);
    if (unknown.length > 0) {
        defects.undecided.push(`metricTrigger.${unknown.join(", ")} ${unknown.length === 1 ? "is" : "are"} unknown in preview, so whether it can fire cannot be shown`);
        return;
    }
    const t = asNumber(threshold);
    const op = asString(operator);
    const metric = asString(name);
    if (metric === undefined || op === undefined || !(op in FIRES) || t === undefined) {
        defects.violations.push(`needs metricTrigger.metricName, an operator (${Object.keys(FIRES).join(", ")}) and a numeric threshold (got ${String(metric)} ${String(op)} ${String(threshold)}), so it never fires`);
        return;
    }
    const aggregations = [at(trigger, ["statistic"]), at(trigger, ["timeAggregation"])];
    const range = metricRange(metric, aggregations.some((a) => SUMMING.has(String(asString(a)))));
    if (!FIRES[op](range.low, range.high, t)) {
        const summed = metricRange(metric, true);
        if (aggregations.some(isUnknown) && FIRES[op](summed.low, summed.high, t)) {
            defects.undecided.push(`metricTrigger.statistic or timeAggregation is unknown in preview, so whether metric '${metric}' can be ${op} ${t} cannot be shown`);
        } else {
            defects.violations.push(`can never fire: metric '${metric}' is ${range.what} and the rule fires when it is ${op} ${t}`);
        }
    }
}

/**
 * Whether a scale-out rule's action adds at least one instance, from the profile's `minimum` where
 * the type counts from the current count. Azure's ScaleAction: `value` is "the number of instances
 * that are involved in the scaling action", at least 1 and 1 when unset. `ChangeCount` adds `value`
 * instances; `PercentChangeCount` adds `value` percent of the current count, whose rounding Azure
 * does not document, so that percent of the minimum must itself reach one instance; `ExactCount`
 * sets the count to `value`, which must exceed the minimum; `ServiceAllowedNextValue` leaves the
 * next count to the service, so what it adds is not stated and it fails.
 */
function actionDefects(rule: unknown, minimum: number | undefined, defects: RuleDefects): void {
    const action = at(rule, ["scaleAction"]);
    const [type, rawValue] = [at(action, ["type"]), at(action, ["value"])];
    const unknown = [["type", type], ["value", rawValue]].filter(([, v]) => isUnknown(v)).map(([k]) => k);
    if (unknown.length > 0) {
        defects.undecided.push(`scaleAction.${unknown.join(", ")} ${unknown.length === 1 ? "is" : "are"} unknown in preview, so whether it adds an instance cannot be shown`);
        return;
    }
    const value = rawValue === undefined || rawValue === null ? 1 : asNumber(rawValue);
    const kind = asString(type);
    if (kind !== "ChangeCount" && kind !== "PercentChangeCount" && kind !== "ExactCount") {
        defects.violations.push(`scaleAction.type is '${String(kind)}': only ChangeCount, PercentChangeCount or ExactCount state how many instances a scale-out adds`);
    } else if (value === undefined || value < 1 || (kind !== "PercentChangeCount" && !Number.isInteger(value))) {
        defects.violations.push(`scaleAction.value is '${String(rawValue)}': it must be ${kind === "PercentChangeCount" ? "a number" : "a whole number"} of at least 1, or the scale-out adds no instance`);
    } else if (minimum !== undefined && kind === "PercentChangeCount" && minimum * value / 100 < 1) {
        defects.violations.push(`scaleAction PercentChangeCount ${value}% of capacity.minimum ${minimum} is ${minimum * value / 100} instances, less than one, so it may add none`);
    } else if (minimum !== undefined && kind === "ExactCount" && value <= minimum) {
        defects.violations.push(`scaleAction ExactCount ${value} is not above capacity.minimum ${minimum}, so it adds no instance`);
    }
}

/**
 * The longest scale-out cooldown that counts, in hours. Azure waits a rule's `cooldown` after the
 * last scaling action before it may act again and allows up to a week (`P7D`): a rule that waits
 * days adds at most one step per wait, so under a surge it cannot follow the load. Within an hour
 * a profile can still grow several steps while a surge lasts (ReadyService waits `PT5M`).
 */
const MAX_SCALE_OUT_COOLDOWN_HOURS = 1;

/** Whether a scale-out rule's `scaleAction.cooldown` lets it fire again soon enough (`MAX_SCALE_OUT_COOLDOWN_HOURS`). */
function cooldownDefects(rule: unknown, defects: RuleDefects): void {
    const cooldown = at(rule, ["scaleAction", "cooldown"]);
    if (isUnknown(cooldown)) {
        defects.undecided.push("scaleAction.cooldown is unknown in preview, so how often it can add instances cannot be shown");
        return;
    }
    const hours = isoDurationHours(cooldown);
    if (hours === undefined) {
        defects.violations.push(`scaleAction.cooldown is '${String(cooldown)}': state an ISO-8601 duration of at most PT${MAX_SCALE_OUT_COOLDOWN_HOURS}H (such as PT5M)`);
    } else if (hours > MAX_SCALE_OUT_COOLDOWN_HOURS) {
        defects.violations.push(`scaleAction.cooldown is ${String(cooldown)}: it adds instances at most once per ${String(cooldown)}, too slowly to follow a surge; at most PT${MAX_SCALE_OUT_COOLDOWN_HOURS}H is required`);
    }
}

/** Whether a scale-out rule watches a metric of `plan` or an app on it (`watchesPlan`). */
function metricDefects(stack: StackView, s: StackResource, plan: StackResource, rule: unknown, defects: RuleDefects): void {
    const { watches, others } = watchesPlan(stack, s, plan, rule);
    if (watches === undefined) {
        defects.undecided.push(`metricTrigger.metricResourceUri is a fixed id and the id of ${scaledLabel(plan)} is unknown in preview, so whether it watches it cannot be shown`);
    } else if (!watches) {
        defects.violations.push(`watches no metric of ${scaledLabel(plan)} or an app on it (metricTrigger.metricResourceUri must refer to one of them${others.length > 0 ? `; the profiles also refer to ${others.map((o) => `'${o.name}'`).join(", ")}, whose metric a rule may watch instead` : ""})`);
    }
}

/** Why scale-out rule `rule` of a profile does not add instances of `plan` under load (none: it does). */
function scaleOutDefects(stack: StackView, s: StackResource, plan: StackResource, rule: unknown, minimum: number | undefined): RuleDefects {
    const defects: RuleDefects = { violations: [], undecided: [] };
    metricDefects(stack, s, plan, rule, defects);
    triggerDefects(rule, defects);
    actionDefects(rule, minimum, defects);
    cooldownDefects(rule, defects);
    return defects;
}

/**
 * A profile scales out when at least one of its `Increase` rules has no defect (`scaleOutDefects`);
 * else every scale-out rule's defects are findings, undecided when the only ones left are unknown in preview.
 */
function checkRules(stack: StackView, s: StackResource, plan: StackResource, profile: unknown, n: number, minimum: number | undefined): Finding[] {
    const rules = asArray(at(profile, ["rules"]));
    const findings: Finding[] = [];
    const out = rules.flatMap((r, index) => direction(r) === "Increase" ? [{ index, defects: scaleOutDefects(stack, s, plan, r, minimum) }] : []);
    if (out.length === 0) {
        findings.push(violation(ITEM, `autoscale setting '${s.name}' profile ${n} has no scale-out rule (scaleAction.direction 'Increase'), so it never adds instances under load`, s));
    } else if (!out.some(({ defects }) => defects.violations.length === 0 && defects.undecided.length === 0)) {
        const onlyUnknown = out.filter(({ defects }) => defects.violations.length === 0);
        const label = (index: number) => `autoscale setting '${s.name}' profile ${n} scale-out rule ${index + 1}`;
        findings.push(...(onlyUnknown.length > 0
            ? onlyUnknown.flatMap(({ index, defects }) => defects.undecided.map((d) => undecided(ITEM, `${label(index)} ${d}`, s)))
            : out.flatMap(({ index, defects }) => defects.violations.map((d) => violation(ITEM, `${label(index)} ${d}`, s)))));
    }
    if (!rules.some((r) => direction(r) === "Decrease")) {
        findings.push(violation(ITEM, `autoscale setting '${s.name}' profile ${n} has no scale-in rule (scaleAction.direction 'Decrease'), so it never gives instances back`, s));
    }
    return findings;
}

function checkSetting(stack: StackView, s: StackResource, plan: StackResource, prod: boolean, config: AutoscalingConfig): Finding[] {
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
    profiles.forEach((profile, index) => {
        const min = asNumber(at(profile, ["capacity", "minimum"]));
        const max = asNumber(at(profile, ["capacity", "maximum"]));
        if (min === undefined || max === undefined || max <= min) {
            findings.push(violation(ITEM, `autoscale setting '${s.name}' profile ${index + 1} needs capacity.minimum < capacity.maximum (got ${String(min)}..${String(max)}); a profile that cannot grow does not scale`, s));
        } else if (prod && min < config.minimumInstancesProd) {
            findings.push(violation(ITEM, `autoscale setting '${s.name}' profile ${index + 1} capacity.minimum is ${min}; prod requires at least ${config.minimumInstancesProd}`, s));
        }
        findings.push(...checkRules(stack, s, plan, profile, index + 1, min));
    });
    return findings;
}

/** Why an app that scales to zero fails, whatever the environment (one rule for every scaler that can). */
const SCALES_TO_ZERO = "it scales to zero, so the first request after idle waits for a cold start; at least 1 is required";

/**
 * The warm minimum of anything that scales itself (a container app's replicas, a function app's
 * always-ready instances): at least 1 in every environment (no scale to zero), the prod minimum in prod.
 */
function checkWarmMinimum(label: string, property: string, min: number, prod: boolean, config: AutoscalingConfig, r: StackResource): Finding[] {
    if (min < 1) {
        return [violation(ITEM, `${label} ${property} is ${min}: ${SCALES_TO_ZERO}`, r)];
    }
    return prod && min < config.minimumInstancesProd
        ? [violation(ITEM, `${label} ${property} is ${min}; prod requires at least ${config.minimumInstancesProd}`, r)]
        : [];
}

/** What a container app's scale rule scales on; a rule that sets none of them (a name alone) never fires. */
const SCALE_TRIGGERS = ["http", "tcp", "azureQueue", "custom"] as const;

/** A trigger is set when it is an object (or unknown in preview, which the rule's other checks leave undecided). */
function hasTrigger(value: unknown): boolean {
    return isUnknown(value) || (value !== null && typeof value === "object");
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
        findings.push(...checkWarmMinimum(label, "template.scale.minReplicas", min, prod, config, app));
    }
    const rules = at(scale, ["rules"]);
    if (isUnknown(rules)) {
        findings.push(undecided(ITEM, `${label} template.scale.rules is unknown in preview`, app));
    } else if (asArray(rules).length === 0) {
        findings.push(violation(ITEM, `${label} has no scale rule (template.scale.rules: http, tcp, azureQueue or custom), so it never adds replicas under load`, app));
    } else if (!asArray(rules).some((rule) => isUnknown(rule) || SCALE_TRIGGERS.some((t) => hasTrigger(at(rule, [t]))))) {
        findings.push(violation(ITEM, `${label} has no scale rule with a trigger (template.scale.rules[] sets none of ${SCALE_TRIGGERS.join(", ")}), so it never adds replicas under load`, app));
    }
    return findings;
}

/**
 * A function app on a plan the platform scales (`platformScale`): no autoscale setting scales it,
 * its own scale settings do. On a Consumption plan it scales to zero, which fails in every
 * environment; on Elastic Premium and Flex Consumption its always-ready instances are its warm
 * minimum (at least 1, the prod minimum in prod) and it must be able to grow beyond them up to a
 * stated maximum (unset: the platform's default is no capacity decision).
 */
function checkPlatformScaledApp(app: StackResource, plan: StackResource, scaling: keyof typeof PLATFORM_PLAN_NAMES, scale: PlatformScale,
    prod: boolean, config: AutoscalingConfig): Finding[] {
    const label = `function app '${app.name}'`;
    const on = `on ${PLATFORM_PLAN_NAMES[scaling]} plan '${plan.name}' (sku ${skuLabel(plan)})`;
    if (scaling === "consumption") {
        return [violation(ITEM, `${label} runs ${on}, which keeps no instance warm: ${SCALES_TO_ZERO}; run it on a Flex Consumption or Elastic Premium plan with always-ready instances, or on a dedicated plan with an autoscale setting`, app)];
    }
    const findings: Finding[] = [];
    const { minimum, maximum } = scale;
    if (minimum === UNKNOWN || maximum === UNKNOWN) {
        findings.push(undecided(ITEM, `${label} ${on}: ${minimum === UNKNOWN ? scale.minimumProperty : scale.maximumProperty} is unknown in preview`, app));
    } else if (maximum === undefined) {
        findings.push(violation(ITEM, `${label} ${on}: ${scale.maximumProperty} is unset: state the most instances it may scale to (the platform's default is no capacity decision)`, app));
    } else if (minimum !== undefined && maximum <= minimum) {
        findings.push(violation(ITEM, `${label} ${on} needs ${scale.minimumProperty} < ${scale.maximumProperty} (got ${minimum}..${maximum}); an app that cannot grow does not scale`, app));
    }
    if (minimum === undefined) {
        findings.push(violation(ITEM, `${label} ${on}: ${scale.minimumProperty} is unset: state the always-ready instances it keeps warm (at least 1)`, app));
    } else if (minimum !== UNKNOWN) {
        findings.push(...checkWarmMinimum(`${label} ${on}:`, scale.minimumProperty, minimum, prod, config, app));
    }
    return findings;
}

/** A plan the platform scales with no app of the stack on it: the apps' scale settings are not in the stack. */
function platformPlanWithoutApps(plan: StackResource, scaling: keyof typeof PLATFORM_PLAN_NAMES): Finding {
    const what = `${PLATFORM_PLAN_NAMES[scaling]} plan '${plan.name}' (sku ${skuLabel(plan)})`;
    return scaling === "consumption"
        ? violation(ITEM, `${what} keeps no instance of its apps warm: ${SCALES_TO_ZERO}; use a Flex Consumption or Elastic Premium plan with always-ready instances, or a dedicated plan with an autoscale setting`, plan)
        : undecided(ITEM, `${what} is scaled by the platform through the scale settings of the function apps on it, and no function app of the stack runs on it, so its scaling cannot be shown`, plan);
}

/**
 * Why a setting tagged for the component, or one whose target includes the component's compute,
 * does not count for it: its targetResourceUri refers to more than the plan (or to no plan), to
 * another resource, or to no resource of the stack (a fixed or unknown id, which proves nothing).
 */
function mistargeted(stack: StackView, component: string, compute: ReadonlySet<string>, s: StackResource): Finding {
    const targets = targetsOf(stack, s);
    const names = targets.map((t) => `'${t.name}'`).join(", ");
    if (targets.some((t) => compute.has(t.urn))) {
        return violation(ITEM, `autoscale setting '${s.name}' targetResourceUri refers to ${names}, not to exactly one App Service plan (or scale set) of component '${component}': Azure scales the one resource the uri names, so it cannot be shown to scale the plan; set it to the plan's id alone`, s);
    }
    return targets.length > 0
        ? violation(ITEM, `autoscale setting '${s.name}' is tagged component=${component} but scales ${names}, no App Service plan or compute resource of component '${component}'`, s)
        : undecided(ITEM, `autoscale setting '${s.name}' is tagged component=${component} but its targetResourceUri refers to no resource of the stack, so what it scales cannot be shown`, s);
}

/**
 * Every component scales automatically: an enabled autoscale setting that targets exactly its plan
 * (by reference), can grow (min < max), scales out on a metric of that plan by a rule that can
 * fire, adds an instance and cools down within the hour (`scaleOutDefects`), and back in, with a
 * prod minimum; a container app by its own template.scale (see `checkContainerApp`); a function app on a
 * plan the platform scales by its own scale settings (see `checkPlatformScaledApp`).
 */
export const enableAutoscaling = readinessPolicy<AutoscalingConfig>({
    name: "enable-autoscaling",
    description: "Every component has an enabled autoscale setting whose targetResourceUri refers to exactly its App Service plan (or scale set), each dedicated plan its own, with minimum < maximum, a scale-out rule on a metric of that plan (or its apps) that can fire, adds at least one instance and cools down within PT1H, a scale-in rule, and at least the configured minimum instances in prod; a container app scales by its template.scale: minReplicas < maxReplicas, a scale rule with a trigger, minReplicas at least 1 (no scale to zero) and the configured minimum in prod; a function app on a Consumption, Elastic Premium or Flex Consumption plan (by the plan's sku) is scaled by the platform, not an autoscale setting (one targeting such a plan fails): Consumption scales to zero and fails, Elastic Premium and Flex Consumption need always-ready instances at least 1 (the configured minimum in prod) below a stated maximum.",
    items: [ITEM],
    waivableInProd: true,
    evidenceTypes: [TYPES.autoscaleSetting, TYPES.containerApp, TYPES.webApp, TYPES.appServicePlan],
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
            const refused = refusedAutoscaleSettingsFor(stack, c.name);
            const compute = computeOf(stack, c.name);
            const labelled = stack.ofType(TYPES.autoscaleSetting).filter((s) => !settings.includes(s) && !refused.some((r) => r.setting === s)
                && (azureTag(s, "component") === c.name || targetsOf(stack, s).some((t) => compute.has(t.urn))));
            const plans = plansOf(stack, c.name);
            const platform = platformScaledPlansOf(stack, c.name);
            const findings = [
                ...labelled.map((s) => mistargeted(stack, c.name, compute, s)),
                ...outside.map((block) => undecided(ITEM, `component '${c.name}' runs on a container app outside the program (monitoring block '${block.name}' names it by containerAppId), whose template.scale the stack cannot show`, block)),
                ...refused.map(({ setting, plan }) => violation(ITEM, `autoscale setting '${setting.name}' targets ${PLATFORM_PLAN_NAMES[planScaling(plan) as keyof typeof PLATFORM_PLAN_NAMES]} plan '${plan.name}' (sku ${skuLabel(plan)}), which the platform scales: Azure does not scale the apps there by an autoscale setting, so it is no evidence; remove it (ReadyService: ExistingCompute...platformScaled(instanceMemoryMb))`, setting)),
                ...plans.filter((p) => planScaling(p) === undefined).map((p) => undecided(ITEM, `App Service plan '${p.name}' sku is unknown in preview, so whether the platform or an autoscale setting scales it cannot be shown`, p)),
                ...platform.flatMap(({ plan, scaling, apps: onPlan }) => onPlan.length === 0 ? [platformPlanWithoutApps(plan, scaling)]
                    : onPlan.map((app) => ({ app, scale: platformScale(app, plan, scaling) })).flatMap(({ app, scale }) => checkPlatformScaledApp(app, plan, scaling, scale, prod, config))),
            ];
            // A container app (or the platform, for a function app on a Consumption, Elastic Premium or Flex
            // Consumption plan) scales itself, but not the dedicated plan of a web or function app beside it.
            const dedicated = plans.filter((p) => planScaling(p) === "dedicated");
            if (settings.length === 0 && (dedicated.length > 0 || (plans.length === 0 && apps.length === 0 && outside.length === 0))) {
                return [...findings, violation(ITEM, `component '${c.name}' has no autoscale setting whose targetResourceUri refers to its App Service plan (or other compute resource)`)];
            }
            // Each dedicated plan needs its own setting: one on another plan or scale set scales nothing of it.
            const scaled = new Set(settings.map((s) => scaledTargetOf(stack, s)?.urn));
            findings.push(...dedicated.filter((p) => !scaled.has(p.urn)).map((p) =>
                violation(ITEM, `App Service plan '${p.name}' of component '${c.name}' has no autoscale setting whose targetResourceUri refers to it`, p)));
            return [...findings, ...settings.flatMap((s) => {
                // Every counting setting scales exactly one plan or scale set (`autoscaleSettingsFor`).
                const plan = scaledTargetOf(stack, s);
                return plan === undefined ? [] : checkSetting(stack, s, plan, prod, config);
            }), ...apps.flatMap((a) => checkContainerApp(a, prod, config))];
        });
    },
});
