import { capacityPlan, containerAppsOf, containerAppsOutsideTheProgram, maximumInstances, platformScaledAppsOf } from "../lib/capacity";
import { judgeEachComponent } from "../lib/evidence";
import { Finding, undecided, violation } from "../lib/findings";
import { readinessPolicy } from "../lib/readiness-policy";
import { StackView, TYPES } from "../lib/stack";
import { at, isUnknown, UNKNOWN } from "../lib/values";

const ITEM = "capacity.headroom";

/** Thresholds of the headroom check. */
export interface HeadroomConfig {
    /** Smallest accepted headroom factor. Default 1.2: at least 20% above the planned peak. */
    minimumHeadroom: number;
}

/**
 * Why a component's maximum scaled capacity is not known: a container app whose maxReplicas is
 * unknown in preview, or one outside the program, cannot be judged (undecided); no maximum at all fails.
 */
function unscaled(stack: StackView, component: string): Finding {
    const unknown = containerAppsOf(stack, component).find((app) => isUnknown(at(app.props, ["template", "scale", "maxReplicas"])));
    if (unknown !== undefined) {
        return undecided(ITEM, `container app '${unknown.name}' template.scale.maxReplicas is unknown in preview, so the maximum scaled capacity of component '${component}' cannot be shown`, unknown);
    }
    const platform = platformScaledAppsOf(stack, component).find((a) => a.scale.maximum === UNKNOWN);
    if (platform !== undefined) {
        return undecided(ITEM, `function app '${platform.app.name}' ${platform.scale.maximumProperty} is unknown in preview, so the maximum scaled capacity of component '${component}' cannot be shown`, platform.app);
    }
    const outside = containerAppsOutsideTheProgram(stack, component);
    if (outside.length > 0) {
        return undecided(ITEM, `component '${component}' runs on a container app outside the program (monitoring block '${outside[0].name}' names it by containerAppId), whose template.scale.maxReplicas the stack cannot show`, outside[0]);
    }
    return violation(ITEM, `component '${component}' has no autoscale profile with capacity.maximum, no container app with template.scale.maxReplicas and no function app with a platform maximum, so its maximum scaled capacity is unknown`);
}

/** The maximum scaled capacity covers the planned peak times the headroom. */
export const configureCapacityHeadroom = readinessPolicy<HeadroomConfig>({
    name: "configure-capacity-headroom",
    description: "For every component, maximum instances (autoscale profile capacity.maximum, a container app's template.scale.maxReplicas, or a function app's platform maximum on a Consumption, Elastic Premium or Flex Consumption plan) x RPS per instance >= planned peak RPS x headroom, and the headroom is at least the configured minimum.",
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
            const findings: Finding[] = [];
            const plan = capacityPlan(stack, component.name);
            if (plan === undefined) {
                findings.push(violation(ITEM, `component '${component.name}' has no capacity plan, so its headroom cannot be shown`));
                return findings;
            }
            const maximum = maximumInstances(stack, component.name);
            if (maximum === undefined) {
                findings.push(unscaled(stack, component.name));
                return findings;
            }
            if (plan.headroom < config.minimumHeadroom) {
                findings.push(violation(ITEM, `component '${component.name}' plans headroom ${plan.headroom} (from ${plan.source}); at least ${config.minimumHeadroom} is required`));
            }
            const capacity = maximum * plan.rpsPerInstance;
            const needed = plan.plannedPeakRps * plan.headroom;
            if (capacity < needed) {
                findings.push(violation(ITEM, `component '${component.name}' scales to ${maximum} instances x ${plan.rpsPerInstance} RPS = ${capacity} RPS, below the planned peak ${plan.plannedPeakRps} RPS x headroom ${plan.headroom} = ${needed} RPS`));
            }
            return findings;
        });
    },
});
