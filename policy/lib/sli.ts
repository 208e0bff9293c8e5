import { excludesServerErrors, MetricTerm, selectsServerErrors, signalOfTerm } from "./signals";

/**
 * Whether an SLI's good-events query is a restriction of its total-events query: the same events,
 * narrowed to the good ones. Read from the queries, never from names or tags.
 */

/** A metric term of a sum or difference, with its sign. */
export interface SignedTerm {
    readonly sign: 1 | -1;
    readonly term: MetricTerm;
}

const TERM = /(?:([a-z0-9_.]+):)?([a-zA-Z][\w.]*)\{([^}]*)\}((?:\.\w+\([^()]*\))*)/g;

/**
 * The terms of a query that is a sum or difference of `aggregator:metric{filter}.fn()` terms, or
 * undefined for any other form (products, ratios, functions around terms): those cannot be judged.
 */
export function linearTerms(query: string): SignedTerm[] | undefined {
    const terms: SignedTerm[] = [];
    let last = 0;
    for (const match of query.matchAll(TERM)) {
        const gap = query.substring(last, match.index).trim();
        const sign = gap === "" && terms.length === 0 ? 1 : gap === "+" ? 1 : gap === "-" ? -1 : undefined;
        if (sign === undefined) {
            return undefined;
        }
        terms.push({
            sign,
            term: {
                aggregator: match[1],
                metric: match[2],
                filters: match[3].split(/,|\s+AND\s+/i).map((t) => t.trim()).filter((t) => t !== ""),
            },
        });
        last = match.index + match[0].length;
    }
    return terms.length === 0 || query.substring(last).trim() !== "" ? undefined : terms;
}

function namespace(metric: string): string {
    return metric.substring(0, metric.lastIndexOf("."));
}

function lastSegment(metric: string): string {
    return metric.substring(metric.lastIndexOf(".") + 1);
}

function covers(narrow: MetricTerm, wide: MetricTerm): boolean {
    return wide.filters.every((f) => narrow.filters.includes(f));
}

function sameEvents(a: MetricTerm, b: MetricTerm): boolean {
    return a.metric === b.metric && a.aggregator === b.aggregator
        && a.filters.length === b.filters.length && covers(a, b);
}

/**
 * True when `good` restricts `total` in one of the documented ways (docs/evidence.md):
 * - the total's metric, aggregator and filter plus a status filter that keeps no server error
 *   (`!http.status_class:5xx`, or one class below 5xx such as `http.status_class:2xx`;
 *   `statuscodecategory:5xx` counts the bad events, `!http.status_class:4xx` keeps the 5xx);
 * - the total minus failures: the total, less error terms of the same namespace and filter
 *   (`trace.x.hits - trace.x.errors`, `x.requests - x.requests{…,statuscodecategory:5xx}`);
 * - status-class counts of the total's resource: the total is `<ns>.requests`, good sums distinct
 *   `<ns>.http1xx`..`http4xx` over the same filter (`azure.app_services.http2xx + http3xx`).
 */
export function isRestriction(good: readonly SignedTerm[], total: MetricTerm): boolean {
    const [first, ...rest] = good;
    if (first.sign !== 1) {
        return false;
    }
    if (good.length === 1 && first.term.metric === total.metric && first.term.aggregator === total.aggregator && covers(first.term, total)) {
        const added = first.term.filters.filter((f) => !total.filters.includes(f));
        // Good events must leave out every server error: a filter that drops 4xx, or one 5xx code,
        // counts the other server errors as good.
        return added.some(excludesServerErrors) && !added.some(selectsServerErrors);
    }
    if (rest.length > 0 && sameEvents(first.term, total)
        && rest.every((t) => t.sign === -1 && signalOfTerm(t.term) === "errors"
            && namespace(t.term.metric) === namespace(total.metric) && covers(t.term, total))) {
        return true;
    }
    const classes = good.map((t) => lastSegment(t.term.metric));
    return lastSegment(total.metric) === "requests" && new Set(classes).size === classes.length
        && good.every((t) => t.sign === 1 && /^http[1-4]xx$/.test(lastSegment(t.term.metric))
            && namespace(t.term.metric) === namespace(total.metric) && covers(t.term, total));
}
