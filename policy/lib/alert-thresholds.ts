import { Signal, metricTerms } from "./signals";
import { StackResource } from "./stack";
import { asNumber, asString, at, isUnknown } from "./values";

/**
 * Whether a threshold monitor can ever trigger, read from its query and thresholds: Datadog alerts
 * when the query's value, compared with the threshold written at the end of the query, holds; the
 * query's threshold is the critical one (Datadog refuses a different `monitorThresholds.critical`).
 * A monitor that compares in the wrong direction for its signal, or with a value its metric never
 * reaches (a percentage above 100, an error ratio above 1, a count below 0), watches nothing.
 */

/** The comparisons a metric query monitor may end with. */
export type Comparator = ">" | ">=" | "<" | "<=";

/** The comparison at the end of a monitor query: `... > 0.5`. */
export interface QueryThreshold {
    readonly comparator: Comparator;
    readonly value: number;
    /** The query without the comparison: what is compared. */
    readonly expression: string;
}

/** The comparison a monitor query ends with, or undefined when it ends with none. */
export function queryThreshold(query: string): QueryThreshold | undefined {
    const match = /(>=|<=|>|<)\s*(-?\d+(?:\.\d+)?(?:e[+-]?\d+)?)\s*$/i.exec(query);
    if (match === null) {
        return undefined;
    }
    return { comparator: match[1] as Comparator, value: Number(match[2]), expression: query.substring(0, match.index).trim() };
}

/** A threshold of `monitorThresholds` as a number, `unknown`, or undefined when unset or not a number. */
export function thresholdOf(m: StackResource, level: "critical" | "warning"): number | "unknown" | undefined {
    const raw = at(m.props, ["monitorThresholds", level]);
    if (isUnknown(raw) || isUnknown(m.props.monitorThresholds)) {
        return "unknown";
    }
    const text = typeof raw === "number" ? String(raw) : asString(raw)?.trim();
    return text === undefined || !/^-?\d+(\.\d+)?(e[+-]?\d+)?$/i.test(text) ? undefined : asNumber(Number(text));
}

/**
 * The longest evaluation window a golden-signal threshold monitor may average over, in minutes: a
 * window of hours or days reports an outage long after customers have had it (ReadyService's own
 * monitors use 5 to 15 minutes).
 */
export const MAX_WINDOW_MINUTES = 60;

const WINDOW_UNITS: Readonly<Record<string, number>> = { m: 1, h: 60, d: 1440, w: 10080, mo: 43200 };

/** The minutes of a span a pattern matched as `<count>` and `<unit>` (`15`, `m`), if it matched. */
function spanMinutes(match: RegExpExecArray | null): number | undefined {
    return match === null ? undefined : Number(match[1]) * WINDOW_UNITS[match[2]];
}

/**
 * The evaluation window a monitor query starts with, in minutes, if it has one: a rolling window
 * (`avg(last_5m):`) or a cumulative one (`sum(current_1mo):`, which grows from the start of the
 * calendar month, `schedulingOptions.evaluationWindow`, to a whole month).
 */
export function windowMinutes(query: string): number | undefined {
    return spanMinutes(/^\s*\w+\(\s*(?:last|current)_(\d+)(mo|m|h|d|w)\s*\)/.exec(query));
}

/** How often an iCalendar RRULE recurs at most, in minutes; undefined when it cannot be read here. */
function rruleMinutes(rrule: string): number | undefined {
    const parts = new Map(rrule.replace(/^RRULE:/i, "").split(";").map((p) => p.split("=") as [string, string]).map(([k, v]) => [k?.trim().toUpperCase(), v?.trim()]));
    const unit = ({ MINUTELY: 1, HOURLY: 60, DAILY: 1440, WEEKLY: 10080, MONTHLY: 40320, YEARLY: 525600 } as Record<string, number>)[parts.get("FREQ")?.toUpperCase() ?? ""];
    const interval = parts.has("INTERVAL") ? Number(parts.get("INTERVAL")) : 1;
    // BYHOUR, BYMINUTE and BYSECOND can make a rule recur more often than its FREQ: not read here.
    if (unit === undefined || !Number.isInteger(interval) || interval < 1 || ["BYHOUR", "BYMINUTE", "BYSECOND", "BYSETPOS"].some((k) => parts.has(k))) {
        return undefined;
    }
    return unit * interval;
}

/**
 * Why monitor `m` reports trouble long after it starts, whatever its query (`kind` hollow), or why
 * that cannot be shown (`kind` undecided); undefined when it does not. The query's window is
 * judged with its comparison; this judges the monitor's options that make every window late:
 * `evaluationDelay` (Datadog judges data that many seconds old; 900 s suits Azure metrics, which
 * arrive late), and a custom schedule (`schedulingOptions.customSchedule`: it evaluates only at
 * its recurrences, and trouble between two goes unseen), each bounded by MAX_WINDOW_MINUTES.
 */
export function whyLate(m: StackResource): { kind: "hollow" | "undecided"; reason: string } | undefined {
    const delay = m.props.evaluationDelay;
    if (isUnknown(delay)) {
        return { kind: "undecided", reason: "its evaluationDelay is unknown in preview, so how late it judges its data cannot be shown" };
    }
    const seconds = asNumber(delay);
    if (seconds !== undefined && seconds > MAX_WINDOW_MINUTES * 60) {
        return { kind: "hollow", reason: `it judges data evaluationDelay ${seconds} s old, more than ${MAX_WINDOW_MINUTES} minutes: it reports trouble long after customers have it` };
    }
    const options = m.props.schedulingOptions;
    const schedule = at(options, ["customSchedule"]);
    if (isUnknown(options) || isUnknown(schedule)) {
        return { kind: "undecided", reason: "its schedulingOptions are unknown in preview, so when it evaluates cannot be shown" };
    }
    if (schedule === undefined || schedule === null) {
        return undefined;
    }
    const rrule = at(schedule, ["recurrence", "rrule"]);
    if (isUnknown(rrule)) {
        return { kind: "undecided", reason: "the rrule of its custom schedule is unknown in preview, so how often it evaluates cannot be shown" };
    }
    const every = rruleMinutes(asString(rrule) ?? "");
    if (every === undefined) {
        return { kind: "undecided", reason: `it evaluates only on its custom schedule, whose rrule '${String(rrule)}' is not read here (FREQ and INTERVAL only), so how often it evaluates cannot be shown` };
    }
    return every > MAX_WINDOW_MINUTES
        ? { kind: "hollow", reason: `it evaluates only on its custom schedule (rrule '${String(rrule)}'), once every ${every} minutes at most, more than ${MAX_WINDOW_MINUTES}: trouble between two evaluations goes unreported` }
        : undefined;
}

/**
 * The evaluation window of an anomaly monitor (`alert_window='last_15m'`), in minutes, if it names
 * one: Datadog evaluates the anomalies in that window; the `avg(last_1h):` before `anomalies(` only
 * sets how much history its notification graphs show.
 */
export function alertWindowMinutes(query: string): number | undefined {
    return spanMinutes(/alert_window\s*=\s*['"]last_(\d+)(mo|m|h|d|w)['"]/.exec(query));
}

/** The bounds an anomaly monitor's query watches (`direction=`): `both` when it names none, as Datadog does. */
export function anomalyDirection(query: string): string {
    return /direction\s*=\s*['"](\w+)['"]/.exec(query)?.[1] ?? "both";
}

/** Signals whose trouble is a rise: a monitor of them must alert above its threshold, an SLI count it good below. */
export const RISING: readonly Signal[] = ["latency", "errors", "saturation"];

/**
 * True when the expression's trouble is a fall although its signal's trouble is a rise: every
 * metric counts what is left (`system.mem.usable`, `azure.app_services.memory_available`,
 * `system.disk.free`, `system.cpu.idle`), which saturation drives down.
 */
export function fallsInTrouble(expression: string): boolean {
    const terms = metricTerms(expression);
    return terms.length > 0 && terms.every((t) => /(^|[._])(free|avail\w*|usable|idle|remaining)($|[._])/i.test(t.metric));
}

/** True when `signal`, measured by `expression`, is in trouble when it rises (see RISING, fallsInTrouble). */
export function risesInTrouble(signal: Signal, expression: string): boolean {
    return RISING.includes(signal) && !fallsInTrouble(expression);
}

/** The metric expression with filters and `.fn()` suffixes removed, to see its arithmetic. */
function arithmetic(expression: string): string {
    return expression.replace(/^\s*\w+\(\s*last_\w+\s*\)\s*:/, "").replace(/\{[^}]*\}/g, "").replace(/\.\w+\([^()]*\)/g, "");
}

/**
 * The highest value the compared expression can take, when its form bounds it: an error count
 * over a request count is a ratio (at most 1), a lone percentage metric at most 100. Undefined
 * when the pack cannot bound it (a scaled ratio, an absolute count, a duration).
 */
export function ceilingOf(expression: string, signal: Signal): { value: number; what: string } | undefined {
    const math = arithmetic(expression);
    const terms = metricTerms(expression);
    if (signal === "errors" && terms.length === 2 && /^[^*+\-/]*\/[^*+\-/]*$/.test(math)) {
        return { value: 1, what: "an error count over a request count is a ratio of at most 1" };
    }
    if (terms.length === 1 && !/[*+\-/]/.test(math) && /percent/i.test(terms[0].metric)) {
        return { value: 100, what: `'${terms[0].metric}' is a percentage of at most 100` };
    }
    return undefined;
}

/** True when `value compared with threshold` can hold for some value in [0, ceiling]. */
function reachable(comparator: Comparator, threshold: number, ceiling: number | undefined): boolean {
    switch (comparator) {
        case "<": return threshold > 0;
        case "<=": return threshold >= 0;
        case ">": return ceiling === undefined || threshold < ceiling;
        case ">=": return ceiling === undefined || threshold <= ceiling;
    }
}

/**
 * True when `value compared with threshold` holds for every value in [0, ceiling]: a condition that
 * is always met (an SLI time slice that is good whatever happens).
 */
export function alwaysHolds(comparator: Comparator, threshold: number, ceiling: number | undefined): boolean {
    switch (comparator) {
        case "<": return ceiling !== undefined && threshold > ceiling;
        case "<=": return ceiling !== undefined && threshold >= ceiling;
        case ">": return threshold < 0;
        case ">=": return threshold <= 0;
    }
}

/** A monitor's comparison with its thresholds, or why it has none that Datadog alerts on (`unknown` in preview). */
function comparison(m: StackResource): { compared: QueryThreshold; critical: number; warning?: number } | string {
    const critical = thresholdOf(m, "critical");
    const warning = thresholdOf(m, "warning");
    if (critical === "unknown" || warning === "unknown") {
        return "unknown";
    }
    if (critical === undefined) {
        return "has no monitorThresholds.critical";
    }
    const compared = queryThreshold(asString(m.props.query) ?? "");
    if (compared === undefined) {
        return "has a query that ends with no comparison to its threshold (e.g. '> 0.5'), so Datadog has nothing to alert on";
    }
    if (compared.value !== critical) {
        return `compares its query with ${compared.value} but its monitorThresholds.critical is ${critical} (Datadog alerts at the query's threshold and refuses a different critical)`;
    }
    return { compared, critical, warning };
}

/**
 * Why the anomaly monitor `m` of `signal` can never trigger; `unknown` when its thresholds are
 * unknown in preview; undefined when it can. Datadog compares the share of anomalous points in the
 * alert window (0 to 1) with the threshold, so the query compares with `>` or `>=` a value that
 * share reaches; and the bounds it watches (`direction=`, both by default) include the rise for a
 * signal that is in trouble when it rises (`direction='below'` never sees latency climb).
 */
export function whyAnomalyCannotTrigger(m: StackResource, signal: Signal): string | "unknown" | undefined {
    const read = comparison(m);
    if (typeof read === "string") {
        return read;
    }
    const { compared, critical, warning } = read;
    // The window anomalies must fill before it alerts: `alert_window` in the query, else the trigger
    // window of its options (the query's own `last_` only sets the history its graphs show).
    const window = alertWindowMinutes(compared.expression)
        ?? spanMinutes(/^\s*last_(\d+)(mo|m|h|d|w)\s*$/.exec(asString(at(m.props.monitorThresholdWindows, ["triggerWindow"])) ?? ""));
    if (window !== undefined && window > MAX_WINDOW_MINUTES) {
        return `judges anomalies over an alert window of ${window} minutes, more than ${MAX_WINDOW_MINUTES}: it reports trouble long after customers have it`;
    }
    if (!compared.comparator.startsWith(">")) {
        return `compares the share of anomalous points with '${compared.comparator}': an anomaly monitor alerts when that share is above its threshold ('>' or '>=')`;
    }
    const levels = [critical, ...(warning === undefined ? [] : [warning])];
    if (!levels.some((t) => reachable(compared.comparator, t, 1))) {
        return `can never trigger: it alerts when the share of anomalous points is ${compared.comparator} ${critical}${warning === undefined ? "" : ` (warning ${warning})`}, and that share is at most 1`;
    }
    const direction = anomalyDirection(compared.expression);
    if (risesInTrouble(signal, compared.expression) && direction === "below") {
        return `watches only drops (direction='below'), but ${signal} is in trouble when it rises: use direction 'above' or 'both'`;
    }
    return undefined;
}

/**
 * Why the threshold monitor `m`, whose query measures `signal`, can never trigger; `unknown` when
 * its thresholds are unknown in preview; undefined when it can. It can when its query ends with a
 * comparison whose threshold is `monitorThresholds.critical`, over a window of at most
 * MAX_WINDOW_MINUTES, in the direction of trouble for the
 * signal (above, except traffic, whose drop is trouble too), and the critical or warning threshold
 * is a value the compared expression can reach.
 */
export function whyCannotTrigger(m: StackResource, signal: Signal): string | "unknown" | undefined {
    const read = comparison(m);
    if (typeof read === "string") {
        return read;
    }
    const { compared, critical, warning } = read;
    const window = windowMinutes(compared.expression);
    if (window !== undefined && window > MAX_WINDOW_MINUTES) {
        return `averages over a window of ${window} minutes, more than ${MAX_WINDOW_MINUTES}: it reports trouble long after customers have it`;
    }
    const rising = compared.comparator.startsWith(">");
    if (risesInTrouble(signal, compared.expression) && !rising) {
        return `alerts when ${signal} is ${compared.comparator} ${compared.value}, but ${signal} is in trouble when it rises: the query must compare with '>' or '>='`;
    }
    const ceiling = ceilingOf(compared.expression, signal);
    const levels = [critical, ...(warning === undefined ? [] : [warning])];
    if (!levels.some((t) => reachable(compared.comparator, t, ceiling?.value))) {
        const why = rising ? (ceiling?.what ?? "") : `${signal} is never below 0`;
        const at = warning === undefined ? `${compared.comparator} ${critical}` : `${compared.comparator} ${critical} (warning ${warning})`;
        return `can never trigger: it alerts when its query is ${at}, and ${why}`;
    }
    return undefined;
}
