import { CapacityPlan, capacityPlans, Reach, scaledReaches } from "../lib/capacity";
import { judgeEachComponent } from "../lib/evidence";
import { Finding, undecided, violation } from "../lib/findings";
import { readinessPolicy } from "../lib/readiness-policy";
import { TYPES } from "../lib/stack";

const ITEM = "capacity.headroom";

/** Thresholds of the headroom check. */
export interface HeadroomConfig {
    /** Smallest accepted headroom factor. Default 1.2: at least 20% above the planned peak. */
    minimumHeadroom: number;
}

/** The reach with the most instances (of those known). */
function largest(reaches: readonly Reach[]): Reach | undefined {
    return reaches.filter((r) => r.instances !== undefined).reduce<Reach | undefined>((a, b) => a === undefined || b.instances! > a.instances! ? b : a, undefined);
}

function samePlan(a: CapacityPlan, b: CapacityPlan): boolean {
    return a.plannedPeakRps === b.plannedPeakRps && a.rpsPerInstance === b.rpsPerInstance && a.headroom === b.headroom;
}

/**
 * One stated plan against the reaches that must carry it (those of the thing it is stated on, or
 * every reach of the component for the spec's plan): the largest known reach must cover the peak
 * times the headroom; what preview hides makes a shortfall undecided, never a pass. `several` names
 * the plan in messages when the component states more than one.
 */
function judgePlan(component: string, plan: CapacityPlan, reaches: readonly Reach[], config: HeadroomConfig, several: boolean): Finding[] {
    const hidden = reaches.find((r) => r.undecided !== undefined);
    const best = largest(reaches);
    const of = several ? ` (the plan in ${plan.source})` : "";
    if (best === undefined) {
        if (hidden !== undefined) {
            return [undecided(ITEM, hidden.undecided!, hidden.resource)];
        }
        return [violation(ITEM, plan.scaler !== undefined
            ? `component '${component}' states a capacity plan in ${plan.source}, but '${plan.scaler.name}' (${plan.scaler.type}) shows no maximum it scales to (an autoscale profile's capacity.maximum, template.scale.maxReplicas or a platform maximum), so the headroom of that plan cannot be shown`
            : `component '${component}' has no autoscale profile with capacity.maximum, no container app with template.scale.maxReplicas and no function app with a platform maximum, so its maximum scaled capacity is unknown`, plan.scaler)];
    }
    const findings: Finding[] = [];
    if (plan.headroom < config.minimumHeadroom) {
        findings.push(violation(ITEM, `component '${component}' plans headroom ${plan.headroom} (from ${plan.source}); at least ${config.minimumHeadroom} is required`));
    }
    const capacity = best.instances! * plan.rpsPerInstance;
    const needed = plan.plannedPeakRps * plan.headroom;
    if (capacity < needed) {
        // What preview hides may reach more: undecided, not a pass; only what is shown fails.
        findings.push(hidden !== undefined ? undecided(ITEM, hidden.undecided!, hidden.resource)
            : violation(ITEM, `component '${component}' scales to ${best.instances} instances (${best.source}) x ${plan.rpsPerInstance} RPS = ${capacity} RPS, below the planned peak ${plan.plannedPeakRps} RPS x headroom ${plan.headroom} = ${needed} RPS${of}`));
    }
    return findings;
}

/**
 * The maximum scaled capacity covers the planned peak times the headroom. The maximum is what the
 * component is sure to reach (`scaledReaches`): an autoscale setting gives its profiles' maximum
 * only when `enable-autoscaling`'s judgement of the same setting shows them scaling out (the lowest
 * of its profiles, any of which may be in force), else what it holds; a plan no setting scales its
 * own capacity; a container app its maxReplicas only when a scale rule of it can add a replica.
 * Every plan the component states is judged (`judgePlan`): a plan on one scaler says nothing of
 * another's, and a plan that covers its load never hides one that does not.
 */
export const configureCapacityHeadroom = readinessPolicy<HeadroomConfig>({
    name: "configure-capacity-headroom",
    description: "For every component, maximum instances x RPS per instance >= planned peak RPS x headroom, and the headroom is at least the configured minimum. The maximum is what it is sure to reach: an autoscale setting's capacity.maximum, the lowest over its profiles (any profile, scheduled or default, may be in force), and only from a profile that scales out by a rule that can fire, add an instance and cool down within PT1H (the judgement of enable-autoscaling), else the profile's capacity.minimum; a setting that is not enabled, or no setting, leaves the plan on its sku.capacity; a container app's template.scale.maxReplicas only when a scale rule of it can add a replica, else its minReplicas; a function app's platform maximum on a Consumption, Elastic Premium or Flex Consumption plan. Every plan stated is judged: one in the tags of an autoscale setting, container app or function app against what that one reaches (a setting: the weakest of the settings on its plan), the ReadyService spec's plan against the component's largest reach (once when it is the same as a tagged plan).",
    items: [ITEM],
    waivableInProd: true,
    evidenceTypes: [TYPES.autoscaleSetting, TYPES.containerApp, TYPES.webApp, TYPES.appServicePlan],
    configProperties: {
        minimumHeadroom: { type: "number", default: 1.2, description: "Smallest accepted headroom factor." },
    },
    defaults: { minimumHeadroom: 1.2 },
    prodFloors: { minimumHeadroom: "atLeast" },
    check(stack, config): Finding[] {
        return judgeEachComponent(stack, ITEM, (component) => {
            const { plans } = capacityPlans(stack, component.name);
            if (plans.length === 0) {
                return [violation(ITEM, `component '${component.name}' has no capacity plan, so its headroom cannot be shown`)];
            }
            const reaches = scaledReaches(stack, component.name);
            // The spec's plan is the whole component's; one the same as a scaler's says nothing more.
            const judged = plans.filter((p) => p.scaler !== undefined || !plans.some((q) => q.scaler !== undefined && samePlan(p, q)));
            return judged.flatMap((plan) => judgePlan(component.name, plan, plan.scaler === undefined ? reaches
                : reaches.filter((r) => r.by?.some((b) => b.urn === plan.scaler!.urn)), config, judged.length > 1));
        });
    },
});
