import { componentTypes } from "../lib/catalogue";
import { Finding, undecided, violation } from "../lib/findings";
import { ownership } from "../lib/ownership";
import { readinessPolicy } from "../lib/readiness-policy";
import { StackResource } from "../lib/stack";

/**
 * The items judged per component: an unowned compute or ingress resource fails every one of them,
 * since none was judged for it. They are the items of the policies that check each component
 * (lib/evidence.ts `judgeEachComponent`).
 */
export const PER_COMPONENT_ITEMS = [
    "slo.objectives",
    "monitoring.golden-signals",
    "monitoring.anomaly-alerts",
    "pagerduty.technical-services",
    "capacity.plan",
    "capacity.headroom",
    "capacity.autoscaling",
    "tech.documentation",
] as const;

/**
 * The other fix for an app or plan the program does not tag: a monitoring block that names it as a
 * component's compute, by the block properties lib/ownership.ts `claims` reads.
 */
const WEB_CLAIM_HINT = ", or have a readiness:index:Monitoring block's webAppId or planId refer to it "
    + "(in Java: the Monitoring building block, or ReadyServiceArgs.existing(component, ExistingCompute.webApp(app, plan)))";
const CLAIM_HINTS: ReadonlyMap<string, string> = new Map([
    ["azure-native:web:WebApp", WEB_CLAIM_HINT],
    ["azure-native:web:AppServicePlan", WEB_CLAIM_HINT],
    ["azure-native:app:ContainerApp", ", or have a readiness:index:Monitoring block's containerAppId refer to it "
        + "(in Java: the Monitoring building block, or ReadyServiceArgs.existing(component, ExistingCompute.containerApp(app)))"],
]);

function claimHint(r: StackResource): string {
    return CLAIM_HINTS.get(r.type) ?? "";
}

/**
 * Components are discovered, not declared: every compute or ingress resource (lib/catalogue.ts)
 * belongs to a component (lib/ownership.ts), or it is a finding naming it on every per-component
 * item. Tags name components; a missing tag never hides a resource.
 */
export const missingComponentAssignment = readinessPolicy({
    name: "missing-component-assignment",
    description: "Every compute or ingress resource (web and function apps, plans, container apps, AKS, scale sets, gateways, Front Door/CDN, API Management) "
        + "belongs to a component, by its 'component' tag, its parent, or a property that refers to a compute or ingress resource of one; "
        + "one that belongs to none fails every per-component item, naming it.",
    items: [...PER_COMPONENT_ITEMS],
    waivableInProd: true,
    evidenceTypes: componentTypes(),
    defaults: {},
    check(stack): Finding[] {
        const { unowned, undecided: unknownTags } = ownership(stack);
        const item = PER_COMPONENT_ITEMS[0];
        return [
            ...unowned.map((r) => violation(item, `${r.type} '${r.name}' belongs to no component: it has no 'component' tag, no parent that belongs to one, `
                + "and no property that refers to a compute or ingress resource of one (such as a web app's serverFarmId on a tagged plan), "
                + "so no per-component item (SLOs, golden signals, anomaly alerts, PagerDuty service, capacity, catalog entry) is judged for it; "
                + `tag it component=<name>${claimHint(r)}`, r)),
            ...unknownTags.map((r) => undecided(item, `${r.type} '${r.name}' has a 'component' tag unknown in preview, so the component it belongs to cannot be known`, r)),
        ];
    },
});
