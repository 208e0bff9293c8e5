// The hours of the week an on-call schedule layer puts someone on call, from its `restrictions`
// (pagerduty.json, `ScheduleLayerRestriction`). PagerDuty restricts a layer to daily windows (a
// start time of day and a duration, every day) or weekly ones (a start day, a start time and a
// duration); a layer without restrictions is on call round the clock. Restrictions are read in the
// schedule's own time zone, so windows are seconds of a week that starts Monday 00:00 there.

import { asArray, asNumber, asString, at, isUnknown } from "./values";

export const WEEK_SECONDS = 7 * 24 * 3600;
const DAY_SECONDS = 24 * 3600;
const DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];

/** Half-open `[from, to)` seconds of the week, sorted, not overlapping, none empty. */
export type Windows = ReadonlyArray<readonly [number, number]>;

export const ROUND_THE_CLOCK: Windows = [[0, WEEK_SECONDS]];

/** The hours of one layer, or why a preview cannot show them. */
export type LayerHours = { readonly windows: Windows; readonly restricted: string | undefined } | { readonly unseen: string };

/** `HH:mm:ss` (or `HH:mm`) as seconds since midnight; `undefined` when it is not such a time. */
function timeOfDay(value: unknown): number | undefined {
    const match = /^(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(asString(value) ?? "");
    if (match === null) {
        return undefined;
    }
    const [h, m, s] = [Number(match[1]), Number(match[2]), Number(match[3] ?? "0")];
    return h < 24 && m < 60 && s < 60 ? h * 3600 + m * 60 + s : undefined;
}

/** Sorts and merges windows, splitting any that runs past the end of the week onto its start. */
export function normalise(windows: ReadonlyArray<readonly [number, number]>): Windows {
    const split = windows.flatMap(([from, to]): Array<[number, number]> => {
        if (to - from >= WEEK_SECONDS) {
            return [[0, WEEK_SECONDS]];
        }
        const start = ((from % WEEK_SECONDS) + WEEK_SECONDS) % WEEK_SECONDS;
        const end = start + (to - from);
        return end <= WEEK_SECONDS ? [[start, end]] : [[start, WEEK_SECONDS], [0, end - WEEK_SECONDS]];
    }).filter(([from, to]) => to > from).sort((a, b) => a[0] - b[0]);
    const merged: Array<[number, number]> = [];
    for (const [from, to] of split) {
        const last = merged[merged.length - 1];
        if (last !== undefined && from <= last[1]) {
            last[1] = Math.max(last[1], to);
        } else {
            merged.push([from, to]);
        }
    }
    return merged;
}

/** The union of several sets of windows. */
export function union(...sets: Windows[]): Windows {
    return normalise(sets.flat());
}

/** The seconds of the week none of `windows` covers. */
export function gaps(windows: Windows): Windows {
    const out: Array<[number, number]> = [];
    let at = 0;
    for (const [from, to] of normalise(windows)) {
        if (from > at) {
            out.push([at, from]);
        }
        at = Math.max(at, to);
    }
    if (at < WEEK_SECONDS) {
        out.push([at, WEEK_SECONDS]);
    }
    return out;
}

/** The same hours moved by `seconds` (e.g. from a time zone to UTC). */
export function shift(windows: Windows, seconds: number): Windows {
    return normalise(windows.map(([from, to]) => [from + seconds, to + seconds] as const));
}

function clock(second: number): string {
    const s = ((second % WEEK_SECONDS) + WEEK_SECONDS) % WEEK_SECONDS;
    const day = DAYS[Math.floor(s / DAY_SECONDS)];
    const [h, m, sec] = [Math.floor((s % DAY_SECONDS) / 3600), Math.floor((s % 3600) / 60), s % 60];
    const two = (n: number) => String(n).padStart(2, "0");
    return `${day} ${two(h)}:${two(m)}${sec === 0 ? "" : `:${two(sec)}`}`;
}

/** How long the windows last in all, for a message: `128 h`, `7.5 h`, `20 min`, `7 s`. */
export function duration(windows: Windows): string {
    const total = windows.reduce((sum, [from, to]) => sum + (to - from), 0);
    const [value, unit] = total >= 3600 ? [total / 3600, "h"] : total >= 60 ? [total / 60, "min"] : [total, "s"];
    return `${Number.isInteger(value) ? value : value.toFixed(1)} ${unit}`;
}

/**
 * The gaps for a message: the first three as `Mon 17:00 to Tue 09:00`, then how many more. A gap that
 * runs over the end of the week (Sunday night into Monday) is named as one.
 */
export function describe(windows: Windows): string {
    const list = [...windows];
    const first = list[0];
    const last = list[list.length - 1];
    if (list.length > 1 && first[0] === 0 && last[1] === WEEK_SECONDS) {
        list.splice(0, 1);
        list[list.length - 1] = [last[0], WEEK_SECONDS + first[1]];
    }
    const named = list.slice(0, 3).map(([from, to]) => `${clock(from)} to ${clock(to)}`);
    return list.length > 3 ? `${named.join(", ")} and ${list.length - 3} more` : named.join(", ");
}

/** One restriction as windows of the week, or why it cannot be read. */
function restrictionWindows(restriction: unknown): Windows | string {
    const type = at(restriction, ["type"]);
    const start = timeOfDay(at(restriction, ["startTimeOfDay"]));
    const duration = asNumber(at(restriction, ["durationSeconds"]));
    if ([restriction, type, at(restriction, ["startTimeOfDay"]), at(restriction, ["durationSeconds"])].some(isUnknown)
        || (type === "weekly_restriction" && isUnknown(at(restriction, ["startDayOfWeek"])))) {
        return "unknown in preview";
    }
    if (start === undefined || duration === undefined || !(duration > 0)) {
        return `not readable (startTimeOfDay '${String(at(restriction, ["startTimeOfDay"]))}', durationSeconds '${String(at(restriction, ["durationSeconds"]))}')`;
    }
    if (type === "daily_restriction") {
        return normalise(DAYS.map((_, day) => [day * DAY_SECONDS + start, day * DAY_SECONDS + start + Math.min(duration, DAY_SECONDS)] as const));
    }
    if (type === "weekly_restriction") {
        const day = asNumber(at(restriction, ["startDayOfWeek"]));
        if (day === undefined || !Number.isInteger(day) || day < 1 || day > 7) {
            return `not readable (startDayOfWeek '${String(at(restriction, ["startDayOfWeek"]))}' is not 1 to 7)`;
        }
        return normalise([[(day - 1) * DAY_SECONDS + start, (day - 1) * DAY_SECONDS + start + Math.min(duration, WEEK_SECONDS)]]);
    }
    return `not readable (type '${String(type)}' is neither daily_restriction nor weekly_restriction)`;
}

/**
 * The hours a layer is on call: round the clock without restrictions, else the union of its
 * restriction windows; `restricted` says what it is restricted to, for a message.
 */
export function layerHours(layer: unknown, index: number): LayerHours {
    const restrictions = at(layer, ["restrictions"]);
    if (isUnknown(restrictions)) {
        return { unseen: `the restrictions of layer ${index + 1} are unknown in preview` };
    }
    if (restrictions !== undefined && restrictions !== null && !Array.isArray(restrictions)) {
        return { unseen: `the restrictions of layer ${index + 1} are not a list` };
    }
    const all = asArray(restrictions);
    if (all.length === 0) {
        return { windows: ROUND_THE_CLOCK, restricted: undefined };
    }
    const windows: Windows[] = [];
    for (const [i, restriction] of all.entries()) {
        const read = restrictionWindows(restriction);
        if (typeof read === "string") {
            return { unseen: `restriction ${i + 1} of layer ${index + 1} is ${read}` };
        }
        windows.push(read);
    }
    const covered = union(...windows);
    return { windows: covered, restricted: gaps(covered).length === 0 ? undefined : `layer ${index + 1} is on call ${describe(covered)}` };
}

/**
 * The offset of `zone` from UTC at each of `moments`, in seconds (Europe/Berlin in winter: 3600);
 * `undefined` for a zone this runtime does not know.
 */
export function utcOffsets(zone: string, moments: readonly number[]): number[] | undefined {
    let format: Intl.DateTimeFormat;
    try {
        format = new Intl.DateTimeFormat("en-US", {
            timeZone: zone, hourCycle: "h23", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit",
        });
    } catch {
        return undefined;
    }
    return moments.map((now) => {
        const parts = format.formatToParts(new Date(now));
        const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
        const local = Date.UTC(get("year"), get("month") - 1, get("day"), get("hour"), get("minute"), get("second"));
        return Math.round((local - Math.floor(now / 1000) * 1000) / 1000);
    });
}
