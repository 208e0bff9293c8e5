/**
 * Days in an ISO-8601 duration such as `P30D`, `P4W`, `P1Y` or `P6M`, as
 * Azure backup policies write retention. Months count 30 days and years 365, a
 * floor that never overstates retention. `undefined` when it cannot be read.
 */
export function isoDurationDays(value: unknown): number | undefined {
    if (typeof value !== "string") {
        return undefined;
    }
    const m = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?$/.exec(value);
    if (m === null || value === "P") {
        return undefined;
    }
    const [years, months, weeks, days] = m.slice(1).map((g) => (g === undefined ? 0 : Number(g)));
    return years * 365 + months * 30 + weeks * 7 + days;
}

/**
 * Hours in an ISO-8601 duration such as `PT4H`, `P1D`, `P1W` or `PT90S`, as Azure backup schedules
 * write the interval between backups (`R/<start>/P1D`) and autoscale rules their cooldown
 * (`PT5M`). Months and years are not intervals a schedule uses and read as `undefined`, as does
 * anything else that cannot be read.
 */
export function isoDurationHours(value: unknown): number | undefined {
    if (typeof value !== "string") {
        return undefined;
    }
    const m = /^P(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/.exec(value);
    if (m === null || value === "P" || value.endsWith("T")) {
        return undefined;
    }
    const [weeks, days, hours, minutes, seconds] = m.slice(1).map((g) => (g === undefined ? 0 : Number(g)));
    return weeks * 168 + days * 24 + hours + minutes / 60 + seconds / 3600;
}
