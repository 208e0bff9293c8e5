import { Finding, undecided, violation } from "../lib/findings";
import { readinessPolicy } from "../lib/readiness-policy";
import { StackResource, TYPES } from "../lib/stack";
import { asArray, asNumber, at, isUnknown } from "../lib/values";

const ITEM = "pagerduty.escalation";

/** Thresholds of the escalation check. */
export interface EscalationConfig {
    /** Fewest escalation levels (rules). Default 2: someone else is called when the first responder does not answer. */
    minimumLevels: number;
    /** Fewest repeats of the whole policy. Default 1. */
    minimumLoops: number;
}

function checkPolicy(service: StackResource, policy: StackResource, config: EscalationConfig): Finding[] {
    const findings: Finding[] = [];
    const rules = asArray(policy.props.rules);
    if (rules.length < config.minimumLevels) {
        findings.push(violation(ITEM, `escalation policy '${policy.name}' of service '${service.name}' has ${rules.length} level(s); at least ${config.minimumLevels} are required`, policy));
    }
    rules.forEach((rule, index) => {
        const delay = asNumber(at(rule, ["escalationDelayInMinutes"]));
        if (delay === undefined || delay < 1) {
            findings.push(violation(ITEM, `escalation policy '${policy.name}' level ${index + 1} has escalationDelayInMinutes '${String(at(rule, ["escalationDelayInMinutes"]))}'; it must be at least 1`, policy));
        }
        if (asArray(at(rule, ["targets"])).length === 0) {
            findings.push(violation(ITEM, `escalation policy '${policy.name}' level ${index + 1} has no targets`, policy));
        }
    });
    const loops = asNumber(policy.props.numLoops);
    if (loops === undefined || loops < config.minimumLoops) {
        findings.push(violation(ITEM, `escalation policy '${policy.name}' numLoops is '${String(policy.props.numLoops)}'; at least ${config.minimumLoops} is required`, policy));
    }
    return findings;
}

/** Every PagerDuty service has an escalation policy with enough levels and loops. */
export const configureEscalationPolicy = readinessPolicy<EscalationConfig>({
    name: "configure-escalation-policy",
    description: "Every PagerDuty service has an escalation policy (found through the property dependency of 'escalationPolicy') with at least 2 levels, targets, delays and numLoops >= 1.",
    items: [ITEM],
    waivableInProd: true,
    evidenceTypes: [TYPES.pdService, TYPES.pdEscalationPolicy],
    configProperties: {
        minimumLevels: { type: "integer", default: 2, description: "Fewest escalation levels (rules)." },
        minimumLoops: { type: "integer", default: 1, description: "Fewest repeats (numLoops)." },
    },
    defaults: { minimumLevels: 2, minimumLoops: 1 },
    prodFloors: { minimumLevels: "atLeast", minimumLoops: "atLeast" },
    check(stack, config): Finding[] {
        const services = stack.ofType(TYPES.pdService);
        if (services.length === 0) {
            return [violation(ITEM, `no PagerDuty service in the stack, so nothing escalates (expected ${TYPES.pdService} with an escalation policy)`)];
        }
        const findings: Finding[] = [];
        for (const service of services) {
            const reference = service.props.escalationPolicy;
            const policies = stack.dependenciesOf(service, "escalationPolicy").filter((r) => r.type === TYPES.pdEscalationPolicy);
            if (policies.length > 0) {
                findings.push(...checkPolicy(service, policies[0], config));
            } else if (reference === undefined || reference === null || reference === "") {
                findings.push(violation(ITEM, `PagerDuty service '${service.name}' has no escalationPolicy`, service));
            } else {
                const how = isUnknown(reference) ? "is unknown in preview" : "is a fixed id";
                findings.push(undecided(ITEM, `escalation policy of PagerDuty service '${service.name}' ${how} and no ${TYPES.pdEscalationPolicy} in the stack is its property dependency, so its levels and loops cannot be checked`, service));
            }
        }
        return findings;
    },
});
