import { componentsOrFinding } from "../lib/evidence";
import { Finding, undecided, violation } from "../lib/findings";
import { readinessPolicy } from "../lib/readiness-policy";
import { datadogTag, TYPES } from "../lib/stack";
import { asArray, asNumber, asString, at, isUnknown } from "../lib/values";

const ITEM = "slo.objectives";
const TIMEFRAMES = ["7d", "30d", "90d"];

/** Thresholds of the availability SLO check. */
export interface AvailabilitySloConfig {
    /** Lowest accepted target, percent. Default 99.0: below that an SLO promises too little to customers. */
    minimumTargetPercent: number;
    /** Highest accepted target, percent. Default 99.99: above that the error budget is too small to act on. */
    maximumTargetPercent: number;
}

/** Every customer-facing component has an availability SLO with a target in range and a timeframe. */
export const missingAvailabilitySlo = readinessPolicy<AvailabilitySloConfig>({
    name: "missing-availability-slo",
    description: "Every customer-facing component has an availability SLO (sli:availability) with a target in the allowed range and a 7d/30d/90d timeframe.",
    items: [ITEM],
    waivableInProd: true,
    evidenceTypes: [TYPES.slo],
    configProperties: {
        minimumTargetPercent: { type: "number", default: 99.0, description: "Lowest accepted SLO target in percent." },
        maximumTargetPercent: { type: "number", default: 99.99, description: "Highest accepted SLO target in percent." },
    },
    defaults: { minimumTargetPercent: 99.0, maximumTargetPercent: 99.99 },
    prodFloors: { minimumTargetPercent: "atLeast", maximumTargetPercent: "atMost" },
    check(stack, config): Finding[] {
        const { components, missing } = componentsOrFinding(stack, ITEM);
        if (missing) {
            return [missing];
        }
        const findings: Finding[] = [];
        for (const component of components.filter((c) => c.customerFacing)) {
            const slos = stack.datadogFor(TYPES.slo, component.name).filter((s) => datadogTag(s, "sli") === "availability");
            if (slos.length === 0) {
                findings.push(violation(ITEM, `customer-facing component '${component.name}' has no availability SLO (a ${TYPES.slo} tagged 'sli:availability' and 'component:${component.name}')`));
                continue;
            }
            for (const slo of slos) {
                const thresholds = asArray(slo.props.thresholds);
                if (isUnknown(slo.props.thresholds)) {
                    findings.push(undecided(ITEM, `SLO '${slo.name}' thresholds are unknown in preview`, slo));
                    continue;
                }
                if (thresholds.length === 0) {
                    findings.push(violation(ITEM, `SLO '${slo.name}' has no thresholds (each needs a timeframe and a target)`, slo));
                    continue;
                }
                for (const threshold of thresholds) {
                    const rawTarget = at(threshold, ["target"]);
                    const target = asNumber(rawTarget);
                    const timeframe = asString(at(threshold, ["timeframe"]));
                    if (isUnknown(rawTarget)) {
                        findings.push(undecided(ITEM, `SLO '${slo.name}' target is unknown in preview`, slo));
                    } else if (target === undefined || target < config.minimumTargetPercent || target > config.maximumTargetPercent) {
                        findings.push(violation(ITEM, `SLO '${slo.name}' target ${String(rawTarget)} is outside the allowed range ${config.minimumTargetPercent}..${config.maximumTargetPercent} percent`, slo));
                    }
                    if (timeframe === undefined || !TIMEFRAMES.includes(timeframe)) {
                        findings.push(violation(ITEM, `SLO '${slo.name}' timeframe '${String(at(threshold, ["timeframe"]))}' is not one of ${TIMEFRAMES.join(", ")}`, slo));
                    }
                }
            }
        }
        return findings;
    },
});
