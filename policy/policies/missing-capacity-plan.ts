import { capacityPlan, containerAppsOf, platformScaledAppsOf } from "../lib/capacity";
import { judgeEachComponent } from "../lib/evidence";
import { Finding, violation } from "../lib/findings";
import { readinessPolicy } from "../lib/readiness-policy";
import { TYPES } from "../lib/stack";

const ITEM = "capacity.plan";

/** Every component states its 6-month capacity plan. */
export const missingCapacityPlan = readinessPolicy({
    name: "missing-capacity-plan",
    description: "Every component states its 6-month plan: planned peak RPS, RPS per instance and headroom (tags of the autoscale setting that targets its plan by reference, of its container app or of its function app on a plan the platform scales, or ReadyService inputs).",
    items: [ITEM],
    waivableInProd: true,
    evidenceTypes: [TYPES.autoscaleSetting, TYPES.containerApp, TYPES.webApp, TYPES.readyService],
    defaults: {},
    check(stack): Finding[] {
        return judgeEachComponent(stack, ITEM, (c) => capacityPlan(stack, c.name) !== undefined ? []
            : [violation(ITEM, `component '${c.name}' states no capacity plan: tag the ${TYPES.autoscaleSetting} whose targetResourceUri refers to its App Service plan${containerAppsOf(stack, c.name).length > 0 ? ` (or its ${TYPES.containerApp})` : ""}${platformScaledAppsOf(stack, c.name).length > 0 ? ` (or its ${TYPES.webApp} on a plan the platform scales)` : ""} with positive 'capacity-planned-peak-rps', 'capacity-rps-per-instance' and 'capacity-headroom'`)]);
    },
});
