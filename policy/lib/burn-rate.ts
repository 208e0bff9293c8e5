/**
 * Burn-rate arithmetic, as the component's `dev.readyservice.datadog.BurnRateMath` does it: a burn
 * rate of 1 spends the error budget exactly over the SLO's timeframe, and with every event failing
 * the burn rate is `1 / (1 − target)`, so an alert whose threshold is not below that can never fire
 * (Datadog also rejects thresholds above it).
 */

/** `1 / (1 − target)` for a target in percent, rounded down to three decimals as BurnRateMath does. */
export function maxBurnRate(targetPercent: number): number {
    return Math.floor((100 / (100 - targetPercent)) * 1000 + 1e-6) / 1000;
}

/** True when a `burn_rate(...) > threshold` alert can fire for an SLO of `targetPercent`. */
export function canFire(threshold: number, targetPercent: number): boolean {
    return threshold < maxBurnRate(targetPercent);
}

/**
 * The longest and shortest long window Datadog accepts in a burn-rate alert, in hours: "Datadog
 * supports a maximum value of 48 hours for the long window ... `1 hour <= long window <= 48 hours`",
 * and the short window "must always be less than the long window" (Service Level Objectives >
 * Burn Rate Alerts).
 */
export const DATADOG_LONG_WINDOW_HOURS = { min: 1, max: 48 } as const;

/**
 * The longest long window of a paging burn-rate alert, in hours, by default: the Google SRE
 * workbook's multiwindow, multi-burn-rate alerts (ch. 5, table 5-8) page on a 1-hour and a
 * 6-hour window (14.4x and 6x for 30 days) and open a ticket on a 3-day one; a page that waits for
 * a longer window arrives after most of the damage.
 */
export const PAGING_LONG_WINDOW_HOURS = 6;

/** One window of a burn-rate query as written (`"1h"`) and in minutes (undefined when the pack cannot read it). */
export interface BurnWindow {
    readonly text: string;
    readonly minutes: number | undefined;
}

const UNIT_MINUTES: Readonly<Record<string, number>> = { m: 1, h: 60, d: 1440 };

function window(query: string, name: "long_window" | "short_window"): BurnWindow | undefined {
    const match = new RegExp(`\\.${name}\\(\\s*["']([^"']*)["']\\s*\\)`).exec(query);
    if (match === null) {
        return undefined;
    }
    const parts = /^(\d+)(m|h|d)$/.exec(match[1].trim());
    return { text: match[1], minutes: parts === null ? undefined : Number(parts[1]) * UNIT_MINUTES[parts[2]] };
}

/** The long and short windows a known `burn_rate(...)` query names (each undefined when it names none). */
export function burnWindows(query: string): { long?: BurnWindow; short?: BurnWindow } {
    return { long: window(query, "long_window"), short: window(query, "short_window") };
}
