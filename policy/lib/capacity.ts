import { namesComponent } from "./ownership";
import { azureTag, StackResource, StackView, TYPES } from "./stack";
import { asArray, asNumber, asString, at, isUnknown } from "./values";

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

/** What an autoscale setting scales: the resources its `targetResourceUri` refers to (property dependency). */
export function targetsOf(stack: StackView, setting: StackResource): StackResource[] {
    return stack.dependenciesOf(setting, "targetResourceUri");
}

/**
 * The autoscale settings that scale `component`: those whose `targetResourceUri` refers to one of
 * its compute resources (`computeOf`). A setting's own tags never make it count: a setting tagged
 * for the component that scales another plan scales nothing of the component.
 */
export function autoscaleSettingsFor(stack: StackView, component: string): StackResource[] {
    const compute = computeOf(stack, component);
    return stack.ofType(TYPES.autoscaleSetting).filter((s) => targetsOf(stack, s).some((t) => compute.has(t.urn)));
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
 * apps, which carry their own scale), else from the ReadyService spec; undefined when not stated.
 * For a container app, an instance is a replica.
 */
export function capacityPlan(stack: StackView, component: string): CapacityPlan | undefined {
    for (const scaler of [...autoscaleSettingsFor(stack, component), ...containerAppsOf(stack, component)]) {
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
 * autoscale settings and `template.scale.maxReplicas` of its container apps; undefined when none is known.
 */
export function maximumInstances(stack: StackView, component: string): number | undefined {
    const maxima = [
        ...autoscaleSettingsFor(stack, component).flatMap((s) => asArray(at(s.props, ["profiles"])))
            .map((p) => asNumber(at(p, ["capacity", "maximum"]))),
        ...containerAppsOf(stack, component).map(maxReplicas),
    ].filter((n): n is number => n !== undefined);
    return maxima.length === 0 ? undefined : Math.max(...maxima);
}
