import { componentTypes } from "./catalogue";
import { claims, namesComponent } from "./ownership";
import { StackResource, StackView, TYPES } from "./stack";
import { asString, isUnknown } from "./values";

/**
 * What a Datadog metric query measures, read from the query itself: the golden signal of each
 * metric (by the metric's family), and whether the query is scoped to one component. Tags on a
 * monitor or SLO say what it claims to watch; these functions say what it does watch.
 */

/** The four golden signals. */
export const GOLDEN_SIGNALS = ["latency", "traffic", "errors", "saturation"] as const;

/** One golden signal. */
export type Signal = typeof GOLDEN_SIGNALS[number];

/**
 * The metric families of each signal, as patterns on the metric name (Datadog lower-cases names).
 * Azure integration, APM trace metrics, runtime and host metrics; extend here, nowhere else.
 * - latency: response time, duration, latency; APM's `trace.<operation>` distribution (no suffix);
 * - traffic: requests, hits, calls, incoming messages, function executions;
 * - errors: 5xx, errors, exceptions, failures, dead letters (and a traffic metric filtered to server
 *   errors, see `signalOfTerm`);
 * - saturation: cpu (a container's `usage_nano_cores` too), memory (its `working_set_bytes` too),
 *   queue length, connections, threads, utilisation percentages.
 */
const FAMILIES: Readonly<Record<Signal, readonly RegExp[]>> = {
    errors: [/(^|[._])(http5xx|5xx|errors?|exceptions?|failed|failures?|faults?|dead_?letter\w*)($|[._])/],
    latency: [/(^|[._])(response_?time|average_response_time|duration|latency|elapsed)($|[._])/, /^trace\.[a-z0-9_]+\.[a-z0-9_]+$/],
    saturation: [/(^|[._])(cpu\w*|memory\w*|mem|heap\w*|queue\w*|connections?\w*|threads?|utili[sz]ation|saturation|disk\w*|\w*_percentage|\w*_percent|\w*nano_?cores|working_set\w*)($|[._])/],
    traffic: [/(^|[._])(requests?|request_count|hits|calls|throughput|incoming_messages|messages_in|invocations|\w*execution_count|executions)($|[._])/],
};

/**
 * Which signal a query measures when it combines several families: an error count over a request
 * count is an error rate, a duration over hits is a latency, so errors and latency come first and
 * traffic (the usual denominator) last.
 */
const PRECEDENCE: readonly Signal[] = ["errors", "latency", "saturation", "traffic"];

/** The golden signal one metric name belongs to, or undefined when it is in no family. */
export function signalOfMetric(metric: string): Signal | undefined {
    const name = metric.toLowerCase();
    return PRECEDENCE.find((signal) => FAMILIES[signal].some((pattern) => pattern.test(name)));
}

/** One `aggregator:metric{filter}` term of a query. */
export interface MetricTerm {
    readonly aggregator?: string;
    readonly metric: string;
    /** The filter's terms, trimmed, in order (`*` when the filter is every source). */
    readonly filters: readonly string[];
}

/** One `aggregator:metric{filter}` term of a query (global: use with matchAll). */
const METRIC_TERM = /(?:([a-z0-9_.]+):)?([a-zA-Z][\w.]*)\{([^}]*)\}/g;

/**
 * Parsed queries: every policy that judges monitors parses the same queries, once per component
 * (docs/benchmarks.md). Bounded, as a pack may serve many requests.
 */
const parsedQueries = new Map<string, readonly MetricTerm[]>();
const PARSED_QUERIES_KEPT = 4096;

/** Every `aggregator:metric{filter}` term of a query, in order. */
export function metricTerms(query: string): readonly MetricTerm[] {
    const cached = parsedQueries.get(query);
    if (cached !== undefined) {
        return cached;
    }
    if (parsedQueries.size >= PARSED_QUERIES_KEPT) {
        parsedQueries.clear();
    }
    const terms = parseMetricTerms(query);
    parsedQueries.set(query, terms);
    return terms;
}

function parseMetricTerms(query: string): readonly MetricTerm[] {
    const terms: MetricTerm[] = [];
    for (const match of query.matchAll(METRIC_TERM)) {
        terms.push({
            aggregator: match[1],
            metric: match[2],
            filters: Object.freeze(match[3].split(/,|\s+AND\s+/i).map((t) => t.trim()).filter((t) => t !== "")),
        });
    }
    return Object.freeze(terms.map((t) => Object.freeze(t)));
}

/**
 * Where each metric term of a query starts and ends (after its `}`), in the order of metricTerms:
 * to see what a term is wrapped in (`default_zero(`) or followed by (`.as_count()`).
 */
export function metricTermSpans(query: string): { start: number; end: number }[] {
    return [...query.matchAll(METRIC_TERM)].map((m) => ({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length }));
}

/**
 * True when a filter term keeps only server errors: a positive status tag whose one value is the
 * 5xx class or a 5xx code (`statuscodecategory:5xx`, `http.status_class:5xx`, `http.status_code:503`).
 * A negated term (`!…:5xx`) keeps everything else, a 4xx value is the client's error, and a term
 * with OR/IN (or a wildcard) is not one value: none of them selects server errors.
 */
export function selectsServerErrors(term: string): boolean {
    return /^[\w.@-]*(status|code)[\w.@-]*:(5xx|5\d\d)$/i.test(term);
}

/**
 * True when a filter term keeps no server error: the whole 5xx class negated
 * (`!http.status_class:5xx`, `!statuscodecategory:5xx`), or one positive status class or code below
 * 5xx (`http.status_class:2xx`, `http.status_code:200`). A negated 4xx class or code, or one negated
 * 5xx code (`!http.status_code:503`), leaves the other server errors in.
 */
export function excludesServerErrors(term: string): boolean {
    return /^![\w.@-]*(status|code)[\w.@-]*:5xx$/i.test(term) || /^[\w.@-]*(status|code)[\w.@-]*:([1-4]xx|[1-4]\d\d)$/i.test(term);
}

/**
 * The golden signal one term measures: its metric's family, except that a traffic metric filtered
 * to server errors counts errors (`sum:azure.app_containerapps.requests{name:a,statuscodecategory:5xx}`:
 * Container Apps has no 5xx metric, only requests by status class).
 */
export function signalOfTerm(term: MetricTerm): Signal | undefined {
    const signal = signalOfMetric(term.metric);
    return signal === "traffic" && term.filters.some(selectsServerErrors) ? "errors" : signal;
}

/** The golden signal a query measures (see PRECEDENCE), or undefined when no term is in a family. */
export function signalOfQuery(query: string): Signal | undefined {
    const signals = new Set(metricTerms(query).map(signalOfTerm));
    return PRECEDENCE.find((s) => signals.has(s));
}

/**
 * The metric expression an anomaly query applies `anomalies(` to (its first argument), or undefined
 * when the query does not apply `anomalies(` as a function (text elsewhere does not count).
 */
export function anomalyTarget(query: string): string | undefined {
    const match = /(^|[^\w.])anomalies\(/.exec(query);
    if (match === null) {
        return undefined;
    }
    const start = match.index + match[0].length;
    let depth = 0;
    let inBraces = 0;
    for (let i = start; i < query.length; i++) {
        const c = query[i];
        if (c === "{") inBraces++;
        else if (c === "}") inBraces--;
        else if (c === "(") depth++;
        else if (c === ")") {
            if (depth === 0) return query.substring(start, i).trim() || undefined;
            depth--;
        } else if (c === "," && depth === 0 && inBraces === 0) {
            return query.substring(start, i).trim() || undefined;
        }
    }
    return undefined;
}

/** What names one component in a metric filter: its APM service and its Azure resources' names. */
export interface ComponentScope {
    readonly component: string;
    /** `service:` values (the component's `<product>-<component>` service), lower-case. */
    readonly services: ReadonlySet<string>;
    /** `name:` values (lower-case, as Datadog's Azure integration tags them). */
    readonly azureNames: ReadonlySet<string>;
}

/** The path parameter holding a compute type's Azure name, where it is not `name`. */
const NAME_PARAMETERS: Readonly<Record<string, string>> = {
    [TYPES.containerApp]: "containerAppName",
};

/** The Azure name of a resource (its name path parameter, or `name` output), lower-cased, if known. */
function azureName(stack: StackView, r: StackResource): string | undefined {
    const name = asString(stack.pathParameter(r, NAME_PARAMETERS[r.type] ?? "name")) ?? asString(r.props.name);
    return name === undefined || isUnknown(name) ? undefined : name.toLowerCase();
}

/**
 * The scope of `component`: its service, and the Azure names of the compute and ingress resources
 * (lib/catalogue.ts) tagged with it or claimed for it by a `readiness:index:Monitoring` block (lib/ownership.ts `claims`: web apps,
 * function apps, container apps), plus the App Service plans they run on (the plan a web or
 * function app's `serverFarmId` refers to; a container app has none, its own CPU and memory are its
 * saturation), plus the names of compute outside the program such a block was given as literal IDs.
 */
export function componentScope(stack: StackView, component: string): ComponentScope {
    const own = servingResources(stack, component);
    const azureNames = new Set([...own, ...plansRunning(stack, own)].map((r) => azureName(stack, r)).filter((n): n is string => n !== undefined));
    for (const n of claims(stack).namesOutsideTheProgram.get(component) ?? []) {
        azureNames.add(n);
    }
    return { component, services: new Set([stack.serviceName(component).toLowerCase()]), azureNames };
}

/** The App Service plans `compute` runs on (what each one's `serverFarmId` refers to). */
/**
 * The resources whose metrics measure the component: only what serves its requests. A storage
 * account or key vault tagged with the component has metrics of its own (its latency, its errors),
 * not the component's.
 */
function servingResources(stack: StackView, component: string): StackResource[] {
    const serving = new Set(componentTypes());
    return stack.resources.filter((r) => serving.has(r.type) && namesComponent(stack, r, component));
}

function plansRunning(stack: StackView, compute: readonly StackResource[]): StackResource[] {
    return compute.flatMap((r) => stack.dependenciesOf(r, "serverFarmId"));
}

/**
 * The App Service plans of the component's web and function apps (those in its scope) that a
 * metric of `query` is filtered to by a positive `name:` term: the plans whose metrics the query
 * watches, whatever the metric (`azure.web_serverfarms.*`).
 */
export function plansWatchedBy(stack: StackView, query: string, component: string): StackResource[] {
    const plans = plansRunning(stack, servingResources(stack, component));
    const names = new Set(metricTerms(query).flatMap((t) => t.filters)
        .filter((f) => f.startsWith("name:")).map((f) => f.substring("name:".length).toLowerCase()));
    return plans.filter((p, i) => plans.indexOf(p) === i && names.has(azureName(stack, p) ?? ""));
}

/** True when one filter names the component (a positive `service:` or `name:` term of its scope). */
function filterNames(filters: readonly string[], scope: ComponentScope): boolean {
    if (filters.some((f) => /\s(OR|IN)\s/i.test(f))) {
        return false;
    }
    return filters.some((term) => {
        const colon = term.indexOf(":");
        const key = term.substring(0, colon);
        const value = term.substring(colon + 1);
        // Datadog lower-cases tag values, so a filter matches whatever case the program wrote.
        return (key === "service" && scope.services.has(value.toLowerCase())) || (key === "name" && scope.azureNames.has(value.toLowerCase()));
    });
}

/** True when the query has metrics and every one of them is filtered to the component. */
export function isScopedTo(query: string, scope: ComponentScope): boolean {
    const terms = metricTerms(query);
    return terms.length > 0 && terms.every((t) => filterNames(t.filters, scope));
}

/** What a monitor's query watches for a component: the signal, when it is scoped to the component. */
export function watchedSignal(query: string, scope: ComponentScope): Signal | undefined {
    return isScopedTo(query, scope) ? signalOfQuery(query) : undefined;
}
