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
