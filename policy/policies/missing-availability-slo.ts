import { judgeEachComponent } from "../lib/evidence";
import { Finding, undecided, violation } from "../lib/findings";
import { readinessPolicy } from "../lib/readiness-policy";
import { ComponentScope, componentScope, watchedSignal } from "../lib/signals";
import { Component, datadogTag, StackResource, TYPES } from "../lib/stack";
import { asArray, asNumber, asString, at, containsUnknown, isUnknown } from "../lib/values";

const ITEM = "slo.objectives";
const AVAILABILITY_HOW = `a ${TYPES.slo} of type 'metric' whose denominator counts the component's requests (a traffic metric filtered to its service or Azure resources), or of type 'time_slice' over its errors`;

/**
 * A customer-facing component without an availability SLO. When the internet reaching it, not its
 * spec or tags, is what makes it customer-facing, the message says what reaches it; when that is
 * unknown in preview, whether it needs the SLO is undecided (lib/reachability.ts).
 */
function noSlo(component: Component): Finding {
    const exposure = component.exposure;
    if (exposure === undefined) {
        return violation(ITEM, `customer-facing component '${component.name}' has no availability SLO (${AVAILABILITY_HOW})`);
    }
    return exposure.undecided
        ? undecided(ITEM, `component '${component.name}' has no availability SLO (${AVAILABILITY_HOW}), which it needs if the internet reaches it: ${exposure.why}`)
        : violation(ITEM, `customer-facing component '${component.name}' has no availability SLO (${AVAILABILITY_HOW}); it is customer-facing, whatever its tags and spec say, because the internet reaches ${exposure.why}`);
}

/**
 * Whether an SLO measures the availability of the component in `scope`, by its SLI: good over the
 * component's requests (a traffic metric filtered to it, lib/signals.ts), or a time slice over its
 * errors. Tags do not decide; configure-slo-indicators judges whether good restricts total.
 */
function measuresAvailability(slo: StackResource, scope: ComponentScope): boolean {
    const type = asString(slo.props.type);
    if (type === "metric") {
        return watchedSignal(asString(at(slo.props, ["query", "denominator"])) ?? "", scope) === "traffic";
    }
    if (type === "time_slice") {
        // Only the queries its formula uses are measured; another listed query proves nothing.
        const formula = (asString(at(slo.props, ["sliSpecification", "timeSlice", "query", "formula", "formulaExpression"])) ?? "").split(/\W+/);
        return asArray(at(slo.props, ["sliSpecification", "timeSlice", "query", "queries"]))
            .filter((q) => formula.includes(asString(at(q, ["metricQuery", "name"])) ?? ""))
            .some((q) => watchedSignal(asString(at(q, ["metricQuery", "query"])) ?? "", scope) === "errors");
    }
    return false;
}
const TIMEFRAMES = ["7d", "30d", "90d"];

/** Thresholds of the availability SLO check. */
export interface AvailabilitySloConfig {
    /** Lowest accepted target, percent. Default 99.0: below that an SLO promises too little to customers. */
    minimumTargetPercent: number;
    /** Highest accepted target, percent. Default 99.99: above that the error budget is too small to act on. */
    maximumTargetPercent: number;
}

/**
 * Every customer-facing component has an availability SLO, found by what its SLI measures (never
 * its tags), with a target in range and a timeframe.
 */
export const missingAvailabilitySlo = readinessPolicy<AvailabilitySloConfig>({
    name: "missing-availability-slo",
    description: "Every customer-facing component has an availability SLO (an SLI over its requests or errors) with a target in the allowed range and a 7d/30d/90d timeframe.",
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
        return judgeEachComponent(stack, ITEM, (component) => {
            if (!component.customerFacing) {
                return [];
            }
            const findings: Finding[] = [];
            const scope = componentScope(stack, component.name);
            const slos = stack.ofType(TYPES.slo).filter((s) => measuresAvailability(s, scope));
            if (slos.length === 0) {
                const unknown = stack.datadogFor(TYPES.slo, component.name).find((s) => containsUnknown(s.props.query) || containsUnknown(s.props.sliSpecification));
                const tagged = stack.datadogFor(TYPES.slo, component.name).find((s) => datadogTag(s, "sli") === "availability");
                findings.push(unknown !== undefined
                    ? undecided(ITEM, `customer-facing component '${component.name}' has no availability SLO that can be judged: the SLI of SLO '${unknown.name}' is unknown in preview`, unknown)
                    : tagged !== undefined
                        ? violation(ITEM, `SLO '${tagged.name}' is tagged 'sli:availability' but does not measure the availability of component '${component.name}': ${AVAILABILITY_HOW}`, tagged)
                        : noSlo(component));
                return findings;
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
            return findings;
        });
    },
});
