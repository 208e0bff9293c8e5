// Which user a PagerDuty schedule layer puts on call when: its `users` take turns of
// `rotationTurnLengthSeconds` in order, counted from `rotationVirtualStart` (pagerduty.json,
// `ScheduleLayer`), so the user on call at time t is users[floor((t - virtualStart) / turn) mod n].

/** A layer's rotation: person keys (as `OnCallRoster.people`) in turn order, when the turns start, how long each is. */
export interface Rotation {
    readonly people: readonly string[];
    readonly virtualStartMs: number;
    readonly turnMs: number;
}

/** The person key a rotation puts on call at `t` (ms since the epoch). */
export function onCallAt(rotation: Rotation, t: number): string {
    const n = rotation.people.length;
    const turn = Math.floor((t - rotation.virtualStartMs) / rotation.turnMs);
    return rotation.people[((turn % n) + n) % n];
}

const DAY_MS = 86_400_000;
/** How far ahead two rotations are compared at most: a whole cycle of both must fit, or the answer is "cannot tell". */
export const HORIZON_MS = 366 * DAY_MS;

function gcd(a: number, b: number): number {
    return b === 0 ? a : gcd(b, a % b);
}

/**
 * The first moment from `from` at which two on-call sources put the same person on call: each a
 * rotation or a fixed person key (a user target, always on call). `undefined` when they never do;
 * `"cannot tell"` when their joint cycle is longer than {@link HORIZON_MS}. Both rotations repeat
 * every `people.length` turns, so comparing one joint cycle from `from` covers every later moment.
 */
export function firstSharedTurn(a: Rotation | string, b: Rotation | string, from: number): number | undefined | "cannot tell" {
    const rotations = [a, b].filter((x): x is Rotation => typeof x !== "string");
    const cycles = rotations.map((r) => r.people.length * r.turnMs);
    const joint = cycles.reduce((l, c) => (l / gcd(l, c)) * c, 1);
    if (rotations.length > 0 && joint > HORIZON_MS) {
        return "cannot tell";
    }
    const until = from + (rotations.length > 0 ? joint : 1);
    // Turn changes of either rotation are the only moments the pair changes.
    const moments = new Set<number>([from]);
    for (const r of rotations) {
        const first = r.virtualStartMs + Math.ceil((from - r.virtualStartMs) / r.turnMs) * r.turnMs;
        for (let t = first; t < until; t += r.turnMs) {
            moments.add(t);
        }
    }
    const who = (x: Rotation | string, t: number) => (typeof x === "string" ? x : onCallAt(x, t));
    return [...moments].sort((x, y) => x - y).find((t) => who(a, t) === who(b, t));
}
