import { environmentNamed } from "../lib/environment";
import { Finding, violation } from "../lib/findings";
import { readinessPolicy } from "../lib/readiness-policy";
import { azureTag, datadogTag } from "../lib/stack";
import { judgedEnvironment } from "../lib/stack-configuration";

const ITEM = "quality.pulumi";

/**
 * The stack says which environment it is, and its resources agree. The environment comes from the
 * review (lib/environment.ts); this policy reports when it had to be assumed or raised, and every
 * resource whose `environment` tag (Azure) or `env:` tag (Datadog) names another one: such a label
 * misleads whoever reads it (dashboards, monitors, cost reports) and is never what the pack judges by.
 */
export const configureStackEnvironment = readinessPolicy({
    name: "configure-stack-environment",
    description: "The stack names its environment (stack name qa/prod/production, or readyservice:environment), and no resource's environment tag contradicts it.",
    items: [ITEM],
    waivableInProd: true,
    evidenceTypes: [],
    defaults: {},
    check(stack): Finding[] {
        const judged = judgedEnvironment();
        const findings = judged.problems.map((problem) => violation(ITEM, problem));
        for (const r of stack.resources) {
            const tags: [string, string | undefined][] = r.type.startsWith("azure-native:")
                ? [["environment", azureTag(r, "environment")]]
                : [["env", datadogTag(r, "env")]];
            for (const [key, value] of tags) {
                if (value !== undefined && environmentNamed(value) !== judged.environment) {
                    const shown = r.type.startsWith("azure-native:") ? `tag ${key}=${value}` : `tag ${key}:${value}`;
                    findings.push(violation(ITEM, `${r.type} '${r.name}' has ${shown}, but the stack is judged as ${judged.environment} (${judged.source}); fix the tag`, r));
                }
            }
        }
        return findings;
    },
});
