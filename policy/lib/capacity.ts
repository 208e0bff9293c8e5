import { namesComponent } from "./ownership";
import { azureTag, StackResource, StackView, TYPES } from "./stack";
import { asArray, asNumber, asString, at, isUnknown, UNKNOWN } from "./values";

/** A component's capacity plan (docs/evidence.md, "Capacity"). */
export interface CapacityPlan {
    readonly plannedPeakRps: number;
    readonly rpsPerInstance: number;
    readonly headroom: number;
    /** Where it was read from, for messages. */
    readonly source: string;
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

/** A container app's `template.scale.maxReplicas` when known. */
export function maxReplicas(app: StackResource): number | undefined {
    const max = at(app.props, ["template", "scale", "maxReplicas"]);
    return isUnknown(max) ? undefined : asNumber(max);
}

function positive(value: unknown): number | undefined {
    const n = asNumber(value);
    return n !== undefined && n > 0 ? n : undefined;
}

/**
 * The plan from the tags of what scales the component (its autoscale settings, else its container
 * apps and its function apps on plans the platform scales, which carry their own scale), else from
 * the ReadyService spec; undefined when not stated. For a container app, an instance is a replica.
 */
export function capacityPlan(stack: StackView, component: string): CapacityPlan | undefined {
    const scalers = [...autoscaleSettingsFor(stack, component), ...containerAppsOf(stack, component),
        ...platformScaledAppsOf(stack, component).map((a) => a.app)];
    for (const scaler of scalers) {
        const peak = positive(azureTag(scaler, "capacity-planned-peak-rps"));
        const perInstance = positive(azureTag(scaler, "capacity-rps-per-instance"));
        const headroom = positive(azureTag(scaler, "capacity-headroom"));
        if (peak !== undefined && perInstance !== undefined && headroom !== undefined) {
            return { plannedPeakRps: peak, rpsPerInstance: perInstance, headroom, source: `tags of '${scaler.name}'` };
        }
    }
    const spec = asArray(at(stack.readyServiceSpec(), ["components"])).find((c) => asString(at(c, ["name"])) === component);
    const peak = positive(at(spec, ["capacity", "plannedPeakRps"]));
    const perInstance = positive(at(spec, ["capacity", "rpsPerInstance"]));
    const headroom = positive(at(spec, ["capacity", "headroom"]));
    if (peak !== undefined && perInstance !== undefined && headroom !== undefined) {
        return { plannedPeakRps: peak, rpsPerInstance: perInstance, headroom, source: "the ReadyService spec" };
    }
    return undefined;
}

/**
 * The most instances `component` scales to: the largest `profiles[*].capacity.maximum` of its
 * autoscale settings, `template.scale.maxReplicas` of its container apps and platform maximum of
 * its function apps on plans the platform scales (`platformScale`); undefined when none is known.
 */
export function maximumInstances(stack: StackView, component: string): number | undefined {
    const maxima = [
        ...autoscaleSettingsFor(stack, component).flatMap((s) => asArray(at(s.props, ["profiles"])))
            .map((p) => asNumber(at(p, ["capacity", "maximum"]))),
        ...containerAppsOf(stack, component).map(maxReplicas),
        ...platformScaledAppsOf(stack, component).map((a) => asNumber(a.scale.maximum)),
    ].filter((n): n is number => n !== undefined);
    return maxima.length === 0 ? undefined : Math.max(...maxima);
}
