import { alwaysHolds, ceilingOf, Comparator, risesInTrouble } from "../lib/alert-thresholds";
import { Finding, undecided, violation } from "../lib/findings";
import { readinessPolicy } from "../lib/readiness-policy";
import { StackResource, TYPES } from "../lib/stack";
import { metricTerms, signalOfQuery } from "../lib/signals";
import { isRestriction, linearTerms } from "../lib/sli";
import { asArray, asNumber, asString, at, containsUnknown, isUnknown } from "../lib/values";

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

const COMPARATORS = ["<", "<=", ">", ">="];

/** What a time slice lacks (comparator, threshold, query), or "unknown" when a part is unknown in preview. */
function timeSliceGaps(timeSlice: unknown): string[] | "unknown" {
    if (containsUnknown(timeSlice)) {
        return "unknown";
    }
    const gaps: string[] = [];
    if (!COMPARATORS.includes(asString(at(timeSlice, ["comparator"])) ?? "")) {
        gaps.push(`a comparator (${COMPARATORS.join(", ")})`);
    }
    if (asNumber(at(timeSlice, ["threshold"])) === undefined) {
        gaps.push("a numeric threshold");
    }
    const queries = asArray(at(timeSlice, ["query", "queries"]))
        .map((q) => ({ name: asString(at(q, ["metricQuery", "name"])) ?? "", query: asString(at(q, ["metricQuery", "query"])) ?? "" }));
    const formula = asString(at(timeSlice, ["query", "formula", "formulaExpression"])) ?? "";
    if (queries.length === 0 || queries.some((q) => q.name.trim() === "" || metricTerms(q.query).length === 0)) {
        gaps.push("query.queries[] with a named metric query each");
    }
    if (formula.trim() === "" || !queries.some((q) => q.name !== "" && formula.split(/\W+/).includes(q.name))) {
        gaps.push("query.formula.formulaExpression naming one of its queries");
    }
    return gaps;
}

/**
 * Why a complete time slice does not measure anything: the queries its formula uses filter on no
 * one scope (none, or several), it counts a slice good when a signal that is bad when high (errors,
 * latency, saturation) is above its threshold, or its condition holds whatever happens (an error
 * ratio below 1 or more, a count at or above 0). Undefined when none of these.
 */
function timeSliceProblem(timeSlice: unknown): string | undefined {
    const comparator = asString(at(timeSlice, ["comparator"])) as Comparator;
    const threshold = asNumber(at(timeSlice, ["threshold"])) as number;
    const formula = asString(at(timeSlice, ["query", "formula", "formulaExpression"])) ?? "";
    const queries = new Map(asArray(at(timeSlice, ["query", "queries"]))
        .map((q) => [asString(at(q, ["metricQuery", "name"])) ?? "", asString(at(q, ["metricQuery", "query"])) ?? ""]));
    const used = [...queries].filter(([name]) => formula.split(/\W+/).includes(name)).map(([, query]) => query);
    const scopes = [...new Set(used.map((q) => scopeTerms(q).join(",")))];
    if (scopes.length !== 1 || scopes[0] === "") {
        return `the queries its formula uses must filter on one service or resource (they filter on ${scopes.map((sc) => `{${sc}}`).join(", ")})`;
    }
    // The formula with each query name replaced by its query: what the comparator is applied to.
    const compared = formula.replace(/[A-Za-z_]\w*/g, (word) => queries.get(word) ?? word);
    const signal = signalOfQuery(compared);
    if (signal === undefined) {
        return undefined;
    }
    if (risesInTrouble(signal, compared) && comparator.startsWith(">")) {
        return `it counts a time slice as good when its ${signal} is ${comparator} ${threshold}, but ${signal} is good when low: the comparator must be '<' or '<='`;
    }
    const ceiling = ceilingOf(compared, signal);
    if (alwaysHolds(comparator, threshold, ceiling?.value)) {
        return `it counts every time slice as good: ${signal} ${comparator} ${threshold} holds whatever happens${ceiling === undefined ? " (it is never below 0)" : ` (${ceiling.what})`}`;
    }
    return undefined;
}

function checkSlo(slo: StackResource): Finding | undefined {
    const type = asString(slo.props.type);
    if (type === "time_slice") {
        const timeSlice = at(slo.props, ["sliSpecification", "timeSlice"]);
        if (!isUnknown(timeSlice) && (timeSlice === null || typeof timeSlice !== "object")) {
            return violation(ITEM, `SLO '${slo.name}' is a time_slice SLO without sliSpecification.timeSlice`, slo);
        }
        const gaps = timeSliceGaps(timeSlice);
        if (gaps === "unknown") {
            return undecided(ITEM, `SLO '${slo.name}' time slice is unknown in preview, so whether it is complete cannot be judged`, slo);
        }
        if (gaps.length > 0) {
            return violation(ITEM, `SLO '${slo.name}' is a time_slice SLO whose sliSpecification.timeSlice lacks ${gaps.join(", ")}`, slo);
        }
        const problem = timeSliceProblem(timeSlice);
        return problem === undefined ? undefined : violation(ITEM, `SLO '${slo.name}' time slice: ${problem}`, slo);
    }
    if (type !== "metric") {
        return violation(ITEM, `SLO '${slo.name}' has type '${String(slo.props.type)}'; its SLI must be a good/total metric query (type metric) or a time slice (type time_slice)`, slo);
    }
    const rawNumerator = at(slo.props, ["query", "numerator"]);
    const rawDenominator = at(slo.props, ["query", "denominator"]);
    if (isUnknown(rawNumerator) || isUnknown(rawDenominator) || isUnknown(slo.props.query)) {
        return undecided(ITEM, `SLO '${slo.name}' SLI query is unknown in preview, so good and total cannot be compared`, slo);
    }
    const numerator = (asString(rawNumerator) ?? "").trim();
    const denominator = (asString(rawDenominator) ?? "").trim();
    if (numerator === "" || denominator === "") {
        return violation(ITEM, `SLO '${slo.name}' SLI needs both query.numerator (good events) and query.denominator (total events)`, slo);
    }
    const good = scopeTerms(numerator);
    const total = scopeTerms(denominator);
    if (good.length === 0 || good.join(",") !== total.join(",")) {
        return violation(ITEM, `SLO '${slo.name}' SLI numerator and denominator must filter on the same service or resource (numerator: {${good.join(",")}}, denominator: {${total.join(",")}})`, slo);
    }
    if (numerator.replace(/\s+/g, "") === denominator.replace(/\s+/g, "")) {
        return violation(ITEM, `SLO '${slo.name}' SLI counts the same events as good and as total (numerator = denominator), so it is met whatever happens`, slo);
    }
    const goodTerms = linearTerms(numerator);
    const totalTerms = linearTerms(denominator);
    if (goodTerms === undefined || totalTerms === undefined || totalTerms.length !== 1 || totalTerms[0].sign !== 1) {
        return undecided(ITEM, `SLO '${slo.name}' SLI has a form the pack cannot compare (the denominator must be one metric query, the numerator a sum or difference of metric queries), so it cannot show good is a restriction of total`, slo);
    }
    return isRestriction(goodTerms, totalTerms[0].term) ? undefined
        : violation(ITEM, `SLO '${slo.name}' SLI numerator is not a restriction of its denominator: good must be the total's metric and filter plus a status filter that keeps no server error (!http.status_class:5xx, or one class below 5xx such as http.status_class:2xx), the total minus its errors metric, or the total's status-class counts (e.g. http2xx + http3xx of <ns>.requests)`, slo);
}

/**
 * Every SLO has a well-defined SLI, judged by substance: good and total over the same scope, good
 * a restriction of total (lib/sli.ts) and never equal to it; or a complete time slice (comparator,
 * threshold, metric queries and a formula that uses them).
 */
export const configureSloIndicators = readinessPolicy({
    name: "configure-slo-indicators",
    description: "Every SLO has a fully defined SLI: good events a restriction of total events over the same service or resource, or a complete time slice (comparator, threshold, query).",
    items: [ITEM],
    waivableInProd: true,
    evidenceTypes: [TYPES.slo],
    defaults: {},
    check(stack): Finding[] {
        const slos = stack.ofType(TYPES.slo);
        if (slos.length === 0) {
            return [violation(ITEM, `no SLO in the stack, so no SLI is defined (expected ${TYPES.slo} resources)`)];
        }
        return slos.map(checkSlo).filter((f): f is Finding => f !== undefined);
    },
});
