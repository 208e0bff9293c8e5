import { alertWindowMinutes, anomalyDirection, MAX_WINDOW_MINUTES, queryThreshold, thresholdOf, windowMinutes } from "./alert-thresholds";
import { isAnomalyMonitor, queryOf } from "./evidence";
import { alertText, handlesIn, noDataText } from "./paging";
import { metricTermSpans } from "./signals";
import { StackResource } from "./stack";
import { asNumber, asString, isUnknown } from "./values";

/**
 * What a monitor that watches traffic for a drop does when traffic stops entirely. A count or rate
 * metric (every metric of the traffic family: requests, hits, executions) then sends Datadog no
 * point at all, and a monitor whose evaluation has no point does not compare anything with its
 * threshold: unless told otherwise it shows NO DATA and notifies no one, so the worst drop of all
 * never ALERTs. What the pack relied on (Datadog documentation):
 * - `notifyNoData` (`notify_no_data`, default false): notify when data stops arriving, after
 *   `noDataTimeframe` minutes (the provider's default 10, provider-schemas/datadog.json).
 * - `onMissingData` (`on_missing_data`, "Migrating to On Missing Data Configuration", which replaces
 *   `notify_no_data` on metric monitors): `show_and_notify_no_data` shows NO DATA and notifies,
 *   after the monitor's own evaluation window; `show_no_data` shows NO DATA without notifying;
 *   `resolve` shows OK; `default` evaluates a missing value as 0 when the monitor uses sum or count
 *   aggregation ("for monitors using Count queries, an empty monitor evaluation is treated as 0 and
 *   is compared to the threshold conditions") and keeps the last known status otherwise. Set, it
 *   decides; unset, `notifyNoData` does.
 * - `default_zero(...)` (Dashboards > Functions > Interpolation): "resolving monitors before they
 *   enter a no-data condition ... the value 0 must not cause the monitor to trigger" — for a drop
 *   monitor the 0 is exactly what must trigger it, so every metric of the query wrapped in it
 *   counts as a stop seen.
 * - `anomalies(..., count_default_zero='true')` (Monitors > Anomaly, API): "set to false only if
 *   submitting a count metric in which the lack of a value should not be interpreted as a zero";
 *   the pack takes it as zero-filling only for metrics queried `.as_count()`.
 * A NO DATA notification is sent with the message's text outside conditional blocks and its
 * `{{#is_no_data}}` blocks only ("Variables", conditional variables): a drop monitor that pages
 * through a handle only inside `{{#is_alert}}` (or any other state's block) tells its NO DATA to
 * no one it pages, so it counts only when that text names one of the handles its alert text names.
 * A monitor that only alerts on a rise (`>`, `direction='above'`) is not judged here.
 */

/** Why a drop monitor does not count, or undefined when it does; `undecided` when a setting is unknown in preview. */
export interface Blindness {
    readonly kind: "hollow" | "undecided";
    readonly reason: string;
}

/** The provider's `noDataTimeframe` when the program does not set it, in minutes (provider-schemas/datadog.json). */
export const DEFAULT_NO_DATA_MINUTES = 10;

const FIX = `set notifyNoData true (noDataTimeframe at most ${MAX_WINDOW_MINUTES} minutes) or onMissingData 'show_and_notify_no_data', `
    + "use onMissingData 'default' in a sum(...) of .as_count() metrics (a stop then counts as 0), or fill the gaps with zeros "
    + "(default_zero() around every metric of the query; in anomalies(), count_default_zero='true' over .as_count() metrics)";

/** The argument spans `[start, end)` of every `default_zero(` call in the query. */
function defaultZeroSpans(query: string): { start: number; end: number }[] {
    const spans: { start: number; end: number }[] = [];
    for (const match of query.matchAll(/(^|[^\w.])default_zero\(/g)) {
        const start = (match.index ?? 0) + match[0].length;
        let depth = 0;
        for (let i = start; i < query.length; i++) {
            if (query[i] === "(") depth++;
            else if (query[i] === ")") {
                if (depth === 0) {
                    spans.push({ start, end: i });
                    break;
                }
                depth--;
            }
        }
    }
    return spans;
}

/** True when the query has metrics and every one is inside a `default_zero(...)`. */
function everyMetricDefaultsToZero(query: string): boolean {
    const terms = metricTermSpans(query);
    const spans = defaultZeroSpans(query);
    return terms.length > 0 && terms.every((t) => spans.some((s) => s.start <= t.start && t.end <= s.end));
}

/** True when the query has metrics and every one is queried `.as_count()` (a count, missing points are none counted). */
function everyMetricCounted(query: string): boolean {
    const terms = metricTermSpans(query);
    return terms.length > 0 && terms.every((t) => query.startsWith(".as_count()", t.end));
}

/** True when 0 meets the monitor's critical or warning threshold in the query's comparison. */
function zeroTriggers(m: StackResource, query: string): boolean {
    const compared = queryThreshold(query);
    if (compared === undefined) {
        return false;
    }
    const levels = [thresholdOf(m, "critical"), thresholdOf(m, "warning")].filter((t): t is number => typeof t === "number");
    return levels.some((t) => (compared.comparator === "<" ? 0 < t : compared.comparator === "<=" ? 0 <= t : false));
}

/** How the drop monitor alerts, for messages. */
function watching(m: StackResource, query: string, anomaly: boolean): string {
    if (anomaly) {
        return `it watches traffic for drops (anomalies with direction '${anomalyDirection(query)}')`;
    }
    const compared = queryThreshold(query);
    return `it alerts when traffic falls (${compared?.comparator} ${compared?.value})`;
}

/** True when the monitor alerts on a traffic drop: a threshold query compared with `<`/`<=`, anomalies watched `below` or `both`. */
export function watchesDrops(m: StackResource): boolean {
    const query = queryOf(m);
    return isAnomalyMonitor(m) ? ["below", "both"].includes(anomalyDirection(query)) : queryThreshold(query)?.comparator.startsWith("<") === true;
}

/**
 * Why the traffic monitor `m` never tells anyone that traffic stopped, or undefined when it does
 * (or watches only for a rise): see the notes at the top of this file.
 */
export function whyBlindToTrafficStop(m: StackResource): Blindness | undefined {
    if (!watchesDrops(m)) {
        return undefined;
    }
    const query = queryOf(m);
    const anomaly = isAnomalyMonitor(m);
    if (everyMetricDefaultsToZero(query)
        || (anomaly && /count_default_zero\s*=\s*['"]true['"]/.test(query) && everyMetricCounted(query))) {
        return undefined;
    }
    const settings = { onMissingData: m.props.onMissingData, notifyNoData: m.props.notifyNoData, noDataTimeframe: m.props.noDataTimeframe };
    const unknown = Object.entries(settings).find(([, v]) => isUnknown(v));
    if (unknown !== undefined) {
        return {
            kind: "undecided",
            reason: `monitor '${m.name}' watches traffic for drops and its ${unknown[0]} is unknown in preview, so whether it tells anyone that traffic stopped (NO DATA) cannot be shown`,
        };
    }
    const hollow = (what: string): Blindness => ({
        kind: "hollow",
        reason: `${watching(m, query, anomaly)}, but when traffic stops entirely Datadog gets no points and ${what}: ${FIX}`,
    });
    const mode = asString(settings.onMissingData);
    if (mode !== undefined) {
        switch (mode) {
            case "show_and_notify_no_data": {
                const window = anomaly ? alertWindowMinutes(query) ?? windowMinutes(query) : windowMinutes(query);
                return window !== undefined && window > MAX_WINDOW_MINUTES
                    ? hollow(`it notifies NO DATA (onMissingData 'show_and_notify_no_data') only after its ${window}-minute window, more than ${MAX_WINDOW_MINUTES}`)
                    : whyNoDataPagesNoOne(m, query, anomaly);
            }
            case "default":
                return !anomaly && /^\s*sum\(/.test(query) && everyMetricCounted(query) && zeroTriggers(m, query) ? undefined
                    : hollow("the monitor keeps its last known status (onMissingData 'default' evaluates a missing value as 0 only in a sum(...) of .as_count() metrics)");
            case "show_no_data":
                return hollow("the monitor shows NO DATA and notifies no one (onMissingData 'show_no_data')");
            case "resolve":
                return hollow("the monitor resolves to OK (onMissingData 'resolve')");
            default:
                return hollow(`its onMissingData '${mode}' is none of Datadog's (show_and_notify_no_data, show_no_data, resolve, default)`);
        }
    }
    const notify = settings.notifyNoData;
    if (notify !== true && notify !== "true") {
        return hollow(`the monitor shows NO DATA and notifies no one (notifyNoData is ${notify === undefined ? "not set, and Datadog's default is false" : JSON.stringify(notify)}; onMissingData is not set)`);
    }
    const minutes = settings.noDataTimeframe === undefined ? DEFAULT_NO_DATA_MINUTES : asNumber(settings.noDataTimeframe);
    if (minutes === undefined || minutes > MAX_WINDOW_MINUTES) {
        return hollow(`it notifies NO DATA only after noDataTimeframe ${JSON.stringify(settings.noDataTimeframe)} minutes without data, more than ${MAX_WINDOW_MINUTES}`);
    }
    return whyNoDataPagesNoOne(m, query, anomaly);
}

/**
 * Why the NO DATA notification of `m`, a drop monitor that notifies NO DATA in time, reaches none of
 * the `@pagerduty-` handles its alert text names, or undefined when it reaches one (or when its alert
 * pages no one either, which the paging policies judge).
 */
function whyNoDataPagesNoOne(m: StackResource, query: string, anomaly: boolean): Blindness | undefined {
    if (isUnknown(m.props.message)) {
        return {
            kind: "undecided",
            reason: `monitor '${m.name}' watches traffic for drops and notifies NO DATA, but its message is unknown in preview, so whom that notification reaches cannot be shown`,
        };
    }
    const message = asString(m.props.message) ?? "";
    const paged = handlesIn(alertText(message));
    if (paged.length === 0 || handlesIn(noDataText(message)).some((handle) => paged.includes(handle))) {
        return undefined;
    }
    const handles = paged.map((handle) => `@pagerduty-${handle}`).join(", ");
    return {
        kind: "hollow",
        reason: `${watching(m, query, anomaly)} and notifies NO DATA when traffic stops, but ${handles} `
            + "only appears inside conditional blocks that a NO DATA notification leaves out (Datadog sends the text outside them and "
            + "{{#is_no_data}} blocks), so it tells no one it pages: name the handle outside conditional blocks or in an {{#is_no_data}} block",
    };
}
