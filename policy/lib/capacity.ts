import { namesComponent } from "./ownership";
import { StackResource, StackView, TYPES } from "./stack";
import { containerRuleDefects, counts, RuleDefects, ruleLabel, ScaledTarget, scaleOutDefects } from "./scale-rules";
import { asArray, asNumber, asString, at, isUnknown, plain, UNKNOWN } from "./values";

/** A component's capacity plan (docs/evidence.md, "Capacity"). */
export interface CapacityPlan {
    readonly plannedPeakRps: number;
    readonly rpsPerInstance: number;
    readonly headroom: number;
    /** Where it was read from, for messages. */
    readonly source: string;
    /** What the plan is stated on, whose own reach must carry it; absent for the ReadyService spec's plan of the whole component. */
    readonly scaler?: StackResource;
}

/** Every capacity plan a component states (`capacityPlans`), and what states part of one. */
export interface StatedPlans {
    readonly plans: readonly CapacityPlan[];
    /** A scaler's tags or the spec stating some of the three values but not all as positive numbers: the whole message. */
    readonly partial: readonly string[];
    /** Plan values unknown in preview: the whole message. */
    readonly unknown: readonly string[];
}

/**
 * The URNs of what `component` runs on: its Azure resources (those its `component` tag groups or a
 * `readiness:index:Monitoring` block claims for it, autoscale settings aside) and the App Service
 * plans its web apps and function apps refer to through `serverFarmId`.
 */
export function computeOf(stack: StackView, component: string): Set<string> {
    const own = stack.resources.filter((r) => r.type !== TYPES.autoscaleSetting && namesComponent(stack, r, component));
    const plans = own.flatMap((r) => stack.dependenciesOf(r, "serverFarmId"));
    return new Set([...own, ...plans].map((r) => r.urn));
}

/** The App Service plans `component` runs on (`computeOf`): what its autoscale settings scale. */
export function plansOf(stack: StackView, component: string): StackResource[] {
    const compute = computeOf(stack, component);
    return stack.ofType(TYPES.appServicePlan).filter((p) => compute.has(p.urn));
}

/**
 * How an App Service plan scales: `dedicated` plans by an autoscale setting; on a Consumption
 * (`Y1`, tier `Dynamic`), Elastic Premium (`EP1`..`EP3`, tier `ElasticPremium`) or Flex Consumption
 * (`FC1`, tier `FlexConsumption`) plan the platform scales each function app by the app's (and
 * plan's) own scale settings, and an autoscale setting does not scale it.
 */
export type PlanScaling = "dedicated" | "consumption" | "elasticPremium" | "flexConsumption";

/** What the messages call each platform-scaled plan. */
export const PLATFORM_PLAN_NAMES: Readonly<Record<Exclude<PlanScaling, "dedicated">, string>> = {
    consumption: "Consumption", elasticPremium: "Elastic Premium", flexConsumption: "Flex Consumption",
};

const PLATFORM_SKU_NAMES: readonly (readonly [RegExp, PlanScaling])[] = [
    [/^Y\d+$/i, "consumption"], [/^EP\d+$/i, "elasticPremium"], [/^FC\d+$/i, "flexConsumption"],
];
const PLATFORM_TIERS: Readonly<Record<string, PlanScaling>> = {
    dynamic: "consumption", elasticpremium: "elasticPremium", flexconsumption: "flexConsumption",
};

/**
 * How `plan` scales, by its own `sku`; undefined when neither `sku.name` nor `sku.tier` is known in
 * preview. The name decides when known (Azure tells an Elastic Premium `EP1` from the dedicated
 * `P1v2` by it; the tier is derived from it), else the tier; a plan with no sku stated is dedicated.
 */
export function planScaling(plan: StackResource): PlanScaling | undefined {
    const sku = plan.props.sku;
    if (isUnknown(sku)) {
        return undefined;
    }
    const name = asString(at(sku, ["name"]));
    if (name !== undefined) {
        return PLATFORM_SKU_NAMES.find(([pattern]) => pattern.test(name.trim()))?.[1] ?? "dedicated";
    }
    const tier = asString(at(sku, ["tier"]));
    if (tier !== undefined) {
        return PLATFORM_TIERS[tier.trim().toLowerCase()] ?? "dedicated";
    }
    return isUnknown(at(sku, ["name"])) || isUnknown(at(sku, ["tier"])) ? undefined : "dedicated";
}

/** The plan's sku as the messages show it, e.g. `EP1` or `tier Dynamic`. */
export function skuLabel(plan: StackResource): string {
    const name = asString(at(plan.props.sku, ["name"]));
    return name !== undefined ? name : `tier ${String(asString(at(plan.props.sku, ["tier"])))}`;
}

/** True when the platform scales `plan` (its sku is known and not dedicated). */
export function isPlatformScaled(plan: StackResource): boolean {
    const scaling = planScaling(plan);
    return scaling !== undefined && scaling !== "dedicated";
}

/** The web and function apps of the stack whose `serverFarmId` refers to `plan`. */
export function appsOnPlan(stack: StackView, plan: StackResource): StackResource[] {
    return stack.ofType(TYPES.webApp).filter((a) => stack.dependenciesOf(a, "serverFarmId").some((p) => p.urn === plan.urn));
}

/** The plans of `component` the platform scales, with the apps of the stack on each. */
export function platformScaledPlansOf(stack: StackView, component: string): { plan: StackResource; scaling: Exclude<PlanScaling, "dedicated">; apps: StackResource[] }[] {
    return plansOf(stack, component).flatMap((plan) => {
        const scaling = planScaling(plan);
        return scaling === undefined || scaling === "dedicated" ? [] : [{ plan, scaling, apps: appsOnPlan(stack, plan) }];
    });
}

/** What an autoscale setting scales: the resources its `targetResourceUri` refers to (property dependency). */
export function targetsOf(stack: StackView, setting: StackResource): StackResource[] {
    return stack.dependenciesOf(setting, "targetResourceUri");
}

/**
 * What an autoscale setting can scale among the compute a component runs on: an App Service plan
 * (its web apps scale with it; container apps and platform-scaled plans scale themselves) or a
 * virtual machine scale set.
 */
const SCALABLE_TYPES: readonly string[] = [TYPES.appServicePlan, "azure-native:compute:VirtualMachineScaleSet"];

/** How messages name what a setting scales: `plan 'x'` or `scale set 'x'`. */
export function scaledLabel(target: StackResource): string {
    return `${target.type === TYPES.appServicePlan ? "plan" : "scale set"} '${target.name}'`;
}

/**
 * What an autoscale setting scales, when its `targetResourceUri` refers to exactly one resource and
 * that is one an autoscale setting can scale (`SCALABLE_TYPES`); else undefined. Azure scales the
 * one resource a uri names, so a uri built from the plan and another resource (or from another
 * resource alone) cannot be shown to be the plan's id.
 */
export function scaledTargetOf(stack: StackView, setting: StackResource): StackResource | undefined {
    const targets = targetsOf(stack, setting);
    return targets.length === 1 && SCALABLE_TYPES.includes(targets[0].type) ? targets[0] : undefined;
}

/**
 * The autoscale settings that scale `component`: those whose `targetResourceUri` refers to exactly
 * one of its App Service plans or scale sets (`scaledTargetOf`, `computeOf`). A setting's own tags
 * never make it count: a setting tagged for the component that scales another plan scales nothing
 * of the component. Nor does one on a plan the platform scales (`refusedAutoscaleSettingsFor`): it
 * scales nothing there.
 */
export function autoscaleSettingsFor(stack: StackView, component: string): StackResource[] {
    const compute = computeOf(stack, component);
    return stack.ofType(TYPES.autoscaleSetting).filter((s) => {
        const target = scaledTargetOf(stack, s);
        return target !== undefined && compute.has(target.urn) && !(target.type === TYPES.appServicePlan && isPlatformScaled(target));
    });
}

/**
 * The autoscale settings whose target is a plan of `component` the platform scales (Consumption,
 * Elastic Premium, Flex Consumption): Azure scales the apps there by their own scale settings, not
 * by an autoscale setting, so such a setting is no evidence of scaling.
 */
export function refusedAutoscaleSettingsFor(stack: StackView, component: string): { setting: StackResource; plan: StackResource }[] {
    const plans = platformScaledPlansOf(stack, component).map((p) => p.plan);
    return stack.ofType(TYPES.autoscaleSetting).flatMap((setting) => {
        const plan = targetsOf(stack, setting).find((t) => plans.includes(t));
        return plan === undefined ? [] : [{ setting, plan }];
    });
}

/**
 * The scale the platform gives a function app on a plan it scales (docs/evidence.md, "Capacity"):
 * `minimum` its warm instances, `maximum` the most instances it scales to; each a number, `UNKNOWN`
 * when unknown in preview, or undefined when not stated. The property each was read from is named
 * for messages.
 *
 * - Elastic Premium: the app's always-ready instances, `siteConfig.minimumElasticInstanceCount`
 *   (the plan's minimum, its `sku.capacity`, is what is billed; an app runs warm on its own
 *   always-ready count only), up to the plan's `maximumElasticWorkerCount`, capped by the app's
 *   `siteConfig.functionAppScaleLimit` when that is set.
 * - Flex Consumption: the fewest `instanceCount` of the app's
 *   `functionAppConfig.scaleAndConcurrency.alwaysReady[]` (none: 0, the platform scales it to
 *   zero), up to its `functionAppConfig.scaleAndConcurrency.maximumInstanceCount`.
 * - Consumption: no minimum at all (it scales to zero); the most is the app's
 *   `siteConfig.functionAppScaleLimit` when set.
 */
export interface PlatformScale {
    readonly minimum: number | typeof UNKNOWN | undefined;
    readonly minimumProperty: string;
    readonly maximum: number | typeof UNKNOWN | undefined;
    readonly maximumProperty: string;
}

function stated(value: unknown): number | typeof UNKNOWN | undefined {
    return isUnknown(value) ? UNKNOWN : asNumber(value);
}

/** The platform's scale of `app` on `plan` (see `PlatformScale`). */
export function platformScale(app: StackResource, plan: StackResource, scaling: Exclude<PlanScaling, "dedicated">): PlatformScale {
    const scaleLimit = stated(at(app.props, ["siteConfig", "functionAppScaleLimit"]));
    // A scale limit of 0 or less is no limit (the platform's own maximum applies).
    const cap = scaleLimit === UNKNOWN || (scaleLimit !== undefined && scaleLimit > 0) ? scaleLimit : undefined;
    if (scaling === "flexConsumption") {
        const scale = at(app.props, ["functionAppConfig", "scaleAndConcurrency"]);
        const alwaysReady = at(scale, ["alwaysReady"]);
        // An entry without a count keeps none warm; no entry at all: every function scales to zero.
        const counts = asArray(alwaysReady).map((entry) => stated(at(entry, ["instanceCount"])) ?? 0);
        const minimum = isUnknown(alwaysReady) || counts.includes(UNKNOWN) ? UNKNOWN
            : counts.length === 0 ? 0 : Math.min(...counts as number[]);
        return {
            minimum, minimumProperty: "functionAppConfig.scaleAndConcurrency.alwaysReady[].instanceCount",
            maximum: stated(at(scale, ["maximumInstanceCount"])), maximumProperty: "functionAppConfig.scaleAndConcurrency.maximumInstanceCount",
        };
    }
    if (scaling === "consumption") {
        return { minimum: 0, minimumProperty: "minimum", maximum: cap, maximumProperty: "siteConfig.functionAppScaleLimit" };
    }
    const planMaximum = stated(plan.props.maximumElasticWorkerCount);
    const maximum = planMaximum === UNKNOWN || cap === UNKNOWN ? UNKNOWN
        : planMaximum === undefined ? undefined : cap === undefined ? planMaximum : Math.min(planMaximum, cap);
    return {
        minimum: stated(at(app.props, ["siteConfig", "minimumElasticInstanceCount"])), minimumProperty: "siteConfig.minimumElasticInstanceCount",
        maximum, maximumProperty: cap === undefined ? `plan '${plan.name}' maximumElasticWorkerCount`
            : `plan '${plan.name}' maximumElasticWorkerCount capped by siteConfig.functionAppScaleLimit`,
    };
}

/** The function apps of `component` on plans the platform scales, each with its platform scale. */
export function platformScaledAppsOf(stack: StackView, component: string): { app: StackResource; plan: StackResource; scaling: Exclude<PlanScaling, "dedicated">; scale: PlatformScale }[] {
    return platformScaledPlansOf(stack, component).flatMap(({ plan, scaling, apps }) =>
        apps.map((app) => ({ app, plan, scaling, scale: platformScale(app, plan, scaling) })));
}

/**
 * The container apps of `component` (tagged with it, or claimed for it by a monitoring block's
 * `containerAppId`). A container app has no App Service plan and no autoscale setting: it scales
 * itself, by its own `template.scale` (`minReplicas`, `maxReplicas`, `rules`).
 */
export function containerAppsOf(stack: StackView, component: string): StackResource[] {
    return stack.ofType(TYPES.containerApp).filter((r) => namesComponent(stack, r, component));
}

/**
 * The `readiness:index:Monitoring` blocks of `component` whose `containerAppId` is set but refers to
 * no container app of the stack (a literal ID, or one unknown in preview): the app is outside the
 * program, its `template.scale` is not in the stack, so nothing about its scaling can be shown.
 */
export function containerAppsOutsideTheProgram(stack: StackView, component: string): StackResource[] {
    return stack.ofType(TYPES.monitoringBlock).filter((block) => asString(block.props.component) === component
        && block.props.containerAppId !== undefined && block.props.containerAppId !== null
        && !stack.dependenciesOf(block, "containerAppId").some((d) => d.type === TYPES.containerApp));
}

const PLAN_TAGS = ["capacity-planned-peak-rps", "capacity-rps-per-instance", "capacity-headroom"] as const;
const PLAN_INPUTS = ["plannedPeakRps", "rpsPerInstance", "headroom"] as const;

/** One stated plan from its three raw values (tags or spec inputs, in `PLAN_TAGS` order), or what is wrong with them. */
function readPlan(raw: readonly unknown[], names: readonly string[], where: string, component: string):
    { plan: [number, number, number] } | { partial: string } | { unknown: string } | undefined {
    if (raw.some(isUnknown)) {
        return { unknown: `component '${component}': ${names.filter((_, i) => isUnknown(raw[i])).map((n) => `'${n}'`).join(", ")} of ${where} ${raw.filter(isUnknown).length > 1 ? "are" : "is"} unknown in preview, so the capacity plan it states cannot be judged` };
    }
    const stated = raw.map((v) => v !== undefined && v !== null && !(typeof v === "string" && v.trim() === ""));
    if (!stated.some((x) => x)) {
        return undefined;
    }
    const values = raw.map((v) => asNumber(v));
    const bad = names.filter((_, i) => !(values[i] !== undefined && values[i]! > 0));
    if (bad.length > 0) {
        const given = names.flatMap((n, i) => (stated[i] ? [`'${n}' ${JSON.stringify(plain(raw[i]))}`] : []));
        return { partial: `component '${component}': ${where} state${where.startsWith("tags") ? "" : "s"} part of a capacity plan (${given.join(", ")}) but no positive ${bad.map((n) => `'${n}'`).join(", ")}, so the plan they state cannot be judged: state all three as positive numbers, or none` };
    }
    return { plan: values as [number, number, number] };
}

/**
 * Every capacity plan `component` states: the tags of each thing that scales it (its autoscale
 * settings, its container apps and its function apps on plans the platform scales, which carry their
 * own scale), each judged against that thing's own reach; and the ReadyService spec's plan of the
 * whole component. A plan stated in part, or with values unknown in preview, is not a plan: it is
 * named, as no statement of a plan may go unjudged (tags never hide anything). For a container app,
 * an instance is a replica.
 */
export function capacityPlans(stack: StackView, component: string): StatedPlans {
    const scalers = [...autoscaleSettingsFor(stack, component), ...containerAppsOf(stack, component),
        ...platformScaledAppsOf(stack, component).map((a) => a.app)];
    const plans: CapacityPlan[] = [];
    const partial: string[] = [];
    const unknown: string[] = [];
    const take = (read: ReturnType<typeof readPlan>, source: string, scaler?: StackResource) => {
        if (read === undefined) {
            return;
        }
        if ("plan" in read) {
            const [plannedPeakRps, rpsPerInstance, headroom] = read.plan;
            plans.push({ plannedPeakRps, rpsPerInstance, headroom, source, ...(scaler === undefined ? {} : { scaler }) });
        } else if ("partial" in read) {
            partial.push(read.partial);
        } else {
            unknown.push(read.unknown);
        }
    };
    for (const scaler of scalers) {
        const tags = plain(scaler.props.tags);
        const where = `tags of '${scaler.name}'`;
        if (isUnknown(tags)) {
            unknown.push(`component '${component}': the tags of '${scaler.name}' (${scaler.type}) are unknown in preview, so whether they state a capacity plan cannot be shown`);
            continue;
        }
        take(readPlan(PLAN_TAGS.map((key) => at(tags, [key])), PLAN_TAGS, where, component), where, scaler);
    }
    const spec = asArray(at(stack.readyServiceSpec(), ["components"])).find((c) => asString(at(c, ["name"])) === component);
    take(readPlan(PLAN_INPUTS.map((key) => at(spec, ["capacity", key])), PLAN_INPUTS.map((k) => `capacity.${k}`), "the ReadyService spec", component), "the ReadyService spec");
    return { plans, partial, unknown };
}

/**
 * How messages name profile `index` (0-based) of an autoscale setting's `profiles`: by its `name`
 * (`profile 'office-hours'`) when no other profile shares it, else by its position (`profile 2`).
 */
function profileLabel(profiles: readonly unknown[], index: number): string {
    const name = asString(at(profiles[index], ["name"]));
    const shared = profiles.filter((p) => asString(at(p, ["name"])) === name).length > 1;
    return name !== undefined && name.trim() !== "" && !shared ? `profile '${name}'` : `profile ${index + 1}`;
}

/**
 * What one profile of an autoscale setting can do (`settingScale`). Azure applies a profile with
 * `fixedDate` or `recurrence` at those times and the one without at all others; a preview shows a
 * profile's unset `fixedDate` and `recurrence` as unknown, and any profile may be the one in force
 * when the load comes, so every profile is judged alike: the weakest one is what the setting gives.
 */
export interface ProfileScale {
    /** `profile 'name'` or `profile N` (`profileLabel`). */
    readonly label: string;
    readonly rawMinimum: unknown;
    readonly rawMaximum: unknown;
    /** `capacity.minimum` and `capacity.maximum` when known numbers. */
    readonly minimum: number | undefined;
    readonly maximum: number | undefined;
    /** Its scale-out rules (`scaleAction.direction` `Increase`) by position, each with what it lacks (`scaleOutDefects`). */
    readonly scaleOut: readonly { index: number; defects: RuleDefects }[];
    /** Whether it has a scale-in rule (`Decrease`). */
    readonly scaleIn: boolean;
    /**
     * True when it can grow: minimum < maximum and a scale-out rule without defect; false when it
     * cannot; undefined when only what preview hides (the capacity, or a rule's unknowns) stands between.
     */
    readonly grows: boolean | undefined;
}

/** What an autoscale setting does to the one plan or scale set it scales (`scaledTargetOf`). */
export interface SettingScale {
    readonly setting: StackResource;
    readonly target: StackResource;
    /** True when `enabled` is true, undefined when it is unknown in preview, false otherwise (Azure's default is false). */
    readonly enabled: boolean | undefined;
    readonly profiles: readonly ProfileScale[];
}

function direction(rule: unknown): string | undefined {
    return asString(at(rule, ["scaleAction", "direction"]));
}

/**
 * How autoscale setting `setting` scales `target`: the one judgement `enable-autoscaling` reports
 * and `configure-capacity-headroom` reads its maximum from, so a setting that does not scale out
 * gives no maximum beyond what it holds (`settingReach`).
 */
export function settingScale(stack: StackView, setting: StackResource, target: StackResource): SettingScale {
    const scaled: ScaledTarget = { resource: target, label: scaledLabel(target), own: [target, ...appsOnPlan(stack, target)] };
    const profiles = asArray(setting.props.profiles);
    return {
        setting, target,
        enabled: isUnknown(setting.props.enabled) ? undefined : setting.props.enabled === true,
        profiles: profiles.map((profile, index) => {
            const [rawMinimum, rawMaximum] = [at(profile, ["capacity", "minimum"]), at(profile, ["capacity", "maximum"])];
            const [minimum, maximum] = [asNumber(rawMinimum), asNumber(rawMaximum)];
            const rules = asArray(at(profile, ["rules"]));
            const scaleOut = rules.flatMap((r, i) => direction(r) === "Increase" ? [{ index: i, defects: scaleOutDefects(stack, setting, scaled, r, minimum) }] : []);
            const canGrow = isUnknown(rawMinimum) || isUnknown(rawMaximum) ? undefined
                : minimum !== undefined && maximum !== undefined && minimum < maximum;
            const ruleFires = scaleOut.some(({ defects }) => counts(defects)) ? true
                : scaleOut.some(({ defects }) => defects.violations.length === 0) ? undefined : false;
            const grows = canGrow === false || ruleFires === false ? false : canGrow === true && ruleFires === true ? true : undefined;
            return { label: profileLabel(profiles, index), rawMinimum, rawMaximum, minimum, maximum, scaleOut, scaleIn: rules.some((r) => direction(r) === "Decrease"), grows };
        }),
    };
}

/**
 * What a container app's `template.scale` can do (`containerAppScale`): its replicas (an unset
 * `minReplicas` is the platform's 0), its rules each with what it lacks (`containerRuleDefects`),
 * and whether it grows: `minReplicas` < `maxReplicas` and a rule that can add a replica (true),
 * not (false), or only what preview hides stands between (undefined).
 */
export interface ContainerAppScale {
    /** True when `template` or `template.scale` is unknown in preview: nothing else is known. */
    readonly unknown: boolean;
    readonly rawMinimum: unknown;
    readonly rawMaximum: unknown;
    readonly minimum: number | undefined;
    readonly maximum: number | undefined;
    /** True when `template.scale.rules` is unknown in preview. */
    readonly rulesUnknown: boolean;
    readonly rules: readonly { label: string; defects: RuleDefects }[];
    readonly grows: boolean | undefined;
}

/** How container app `app` scales itself: the one judgement both capacity policies read. */
export function containerAppScale(app: StackResource): ContainerAppScale {
    const scale = at(app.props, ["template", "scale"]);
    const rawMinimum = at(scale, ["minReplicas"]);
    const rawMaximum = at(scale, ["maxReplicas"]);
    const minimum = rawMinimum === undefined || rawMinimum === null ? 0 : asNumber(rawMinimum);
    const maximum = asNumber(rawMaximum);
    const rulesUnknown = isUnknown(at(scale, ["rules"]));
    const list = asArray(at(scale, ["rules"]));
    const rules = list.map((rule, index) => ({ label: ruleLabel(list, index), defects: containerRuleDefects(rule) }));
    const unknown = isUnknown(scale) || isUnknown(at(app.props, ["template"]));
    const canGrow = isUnknown(rawMinimum) || isUnknown(rawMaximum) ? undefined
        : minimum !== undefined && maximum !== undefined && minimum < maximum;
    const ruleAdds = rules.some(({ defects }) => counts(defects)) ? true
        : rulesUnknown || rules.some(({ defects }) => defects.violations.length === 0) ? undefined : false;
    const grows = unknown ? undefined : canGrow === false || ruleAdds === false ? false : canGrow === true && ruleAdds === true ? true : undefined;
    return { unknown, rawMinimum, rawMaximum, minimum, maximum, rulesUnknown, rules, grows };
}

/**
 * The most instances one thing that scales a component is sure to reach, for
 * `configure-capacity-headroom`: a dedicated plan or scale set (by its autoscale settings, else
 * its own `sku.capacity`), a container app, a function app on a plan the platform scales.
 */
export interface Reach {
    /** What it reaches whatever preview hides (fail closed); undefined when not even that is known. */
    readonly instances: number | undefined;
    /** Where the number comes from, for messages: resource, property, value and why. */
    readonly source: string;
    /** When it may reach more but preview hides whether: the finding's whole message. */
    readonly undecided?: string;
    readonly resource: StackResource;
    /** The scalers whose stated plan it answers (`CapacityPlan.scaler`): the settings on a plan or scale set, a container or function app. */
    readonly by?: readonly StackResource[];
}

function cannotBeShown(what: string, component: string): string {
    return `${what}, so the maximum scaled capacity of component '${component}' cannot be shown`;
}

/**
 * The instances `target` (a dedicated plan or scale set) has without autoscaling, as `why` says
 * it is left: its `sku.capacity`. Unset, an App Service plan still runs one worker; a scale set
 * may run none.
 */
function fixedReach(target: StackResource, why: string, component: string): Reach {
    const capacity = at(target.props.sku, ["capacity"]);
    const label = scaledLabel(target);
    if (isUnknown(target.props.sku) || isUnknown(capacity)) {
        return { instances: undefined, source: `${label} sku.capacity`, resource: target,
            undecided: cannotBeShown(`${label} sku.capacity is unknown in preview (${why}, it runs on that capacity)`, component) };
    }
    const stated = asNumber(capacity);
    const instances = stated ?? (target.type === TYPES.appServicePlan ? 1 : 0);
    return { instances, source: `${label} sku.capacity ${stated === undefined ? `unset, ${instances}` : stated}: ${why}, so it runs on that capacity`, resource: target };
}

/**
 * What one profile gives (`ProfileScale.grows`): its `capacity.maximum` when it scales out, else
 * only its `capacity.minimum` (fail closed: an unset minimum is none), undecided when preview hides which.
 */
function profileReach(s: SettingScale, p: ProfileScale, component: string): Reach {
    const label = `autoscale setting '${s.setting.name}' ${p.label}`;
    if (p.grows === true) {
        return { instances: p.maximum, source: `${label} capacity.maximum ${String(p.maximum)}`, resource: s.setting };
    }
    const held = isUnknown(p.rawMinimum) ? undefined : Math.min(p.minimum ?? 0, p.maximum ?? Infinity);
    if (p.grows === false) {
        const why = p.minimum === undefined || p.maximum === undefined || p.maximum <= p.minimum
            ? `capacity.minimum ${String(p.rawMinimum)} is not below capacity.maximum ${String(p.rawMaximum)}`
            : "no scale-out rule of it can add an instance";
        return { instances: held, source: `${label} holds ${held}: ${why} (see capacity.autoscaling)`, resource: s.setting };
    }
    const unknowns = p.scaleOut.flatMap(({ index, defects }) => defects.undecided.map((d) => `scale-out rule ${index + 1} ${d}`));
    const what = isUnknown(p.rawMinimum) || isUnknown(p.rawMaximum) ? `${label} capacity.${isUnknown(p.rawMinimum) ? "minimum" : "maximum"} is unknown in preview`
        : `whether ${label} scales out is unknown in preview (${unknowns[0]})`;
    return { instances: held, source: `${label} holds ${String(held)}`, resource: s.setting, undecided: cannotBeShown(what, component) };
}

/** Of reaches that must all hold (each may be the one in force), the weakest: unknown first, then fewest, a decided one before an undecided tie. */
function weakest(reaches: readonly Reach[]): Reach {
    const rank = (r: Reach) => [r.instances ?? -Infinity, r.undecided === undefined ? 0 : 1];
    return reaches.reduce((a, b) => {
        const [x, y] = [rank(a), rank(b)];
        return y[0] < x[0] || (y[0] === x[0] && y[1] < x[1]) ? b : a;
    });
}

/**
 * What autoscale setting `s` gives its target: the weakest of its profiles (`profileReach`: any may
 * be in force when the load comes, so the lowest maximum counts); a setting that is not enabled or
 * has no profile leaves the target on its own capacity (`fixedReach`).
 */
function settingReach(s: SettingScale, component: string): Reach {
    if (s.enabled === undefined) {
        const fixed = fixedReach(s.target, `autoscale setting '${s.setting.name}' may not be enabled`, component);
        return { ...fixed, undecided: cannotBeShown(`autoscale setting '${s.setting.name}' enabled is unknown in preview`, component) };
    }
    if (!s.enabled || s.profiles.length === 0) {
        return fixedReach(s.target, `autoscale setting '${s.setting.name}' ${!s.enabled ? "is not enabled" : "has no profile"}`, component);
    }
    const reach = weakest(s.profiles.map((p) => profileReach(s, p, component)));
    return s.profiles.length > 1 && reach.undecided === undefined
        ? { ...reach, source: `${reach.source}, the lowest of its ${s.profiles.length} profiles (any may be in force)` }
        : reach;
}

/**
 * What container app `app` gives (`containerAppScale`): its `maxReplicas` when it grows, else only
 * its `minReplicas`; undecided when preview hides which; nothing when `maxReplicas` is unset (no
 * capacity decision, which `enable-autoscaling` fails).
 */
function containerReach(app: StackResource, component: string): Reach | undefined {
    const scale = containerAppScale(app);
    const label = `container app '${app.name}'`;
    if (scale.unknown) {
        return { instances: undefined, source: `${label} template.scale`, resource: app, undecided: cannotBeShown(`${label} template.scale is unknown in preview`, component) };
    }
    if (scale.rawMaximum === undefined || scale.rawMaximum === null) {
        return undefined;
    }
    if (scale.grows === true) {
        return { instances: scale.maximum, source: `${label} template.scale.maxReplicas ${String(scale.maximum)}`, resource: app };
    }
    const held = isUnknown(scale.rawMinimum) ? undefined : Math.min(scale.minimum ?? 0, scale.maximum ?? Infinity);
    if (scale.grows === false) {
        const why = scale.minimum === undefined || scale.maximum === undefined || scale.maximum <= scale.minimum
            ? `template.scale.minReplicas ${String(scale.rawMinimum ?? 0)} is not below maxReplicas ${String(scale.rawMaximum)}`
            : "no scale rule of it can add a replica";
        return { instances: held, source: `${label} holds ${held} replicas: ${why} (see capacity.autoscaling)`, resource: app };
    }
    const unknown = isUnknown(scale.rawMaximum) ? `${label} template.scale.maxReplicas is unknown in preview`
        : isUnknown(scale.rawMinimum) ? `${label} template.scale.minReplicas is unknown in preview`
            : scale.rulesUnknown ? `${label} template.scale.rules is unknown in preview`
                : `whether ${label} adds replicas is unknown in preview (${scale.rules.flatMap(({ label: rule, defects }) => defects.undecided.map((d) => `${rule} ${d}`))[0]})`;
    return { instances: held, source: `${label} holds ${String(held)} replicas`, resource: app, undecided: cannotBeShown(unknown, component) };
}

/**
 * Everything that scales `component`, each with what it is sure to reach (`Reach`), for
 * `configure-capacity-headroom`: each dedicated App Service plan and scale set it runs on, by the
 * weakest of the autoscale settings that scale it (`settingReach`; the same settings and the same
 * judgement of their rules `enable-autoscaling` reports), else on its own `sku.capacity`; each
 * container app (`containerReach`); each function app on a plan the platform scales, by its
 * platform maximum; a container app outside the program, whose scale is unknown.
 */
export function scaledReaches(stack: StackView, component: string): Reach[] {
    const compute = computeOf(stack, component);
    const settings = autoscaleSettingsFor(stack, component);
    const targets = [...plansOf(stack, component), ...stack.resources.filter((r) => compute.has(r.urn) && r.type !== TYPES.appServicePlan && SCALABLE_TYPES.includes(r.type))];
    const onTargets = targets.flatMap((target): Reach[] => {
        const scaling = target.type === TYPES.appServicePlan ? planScaling(target) : "dedicated";
        const own = settings.filter((s) => scaledTargetOf(stack, s)?.urn === target.urn);
        if (scaling === undefined) {
            return [{ instances: undefined, source: `plan '${target.name}' sku`, resource: target, by: own,
                undecided: cannotBeShown(`App Service plan '${target.name}' sku is unknown in preview (the platform or an autoscale setting may scale it)`, component) }];
        }
        if (scaling !== "dedicated") {
            return [];
        }
        return [own.length === 0 ? fixedReach(target, "no autoscale setting scales it", component)
            : { ...weakest(own.map((s) => settingReach(settingScale(stack, s, target), component))), by: own }];
    });
    const containers = containerAppsOf(stack, component).flatMap((app) => {
        const reach = containerReach(app, component);
        return reach === undefined ? [] : [{ ...reach, by: [app] }];
    });
    const platform = platformScaledAppsOf(stack, component).flatMap(({ app, scale }): Reach[] => {
        const label = `function app '${app.name}' ${scale.maximumProperty}`;
        if (scale.maximum === UNKNOWN) {
            return [{ instances: undefined, source: label, resource: app, undecided: cannotBeShown(`${label} is unknown in preview`, component), by: [app] }];
        }
        return scale.maximum === undefined ? [] : [{ instances: scale.maximum, source: `${label} ${scale.maximum}`, resource: app, by: [app] }];
    });
    const outside = containerAppsOutsideTheProgram(stack, component).map((block): Reach => ({
        instances: undefined, source: `monitoring block '${block.name}' containerAppId`, resource: block,
        undecided: `component '${component}' runs on a container app outside the program (monitoring block '${block.name}' names it by containerAppId), whose template.scale.maxReplicas the stack cannot show`,
    }));
    return [...onTargets, ...containers, ...platform, ...outside];
}
