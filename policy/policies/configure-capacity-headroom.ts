import { autoscaleSettingsFor, capacityPlan, maximumInstances } from "../lib/capacity";
import { judgeEachComponent } from "../lib/evidence";
import { Finding, violation } from "../lib/findings";
import { readinessPolicy } from "../lib/readiness-policy";
import { TYPES } from "../lib/stack";

const ITEM = "capacity.headroom";

/** Thresholds of the headroom check. */
export interface HeadroomConfig {
    /** Smallest accepted headroom factor. Default 1.2: at least 20% above the planned peak. */
    minimumHeadroom: number;
}

/** The maximum scaled capacity covers the planned peak times the headroom. */
export const configureCapacityHeadroom = readinessPolicy<HeadroomConfig>({
    name: "configure-capacity-headroom",
    description: "For every component, maximum instances x RPS per instance >= planned peak RPS x headroom, and the headroom is at least the configured minimum.",
    items: [ITEM],
    waivableInProd: true,
    evidenceTypes: [TYPES.autoscaleSetting],
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
            const maximum = maximumInstances(autoscaleSettingsFor(stack, component.name));
            if (maximum === undefined) {
                findings.push(violation(ITEM, `component '${component.name}' has no autoscale profile with capacity.maximum, so its maximum scaled capacity is unknown`));
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
