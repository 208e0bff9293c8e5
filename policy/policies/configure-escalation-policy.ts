import { Finding, undecided, violation } from "../lib/findings";
import { readinessPolicy } from "../lib/readiness-policy";
import { StackResource, StackView, TYPES } from "../lib/stack";
import { asArray, asNumber, asString, at, containsUnknown, isUnknown } from "../lib/values";

const ITEM = "pagerduty.escalation";

/** Thresholds of the escalation check. */
export interface EscalationConfig {
    /** Fewest escalation levels (rules). Default 2: someone else is called when the first responder does not answer. */
    minimumLevels: number;
    /** Fewest repeats of the whole policy. Default 1. */
    minimumLoops: number;
}

/**
 * Someone else is called when the first responder does not answer: a target is an on-call schedule,
 * or the levels name at least two distinct users (by fixed id, else by the user resources of the
 * stack the rules refer to). Ids unknown in preview that no user resource explains are undecided.
 */
function checkTargets(stack: StackView, policy: StackResource): Finding[] {
    const targets = asArray(policy.props.rules).flatMap((rule) => asArray(at(rule, ["targets"])));
    if (targets.length === 0) {
        return [];
    }
    const kind = (t: unknown) => asString(at(t, ["type"])) ?? "user_reference";
    if (targets.some((t) => kind(t) === "schedule_reference")) {
        return [];
    }
    const ids = new Set(targets.map((t) => asString(at(t, ["id"]))).filter((id): id is string => id !== undefined && id !== ""));
    const users = stack.dependenciesOf(policy, "rules").filter((r) => r.type === TYPES.pdUser);
    if (ids.size >= 2 || users.length >= 2) {
        return [];
    }
    if (targets.some((t) => containsUnknown(t))) {
        return [undecided(ITEM, `escalation policy '${policy.name}' names targets whose ids are unknown in preview and fewer than 2 ${TYPES.pdUser} in the stack it refers to, so whether two different people are called cannot be shown`, policy)];
    }
    const who = ids.size === 0 ? "no user" : `only user '${[...ids][0]}'`;
    return [violation(ITEM, `escalation policy '${policy.name}' calls ${who} at every level; it needs an on-call schedule or at least 2 distinct users, so someone else is called when the first responder does not answer`, policy)];
}

/** The policy is owned by a team: `teams` refers to a PagerDuty team of the stack, or is a team id. */
function checkTeam(stack: StackView, policy: StackResource): Finding[] {
    if (stack.dependenciesOf(policy, "teams").some((r) => r.type === TYPES.pdTeam)) {
        return [];
    }
    const teams = policy.props.teams;
    const ids = Array.isArray(teams) ? asArray(teams) : [teams];
    if (ids.some((id) => asString(id) !== undefined && asString(id) !== "")) {
        return [];
    }
    if (ids.some(isUnknown)) {
        return [undecided(ITEM, `teams of escalation policy '${policy.name}' is unknown in preview and no ${TYPES.pdTeam} in the stack is its property dependency, so its owning team cannot be shown`, policy)];
    }
    return [violation(ITEM, `escalation policy '${policy.name}' has no team: set 'teams' to a ${TYPES.pdTeam} of the stack (or a team id), so an owning team answers for it`, policy)];
}

function checkPolicy(stack: StackView, service: StackResource, policy: StackResource, config: EscalationConfig): Finding[] {
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
    return [...findings, ...checkTargets(stack, policy), ...checkTeam(stack, policy)];
}

/**
 * Every PagerDuty service has an escalation policy with enough levels and loops, that calls more than
 * one person (a schedule or two distinct users) and is owned by a team.
 */
export const configureEscalationPolicy = readinessPolicy<EscalationConfig>({
    name: "configure-escalation-policy",
    description: "Every PagerDuty service has an escalation policy (found through the property dependency of 'escalationPolicy') with at least 2 levels, targets, delays and numLoops >= 1, an on-call schedule or 2 distinct users among its targets, and a team ('teams' referring to a pagerduty:index/team:Team, or a team id).",
    items: [ITEM],
    waivableInProd: true,
    evidenceTypes: [TYPES.pdService, TYPES.pdEscalationPolicy, TYPES.pdTeam],
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
                // Which of several policies the value is cannot be read from a preview: each must do.
                findings.push(...policies.flatMap((policy) => checkPolicy(stack, service, policy, config)));
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
