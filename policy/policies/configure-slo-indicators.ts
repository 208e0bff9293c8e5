import { Finding, violation } from "../lib/findings";
import { readinessPolicy } from "../lib/readiness-policy";
import { StackResource, TYPES } from "../lib/stack";
import { asString, at } from "../lib/values";

const ITEM = "slo.indicators";

/**
 * The scope terms inside a query's `{...}` filters: APM's `service:`, and the Azure integration's
 * `name:` and `resource_group:` (it tags each metric with the Azure resource it came from).
 */
export function scopeTerms(query: string): string[] {
    const terms = new Set<string>();
    for (const match of query.matchAll(/\{([^}]*)\}/g)) {
        for (const term of match[1].split(",").map((t) => t.trim())) {
            if (/^(service|resource_name|resource|name|resource_group):/.test(term)) {
                terms.add(term);
            }
        }
    }
    return [...terms].sort();
}

function checkSlo(slo: StackResource): string | undefined {
    const type = asString(slo.props.type);
    if (type === "time_slice") {
        const timeSlice = at(slo.props, ["sliSpecification", "timeSlice"]);
        return timeSlice !== null && typeof timeSlice === "object" ? undefined
            : `SLO '${slo.name}' is a time_slice SLO without sliSpecification.timeSlice`;
    }
    if (type !== "metric") {
        return `SLO '${slo.name}' has type '${String(slo.props.type)}'; its SLI must be a good/total metric query (type metric) or a time slice (type time_slice)`;
    }
    const numerator = asString(at(slo.props, ["query", "numerator"])) ?? "";
    const denominator = asString(at(slo.props, ["query", "denominator"])) ?? "";
    if (numerator.trim() === "" || denominator.trim() === "") {
        return `SLO '${slo.name}' SLI needs both query.numerator (good events) and query.denominator (total events)`;
    }
    const good = scopeTerms(numerator);
    const total = scopeTerms(denominator);
    if (good.length === 0 || good.join(",") !== total.join(",")) {
        return `SLO '${slo.name}' SLI numerator and denominator must filter on the same service or resource (numerator: {${good.join(",")}}, denominator: {${total.join(",")}})`;
    }
    return undefined;
}

/** Every SLO has a well-defined SLI: good/total over the same scope, or a time slice. */
export const configureSloIndicators = readinessPolicy({
    name: "configure-slo-indicators",
    description: "Every SLO has a fully defined SLI: a good/total metric query over the same service or resource filter, or a time-slice specification.",
    items: [ITEM],
    waivableInProd: true,
    evidenceTypes: [TYPES.slo],
    defaults: {},
    check(stack): Finding[] {
        const slos = stack.ofType(TYPES.slo);
        if (slos.length === 0) {
            return [violation(ITEM, `no SLO in the stack, so no SLI is defined (expected ${TYPES.slo} resources)`)];
        }
        return slos.map((slo) => [slo, checkSlo(slo)] as const)
            .filter(([, problem]) => problem !== undefined)
            .map(([slo, problem]) => violation(ITEM, problem!, slo));
    },
});
