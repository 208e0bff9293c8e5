import { nowMs } from "./clock";
import { StackResource, StackView, TYPES } from "./stack";
import { asArray, asNumber, asString, at, isUnknown } from "./values";

/**
 * Downtimes of the stack that mute a monitor for good: the one muting rule the golden-signal,
 * anomaly and burn-rate policies share. Datadog sends none of a monitor's notifications while a
 * downtime matching it is active, whatever its query and thresholds; a monitor kept muted is a
 * hollow one.
 *
 * A downtime mutes for good when it is open-ended (no end), recurs (a `recurrence` or
 * `recurringSchedule`: it mutes again every period), or its one window still to come lasts longer
 * than `MAINTENANCE_BOUND_HOURS`. A single window that is over, or a planned maintenance of at most
 * that many hours, is fine.
 *
 * Which monitors it matches is Datadog's own rule (docs/evidence.md, "Muted by a downtime"): the
 * monitor selection (`monitorId`, or `monitorTags`, all of which the monitor's tags carry; `*` or
 * none selects every monitor), then the group scope (`*` mutes every group; otherwise every
 * `key:value` term must be one of the monitor's tags or a filter of its query, so that every group
 * it alerts on is in the scope). A `monitorId` matches the monitor its value comes from (a property
 * dependency), or the monitor whose id is that literal. A scope the pack cannot read (OR, NOT,
 * parentheses, wildcards in a term) may match anything: undecided, never a pass.
 */

/**
 * The longest single downtime window that still counts as a planned maintenance: 24 hours. A
 * maintenance lasts hours; a window of more than a day leaves the component unwatched through a
 * whole night and day, including the out of hours the PRR's paging items exist for.
 */
export const MAINTENANCE_BOUND_HOURS = 24;

/** Why a monitor does not count because a downtime of the stack mutes it, or whether it does is unknown in preview. */
export interface Muting {
    readonly kind: "hollow" | "undecided";
    readonly reason: string;
    readonly downtime: StackResource;
}

type Judged<T> = T | { unknown: string };

function isJudgedUnknown<T>(value: Judged<T>): value is { unknown: string } {
    return typeof value === "object" && value !== null && "unknown" in value;
}

/** When a downtime mutes: for good (with why), only in a bounded window (`false`), or unknown in preview. */
type Lasting = Judged<string | false>;

const HOUR = 3_600_000;

/** A time given as Unix seconds or an RFC 3339 string, in ms; undefined when absent, unknown when unknown or unreadable. */
function instant(seconds: unknown, text: unknown, what: string): Judged<number | undefined> {
    if (isUnknown(seconds) || isUnknown(text)) {
        return { unknown: `its ${what} is unknown in preview` };
    }
    const n = asNumber(seconds);
    if (n !== undefined) {
        return n * 1000;
    }
    const s = asString(text);
    if (s === undefined) {
        return undefined;
    }
    const parsed = Date.parse(s);
    return Number.isNaN(parsed) ? { unknown: `its ${what} '${s}' is no date the pack reads` } : parsed;
}

/**
 * Whether a single window from `start` to `end`, each an RFC 3339 time (`what` names them in
 * messages), keeps what it holds silent for good: why, `false` when it is over or a planned
 * maintenance, `{ unknown }` when preview hides it. The same bound as a Datadog downtime's: a PagerDuty
 * maintenance window (lib/maintenance-windows.ts) silences a service as a downtime mutes a monitor.
 */
export function silentForGood(start: unknown, end: unknown, what: { start: string; end: string }): { why: string | false } | { unknown: string } {
    const lasting = window(instant(undefined, start, what.start), instant(undefined, end, what.end));
    return isJudgedUnknown(lasting) ? lasting : { why: lasting };
}

/** Whether a single window from `start` (now when absent) to `end` (never when absent) mutes for good. */
function window(start: Judged<number | undefined>, end: Judged<number | undefined>): Lasting {
    if (isJudgedUnknown(end)) {
        return end;
    }
    if (end === undefined) {
        return "it has no end (open-ended)";
    }
    const now = nowMs();
    if (end <= now) {
        return false;
    }
    if (isJudgedUnknown(start)) {
        return start;
    }
    const hours = (end - Math.max(start ?? now, now)) / HOUR;
    return hours > MAINTENANCE_BOUND_HOURS
        ? `its window lasts ${Math.round(hours)} hours, longer than the ${MAINTENANCE_BOUND_HOURS} hours of a planned maintenance`
        : false;
}

function lasting(d: StackResource): Lasting {
    const p = d.props;
    if (d.type === TYPES.downtime) {
        if (isUnknown(p.recurrence)) {
            return { unknown: "its recurrence is unknown in preview" };
        }
        if (p.recurrence !== undefined && p.recurrence !== null) {
            return `it recurs (recurrence type '${asString(at(p.recurrence, ["type"])) ?? "?"}')`;
        }
        return window(instant(p.start, p.startDate, "start"), instant(p.end, p.endDate, "end"));
    }
    if (isUnknown(p.recurringSchedule) || isUnknown(p.oneTimeSchedule)) {
        return { unknown: "its schedule is unknown in preview" };
    }
    if (p.recurringSchedule !== undefined && p.recurringSchedule !== null) {
        const rules = asArray(at(p.recurringSchedule, ["recurrences"])).map((r) => asString(at(r, ["rrule"]))).filter((r) => r !== undefined);
        return `it recurs (recurringSchedule ${rules.length === 0 ? "set" : `'${rules.join("', '")}'`})`;
    }
    if (p.oneTimeSchedule === undefined || p.oneTimeSchedule === null) {
        return "it has no schedule, so it starts now and never ends";
    }
    return window(instant(undefined, at(p.oneTimeSchedule, ["start"]), "oneTimeSchedule.start"),
        instant(undefined, at(p.oneTimeSchedule, ["end"]), "oneTimeSchedule.end"));
}

/** The monitor's tags as written (`key:value` or bare), or unknown. */
function monitorTags(m: StackResource): Judged<string[]> {
    const tags = m.props.tags;
    if (isUnknown(tags) || asArray(tags).some(isUnknown)) {
        return { unknown: `the tags of monitor '${m.name}' are unknown in preview` };
    }
    return asArray(tags).map((t) => asString(t)).filter((t): t is string => t !== undefined);
}

/** The `key:value` filters of the monitor's query (inside `{...}`), lower-cased. */
function queryFilters(m: StackResource): string[] {
    const query = asString(m.props.query) ?? "";
    return [...query.matchAll(/\{([^}]*)\}/g)].flatMap((g) => g[1].split(/[,\s]+|\bAND\b/)).map((t) => t.trim().toLowerCase()).filter((t) => t !== "");
}

/** Whether the downtime's `monitorId` (at `property`, holding `value`) is this monitor's. */
function idMatches(stack: StackView, d: StackResource, property: string, value: unknown, m: StackResource): Judged<boolean> {
    const deps = stack.dependenciesOf(d, property);
    if (deps.some((r) => r.urn === m.urn)) {
        return true;
    }
    if (isUnknown(value)) {
        return deps.length > 0 ? false : { unknown: "its monitorId is unknown in preview" };
    }
    const id = asNumber(m.props.id);
    return id !== undefined && id === asNumber(value);
}

/** Whether the downtime's monitor selection picks the monitor: by id, or by monitor tags (`*` or none: all). */
function selects(stack: StackView, d: StackResource, m: StackResource): Judged<boolean> {
    const identifier = d.type === TYPES.downtime ? d.props : d.props.monitorIdentifier;
    const property = d.type === TYPES.downtime ? "monitorId" : "monitorIdentifier";
    if (isUnknown(identifier)) {
        return { unknown: "its monitorIdentifier is unknown in preview" };
    }
    const id = at(identifier, ["monitorId"]);
    if (id !== undefined && id !== null) {
        return idMatches(stack, d, property, id, m);
    }
    const wanted = at(identifier, ["monitorTags"]);
    if (isUnknown(wanted) || asArray(wanted).some(isUnknown)) {
        return { unknown: "its monitorTags are unknown in preview" };
    }
    const tags = asArray(wanted).map((t) => asString(t)).filter((t): t is string => t !== undefined && t !== "*");
    if (tags.length === 0) {
        return true;
    }
    const own = monitorTags(m);
    return isJudgedUnknown(own) ? own : tags.every((t) => own.includes(t));
}

/** The downtime's group scope as `key:value` terms that must all hold (`[]` for `*`), or why it cannot be read. */
function scopeTerms(d: StackResource): Judged<string[]> {
    const raw = d.type === TYPES.downtime ? d.props.scopes : d.props.scope;
    if (isUnknown(raw) || asArray(raw).some(isUnknown)) {
        return { unknown: "its scope is unknown in preview" };
    }
    // A legacy downtime's scopes all apply (AND); a schedule's scope is one search query.
    const text = (d.type === TYPES.downtime ? asArray(raw).map((s) => asString(s) ?? "") : [asString(raw) ?? ""]).join(" AND ");
    const terms = text.split(/\s+AND\s+|,/).map((t) => t.trim()).filter((t) => t !== "");
    const real = terms.filter((t) => t !== "*"); // `*` is every group: it narrows nothing
    const unread = real.find((t) => !/^[^\s:*()!-][^\s:*()]*:[^\s*()]+$/.test(t) || /\bOR\b|\bNOT\b/.test(t));
    return unread === undefined ? real : { unknown: `its scope '${text}' is not a conjunction of key:value terms the pack reads (it may match any group)` };
}

/** Whether every term of the scope is one of the monitor's tags or a filter of its query. */
function inScope(terms: readonly string[], m: StackResource): Judged<boolean> {
    if (terms.length === 0) {
        return true;
    }
    const own = monitorTags(m);
    if (isJudgedUnknown(own)) {
        return own;
    }
    const known = new Set([...own.map((t) => t.toLowerCase()), ...queryFilters(m)]);
    return terms.every((t) => known.has(t.toLowerCase()));
}

function describe(d: StackResource): string {
    const raw = d.type === TYPES.downtime ? d.props.scopes : d.props.scope;
    const scope = isUnknown(raw) || asArray(raw).some(isUnknown) ? "unknown in preview"
        : `'${d.type === TYPES.downtime ? asArray(raw).map((s) => asString(s)).join(", ") : asString(raw)}'`;
    return `downtime '${d.name}' (${d.type}, scope ${scope})`;
}

/**
 * Why a downtime of the stack keeps `m` muted (`hollow`), or whether one does is unknown in preview
 * (`undecided`); undefined when none does. A known muting outweighs another downtime's unknown.
 */
export function whyMuted(stack: StackView, m: StackResource): Muting | undefined {
    let pending: Muting | undefined;
    for (const d of [...stack.ofType(TYPES.downtime), ...stack.ofType(TYPES.downtimeSchedule)]) {
        const when = lasting(d);
        if (when === false) {
            continue;
        }
        const selected = selects(stack, d, m);
        if (selected === false) {
            continue;
        }
        const terms = scopeTerms(d);
        const scoped = isJudgedUnknown(terms) ? terms : inScope(terms, m);
        if (scoped === false) {
            continue;
        }
        const unknown = [when, selected, scoped].find(isJudgedUnknown);
        if (unknown === undefined) {
            return { kind: "hollow", downtime: d, reason: `it is muted by ${describe(d)}, which matches it and mutes it for good: ${when as string}, so Datadog sends none of its notifications` };
        }
        pending ??= { kind: "undecided", downtime: d, reason: `whether ${describe(d)} keeps it muted cannot be judged: ${unknown.unknown}` };
    }
    return pending;
}
