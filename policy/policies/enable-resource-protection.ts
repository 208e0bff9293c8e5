import { Finding, violation } from "../lib/findings";
import { readinessPolicy } from "../lib/readiness-policy";
import { STATEFUL_TYPES } from "../lib/stack";

const ITEM = "security.backups";

/** In prod, stateful resources (lib/catalogue.ts) carry `protect: true` so no update can delete their data. */
export const enableResourceProtection = readinessPolicy({
    name: "enable-resource-protection",
    description: "In prod, every stateful resource (every stateful type of lib/catalogue.ts) has the resource option protect: true.",
    items: [ITEM],
    waivableInProd: false,
    evidenceTypes: [...STATEFUL_TYPES],
    defaults: {},
    check(stack): Finding[] {
        if (stack.environment() !== "prod") {
            return [];
        }
        return stack.resources
            .filter((r) => STATEFUL_TYPES.includes(r.type) && !r.protect)
            .map((r) => violation(ITEM, `${r.type} '${r.name}' is stateful and not protected; prod requires the resource option protect: true`, r));
    },
});
