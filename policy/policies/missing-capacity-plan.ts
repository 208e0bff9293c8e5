import { capacityPlans, containerAppsOf, platformScaledAppsOf } from "../lib/capacity";
import { judgeEachComponent } from "../lib/evidence";
import { Finding, undecided, violation } from "../lib/findings";
import { readinessPolicy } from "../lib/readiness-policy";
import { TYPES } from "../lib/stack";

const ITEM = "capacity.plan";

/**
 * Every component states its 6-month capacity plan, and nothing states part of one: a peak stated
 * without the rest would go unjudged beside a complete plan elsewhere (`capacityPlans`).
 */
export const missingCapacityPlan = readinessPolicy({
    name: "missing-capacity-plan",
    description: "Every component states its 6-month plan: planned peak RPS, RPS per instance and headroom (tags of the autoscale setting that targets its plan by reference, of its container app or of its function app on a plan the platform scales, or ReadyService inputs); tags or inputs that state part of a plan (some of the three, or one that is not a positive number) fail, and plan values unknown in preview are undecided, even beside a complete plan elsewhere.",
    items: [ITEM],
    waivableInProd: true,
    evidenceTypes: [TYPES.autoscaleSetting, TYPES.containerApp, TYPES.webApp, TYPES.readyService],
    defaults: {},
    check(stack): Finding[] {
        return judgeEachComponent(stack, ITEM, (c) => {
            const stated = capacityPlans(stack, c.name);
            const unknown = stated.unknown.map((m) => undecided(ITEM, m));
            if (stated.plans.length === 0) {
                return unknown.length > 0 ? unknown
                    : [violation(ITEM, `component '${c.name}' states no capacity plan: tag the ${TYPES.autoscaleSetting} whose targetResourceUri refers to its App Service plan${containerAppsOf(stack, c.name).length > 0 ? ` (or its ${TYPES.containerApp})` : ""}${platformScaledAppsOf(stack, c.name).length > 0 ? ` (or its ${TYPES.webApp} on a plan the platform scales)` : ""} with positive 'capacity-planned-peak-rps', 'capacity-rps-per-instance' and 'capacity-headroom'`)];
            }
            return [...stated.partial.map((m) => violation(ITEM, m)), ...unknown];
        });
    },
});
