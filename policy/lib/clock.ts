/**
 * Today's date as `YYYY-MM-DD` (UTC). Tests pin it with `setToday` so waiver
 * expiry, staged enforcement and sign-off age are deterministic.
 */
let pinned: string | undefined;

/** Today's date, UTC, as `YYYY-MM-DD`. */
export function today(): string {
    return pinned ?? new Date().toISOString().substring(0, 10);
}

/** Pins today's date (tests only); `undefined` restores the real clock. */
export function setToday(date: string | undefined): void {
    pinned = date;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when `value` is a real calendar date written `YYYY-MM-DD`. */
export function isIsoDate(value: unknown): value is string {
    if (typeof value !== "string" || !ISO_DATE.test(value)) {
        return false;
    }
    const parsed = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(value);
}

/** Whole days from `from` to `to` (both `YYYY-MM-DD`). */
export function daysBetween(from: string, to: string): number {
    const ms = Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`);
    return Math.round(ms / 86_400_000);
}

/** `date` (`YYYY-MM-DD`) plus `days` whole days, as `YYYY-MM-DD`. */
export function addDays(date: string, days: number): string {
    return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().substring(0, 10);
}

/**
 * Now, in milliseconds since the epoch: midnight UTC of the pinned date when tests pin one
 * (`setToday`), else the real clock. Used to tell a downtime's past window from its future one.
 */
export function nowMs(): number {
    return pinned !== undefined ? Date.parse(`${pinned}T00:00:00Z`) : Date.now();
}
