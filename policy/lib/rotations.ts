// Which user a PagerDuty schedule layer puts on call when: its `users` take turns of
// `rotationTurnLengthSeconds` in order, counted from `rotationVirtualStart` (pagerduty.json,
// `ScheduleLayer`), so the user on call at time t is users[floor((t - virtualStart) / turn) mod n].

/** A layer's rotation: person keys (as `OnCallRoster.people`) in turn order, when the turns start, how long each is. */
export interface Rotation {
    readonly people: readonly string[];
    readonly virtualStartMs: number;
    readonly turnMs: number;
}

/** When the turn that holds `t` began. */
export function turnStart(rotation: Rotation, t: number): number {
    return rotation.virtualStartMs + Math.floor((t - rotation.virtualStartMs) / rotation.turnMs) * rotation.turnMs;
}

/** The person key a rotation (or a fixed person key) puts on call at `t` (ms since the epoch). */
export function onCallAt(rotation: Rotation | string, t: number): string {
    if (typeof rotation === "string") {
        return rotation;
    }
    const n = rotation.people.length;
    const turn = Math.floor((t - rotation.virtualStartMs) / rotation.turnMs);
    return rotation.people[((turn % n) + n) % n];
}

const DAY_MS = 86_400_000;
/** How far ahead two rotations are compared at most: a whole cycle of both must fit, or the answer is "cannot tell". */
export const HORIZON_MS = 366 * DAY_MS;
/** How many turn changes a comparison walks at most (a minute's turns against a season's are not compared). */
const MAX_TURNS = 100_000;

function gcd(a: number, b: number): number {
    return b === 0 ? a : gcd(b, a % b);
}

/**
 * The first moment from `from` at which two on-call sources put the same person on call: each a
 * rotation or a fixed person key (a user target, always on call). `undefined` when they never do;
 * `"cannot tell"` when two rotations' joint cycle is longer than {@link HORIZON_MS}. Both rotations
 * repeat every `people.length` turns, so comparing one joint cycle from `from` covers every later
 * moment; a user meets a rotation that names them at their next turn.
 */
export function firstSharedTurn(a: Rotation | string, b: Rotation | string, from: number): number | undefined | "cannot tell" {
    if (typeof a === "string" && typeof b === "string") {
        return a === b ? from : undefined;
    }
    if (typeof a === "string" || typeof b === "string") {
        // A user against a rotation: the user's own turn, however long the cycle.
        const [user, rotation] = (typeof a === "string" ? [a, b] : [b, a]) as [string, Rotation];
        const now = Math.floor((from - rotation.virtualStartMs) / rotation.turnMs);
        const n = rotation.people.length;
        const next = [...Array(n).keys()].find((i) => rotation.people[(((now + i) % n) + n) % n] === user);
        return next === undefined ? undefined : Math.max(from, rotation.virtualStartMs + (now + next) * rotation.turnMs);
    }
    const rotations = [a, b];
    const cycles = rotations.map((r) => r.people.length * r.turnMs);
    const joint = cycles.reduce((l, c) => (l / gcd(l, c)) * c, 1);
    if (joint > HORIZON_MS || joint / Math.min(a.turnMs, b.turnMs) > MAX_TURNS) {
        return "cannot tell";
    }
    const until = from + joint;
    // Turn changes of either rotation are the only moments the pair changes.
    const moments = new Set<number>([from]);
    for (const r of rotations) {
        const first = r.virtualStartMs + Math.ceil((from - r.virtualStartMs) / r.turnMs) * r.turnMs;
        for (let t = first; t < until; t += r.turnMs) {
            moments.add(t);
        }
    }
    return [...moments].sort((x, y) => x - y).find((t) => onCallAt(a, t) === onCallAt(b, t));
}
