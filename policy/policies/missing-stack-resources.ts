import { Finding, violation } from "../lib/findings";
import { readinessPolicy } from "../lib/readiness-policy";

const ITEM = "quality.pulumi";

/** The infrastructure is deployed with Pulumi: the stack declares resources. */
export const missingStackResources = readinessPolicy({
    name: "missing-stack-resources",
    description: "The infrastructure is deployed with Pulumi: the stack declares at least one resource besides the stack and providers.",
    items: [ITEM],
    waivableInProd: true,
    evidenceTypes: [],
    defaults: {},
    check(stack): Finding[] {
        const real = stack.resources.filter((r) => r.type !== "pulumi:pulumi:Stack" && !r.type.startsWith("pulumi:providers:"));
        return real.length > 0 ? [] : [violation(ITEM, "the stack declares no resources, so nothing is deployed with Pulumi")];
    },
});
