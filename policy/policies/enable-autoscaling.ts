import {
    autoscaleSettingsFor, computeOf, ContainerAppScale, containerAppScale, containerAppsOf, containerAppsOutsideTheProgram, PLATFORM_PLAN_NAMES, PlatformScale, planScaling, plansOf,
    platformScale, platformScaledPlansOf, ProfileScale, refusedAutoscaleSettingsFor, settingScale, scaledTargetOf, skuLabel, targetsOf,
} from "../lib/capacity";
import { judgeEachComponent } from "../lib/evidence";
import { Finding, undecided, violation } from "../lib/findings";
import { readinessPolicy } from "../lib/readiness-policy";
import { counts, RuleDefects, SCALE_TRIGGERS } from "../lib/scale-rules";
import { azureTag, StackResource, StackView, TYPES } from "../lib/stack";
import { isUnknown, UNKNOWN } from "../lib/values";

const ITEM = "capacity.autoscaling";

/** Thresholds of the autoscaling check. */
export interface AutoscalingConfig {
    /** Fewest instances in prod. Default 2: one instance is a single point of failure. */
    minimumInstancesProd: number;
}

/**
 * A profile scales out when at least one of its `Increase` rules has no defect (`settingScale`, the
 * judgement `configure-capacity-headroom` reads too); else every scale-out rule's defects are
 * findings, undecided when the only ones left are unknown in preview.
 */
function checkRules(s: StackResource, profile: ProfileScale): Finding[] {
    const findings: Finding[] = [];
    const what = `autoscale setting '${s.name}' ${profile.label}`;
    const out = profile.scaleOut;
    if (out.length === 0) {
        findings.push(violation(ITEM, `${what} has no scale-out rule (scaleAction.direction 'Increase'), so it never adds instances under load`, s));
    } else if (!out.some(({ defects }) => counts(defects))) {
        const onlyUnknown = out.filter(({ defects }) => defects.violations.length === 0);
        const label = (index: number) => `${what} scale-out rule ${index + 1}`;
        findings.push(...(onlyUnknown.length > 0
            ? onlyUnknown.flatMap(({ index, defects }) => defects.undecided.map((d) => undecided(ITEM, `${label(index)} ${d}`, s)))
            : out.flatMap(({ index, defects }) => defects.violations.map((d) => violation(ITEM, `${label(index)} ${d}`, s)))));
    }
    if (!profile.scaleIn) {
        findings.push(violation(ITEM, `${what} has no scale-in rule (scaleAction.direction 'Decrease'), so it never gives instances back`, s));
    }
    return findings;
}

/**
 * An autoscale setting (`settingScale`): enabled, with profiles, each of which may be the one in
 * force (a profile with `fixedDate` or `recurrence` at its times, the one without at all others), so
 * each is judged alike: it can grow (minimum < maximum), keeps an instance warm (the prod minimum in
 * prod), scales out by a rule that can and back in.
 */
function checkSetting(stack: StackView, s: StackResource, plan: StackResource, prod: boolean, config: AutoscalingConfig): Finding[] {
    const findings: Finding[] = [];
    const scale = settingScale(stack, s, plan);
    if (scale.enabled === undefined) {
        findings.push(undecided(ITEM, `autoscale setting '${s.name}' enabled is unknown in preview`, s));
    } else if (!scale.enabled) {
        findings.push(violation(ITEM, `autoscale setting '${s.name}' enabled is '${String(s.props.enabled)}'; it must be true`, s));
    }
    if (scale.profiles.length === 0) {
        findings.push(violation(ITEM, `autoscale setting '${s.name}' has no profiles`, s));
    }
    for (const profile of scale.profiles) {
        const { minimum: min, maximum: max } = profile;
        const what = `autoscale setting '${s.name}' ${profile.label}`;
        if (isUnknown(profile.rawMinimum) || isUnknown(profile.rawMaximum)) {
            findings.push(undecided(ITEM, `${what} capacity.${isUnknown(profile.rawMinimum) ? "minimum" : "maximum"} is unknown in preview`, s));
        } else if (min === undefined || max === undefined || max <= min) {
            findings.push(violation(ITEM, `${what} needs capacity.minimum < capacity.maximum (got ${String(min)}..${String(max)}); a profile that cannot grow does not scale`, s));
        }
        if (min !== undefined) {
            findings.push(...checkWarmMinimum(what, "capacity.minimum", min, prod, config, s));
        }
        findings.push(...checkRules(s, profile));
    }
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

/**
 * A container app scales itself by its `template.scale` (it has no App Service plan an autoscale
 * setting could target), as `containerAppScale` reads it: it must be able to grow (maxReplicas >
 * minReplicas), have a scale rule that can add a replica (`checkScaleRules`), and keep a replica
 * warm (minReplicas >= 1: an app that scales to zero makes the first request after idle wait for
 * a cold start), with the prod minimum of instances as replicas. An unset minReplicas is the
 * platform's 0; an unset maxReplicas is not stated (the platform's default of 10 is no capacity
 * decision), so it fails.
 */
function checkContainerApp(app: StackResource, prod: boolean, config: AutoscalingConfig): Finding[] {
    const label = `container app '${app.name}'`;
    const scale = containerAppScale(app);
    if (scale.unknown) {
        return [undecided(ITEM, `${label} template.scale is unknown in preview`, app)];
    }
    const findings: Finding[] = [];
    const { rawMinimum: rawMin, rawMaximum: rawMax, minimum: min, maximum: max } = scale;
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
    findings.push(...checkScaleRules(app, scale));
    return findings;
}

/**
 * A container app grows only by a scale rule that can add a replica (`containerAppScale`, the
 * judgement `configure-capacity-headroom` reads too): one with a trigger whose numbers can be met
 * (`containerRuleDefects`). When none can, each rule's defects are findings, undecided when the
 * only ones left are unknown in preview.
 */
function checkScaleRules(app: StackResource, { rulesUnknown, rules }: ContainerAppScale): Finding[] {
    const label = `container app '${app.name}'`;
    if (rulesUnknown) {
        return [undecided(ITEM, `${label} template.scale.rules is unknown in preview`, app)];
    }
    if (rules.length === 0) {
        return [violation(ITEM, `${label} has no scale rule (template.scale.rules: http, tcp, azureQueue or custom), so it never adds replicas under load`, app)];
    }
    if (rules.some(({ defects }) => counts(defects))) {
        return [];
    }
    const noTrigger = (d: RuleDefects) => d.undecided.length === 0 && d.violations.length === 1 && d.violations[0].startsWith("sets no trigger");
    if (rules.every(({ defects }) => noTrigger(defects))) {
        return [violation(ITEM, `${label} has no scale rule with a trigger (template.scale.rules[] sets none of ${SCALE_TRIGGERS.join(", ")}), so it never adds replicas under load`, app)];
    }
    const onlyUnknown = rules.filter(({ defects }) => defects.violations.length === 0);
    return onlyUnknown.length > 0
        ? onlyUnknown.flatMap(({ label: rule, defects }) => defects.undecided.map((d) => undecided(ITEM, `${label} ${rule} ${d}`, app)))
        : rules.flatMap(({ label: rule, defects }) => defects.violations.map((d) => violation(ITEM, `${label} ${rule} ${d}`, app)));
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
 * (by reference), each of whose profiles can grow (min < max), scales out on a metric of that plan
 * by a rule that can fire, adds an instance and cools down within the hour (`settingScale`,
 * `scaleOutDefects`), and back in, keeping an instance warm and the prod minimum in prod; a container app by its own template.scale (see `checkContainerApp`); a function app on a
 * plan the platform scales by its own scale settings (see `checkPlatformScaledApp`).
 */
export const enableAutoscaling = readinessPolicy<AutoscalingConfig>({
    name: "enable-autoscaling",
    description: "Every component has an enabled autoscale setting whose targetResourceUri refers to exactly its App Service plan (or scale set), each dedicated plan its own, in every profile (one with fixedDate or recurrence as well as the default: any may be in force; findings name it) minimum < maximum, a minimum of at least 1 (no scale to zero) and the configured minimum in prod, a scale-out rule on a metric of that plan (or its apps) that can fire, adds at least one instance and cools down within PT1H, and a scale-in rule; a container app scales by its template.scale: minReplicas < maxReplicas, minReplicas at least 1 (no scale to zero) and the configured minimum in prod, and a scale rule that can add a replica (a trigger whose numbers can be met: http concurrentRequests or tcp concurrentConnections a whole number 1..10000 per replica, a cpu or memory custom rule's Utilization value above 0 and below 100 or AverageValue above 0, a custom rule that names its scaler, an azureQueue rule with a queue and a length of at least 1); a function app on a Consumption, Elastic Premium or Flex Consumption plan (by the plan's sku) is scaled by the platform, not an autoscale setting (one targeting such a plan fails): Consumption scales to zero and fails, Elastic Premium and Flex Consumption need always-ready instances at least 1 (the configured minimum in prod) below a stated maximum.",
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
