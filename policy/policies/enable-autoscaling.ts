import { autoscaleSettingsFor } from "../lib/capacity";
import { componentsOrFinding } from "../lib/evidence";
import { Finding, undecided, violation } from "../lib/findings";
import { readinessPolicy } from "../lib/readiness-policy";
import { StackResource, TYPES } from "../lib/stack";
import { asArray, asNumber, at, isUnknown } from "../lib/values";

const ITEM = "capacity.autoscaling";

/** Thresholds of the autoscaling check. */
export interface AutoscalingConfig {
    /** Fewest instances in prod. Default 2: one instance is a single point of failure. */
    minimumInstancesProd: number;
}

function checkSetting(s: StackResource, prod: boolean, config: AutoscalingConfig): Finding[] {
    const findings: Finding[] = [];
    if (isUnknown(s.props.enabled)) {
        findings.push(undecided(ITEM, `autoscale setting '${s.name}' enabled is unknown in preview`, s));
    } else if (s.props.enabled !== true) {
        findings.push(violation(ITEM, `autoscale setting '${s.name}' enabled is '${String(s.props.enabled)}'; it must be true`, s));
    }
    const profiles = asArray(s.props.profiles);
    if (profiles.length === 0) {
        findings.push(violation(ITEM, `autoscale setting '${s.name}' has no profiles`, s));
    }
    profiles.forEach((profile, index) => {
        const min = asNumber(at(profile, ["capacity", "minimum"]));
        const max = asNumber(at(profile, ["capacity", "maximum"]));
        if (min === undefined || max === undefined || max < min) {
            findings.push(violation(ITEM, `autoscale setting '${s.name}' profile ${index + 1} needs capacity.minimum <= capacity.maximum (got ${String(min)}..${String(max)})`, s));
        } else if (prod && min < config.minimumInstancesProd) {
            findings.push(violation(ITEM, `autoscale setting '${s.name}' profile ${index + 1} capacity.minimum is ${min}; prod requires at least ${config.minimumInstancesProd}`, s));
        }
        if (asArray(at(profile, ["rules"])).length === 0) {
            findings.push(violation(ITEM, `autoscale setting '${s.name}' profile ${index + 1} has no scale rules`, s));
        }
    });
    return findings;
}

/** Every component scales automatically: an enabled autoscale setting with rules and a prod minimum. */
export const enableAutoscaling = readinessPolicy<AutoscalingConfig>({
    name: "enable-autoscaling",
    description: "Every component has an enabled autoscale setting with rules and min/max, with at least the configured minimum instances in prod.",
    items: [ITEM],
    waivableInProd: true,
    evidenceTypes: [TYPES.autoscaleSetting],
    configProperties: {
        minimumInstancesProd: { type: "integer", default: 2, description: "Fewest instances an autoscale profile may have in prod." },
    },
    defaults: { minimumInstancesProd: 2 },
    prodFloors: { minimumInstancesProd: "atLeast" },
    check(stack, config): Finding[] {
        const { components, missing } = componentsOrFinding(stack, ITEM);
        if (missing) {
            return [missing];
        }
        const prod = stack.environment() === "prod";
        return components.flatMap((c) => {
            const settings = autoscaleSettingsFor(stack, c.name);
            if (settings.length === 0) {
                return [violation(ITEM, `component '${c.name}' has no autoscale setting (${TYPES.autoscaleSetting} tagged component=${c.name})`)];
            }
            return settings.flatMap((s) => checkSetting(s, prod, config));
        });
    },
});
