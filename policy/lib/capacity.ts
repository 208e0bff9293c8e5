import { namesComponent } from "./ownership";
import { azureTag, StackResource, StackView, TYPES } from "./stack";
import { asArray, asNumber, asString, at } from "./values";

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
 * plans its web apps refer to through `serverFarmId`.
 */
export function computeOf(stack: StackView, component: string): Set<string> {
    const own = stack.resources.filter((r) => r.type !== TYPES.autoscaleSetting && namesComponent(stack, r, component));
    const plans = own.flatMap((r) => stack.dependenciesOf(r, "serverFarmId"));
    return new Set([...own, ...plans].map((r) => r.urn));
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

function positive(value: unknown): number | undefined {
    const n = asNumber(value);
    return n !== undefined && n > 0 ? n : undefined;
}

/** The plan from autoscale tags, else from the ReadyService spec; undefined when not stated. */
export function capacityPlan(stack: StackView, component: string): CapacityPlan | undefined {
    for (const setting of autoscaleSettingsFor(stack, component)) {
        const peak = positive(azureTag(setting, "capacity-planned-peak-rps"));
        const perInstance = positive(azureTag(setting, "capacity-rps-per-instance"));
        const headroom = positive(azureTag(setting, "capacity-headroom"));
        if (peak !== undefined && perInstance !== undefined && headroom !== undefined) {
            return { plannedPeakRps: peak, rpsPerInstance: perInstance, headroom, source: `tags of '${setting.name}'` };
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

/** The largest `profiles[*].capacity.maximum` of the settings, or undefined. */
export function maximumInstances(settings: readonly StackResource[]): number | undefined {
    const maxima = settings.flatMap((s) => asArray(at(s.props, ["profiles"])))
        .map((p) => asNumber(at(p, ["capacity", "maximum"])))
        .filter((n): n is number => n !== undefined);
    return maxima.length === 0 ? undefined : Math.max(...maxima);
}
