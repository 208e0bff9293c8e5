/**
 * Reading resource properties as plain data. The policy SDK hands policies a
 * proxy that throws on unknown values; we read the proxy's target instead so
 * that every policy sees unknowns as the engine's sentinel strings and can say
 * `[undecided]` for exactly the property that is unknown.
 */

/** Sentinels the engine and the policy SDK use for values unknown in a preview. */
export const UNKNOWN_SENTINELS: ReadonlySet<string> = new Set([
    "04da6b54-80e4-46f7-96ec-b56ff0331ba9", // string (the engine's wire sentinel)
    "1c4a061d-8072-4f0a-a4cb-0ff528b18fe7", // boolean
    "3eeb2bf0-c639-47a8-9e75-3b44932eb421", // number
    "6a19a0b0-7e62-4c92-b797-7f8e31da9cc2", // array
    "030794c1-ac77-496b-92df-f27374a8bd58", // asset
    "e48ece36-62e2-4504-bad9-02848725956a", // archive
    "dd056dcd-154b-4c76-9bd3-c8f88648b5ff", // object
]);

/** The engine's sentinel for an unknown value, as sent over the wire. */
export const UNKNOWN = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";

// Property name @pulumi/policy's unknown-checking proxy answers with its raw target.
const PROXY_TARGET = "__getSpecialProxyTarget";

/** True when `value` is a preview-time unknown. */
export function isUnknown(value: unknown): boolean {
    return typeof value === "string" && UNKNOWN_SENTINELS.has(value);
}

/** The raw object behind the SDK's unknown-checking proxy (or `value` itself). */
export function plain<T>(value: T): T {
    if (value !== null && typeof value === "object") {
        const target = (value as Record<string, unknown>)[PROXY_TARGET];
        if (target !== undefined) {
            return target as T;
        }
    }
    return value;
}

/** Reads `obj.a.b.c` for the path `["a","b","c"]`; stops at the first unknown or absent step. */
export function at(obj: unknown, path: readonly (string | number)[]): unknown {
    let current: unknown = plain(obj);
    for (const step of path) {
        if (current === null || current === undefined || isUnknown(current)) {
            return current;
        }
        if (typeof current !== "object") {
            return undefined;
        }
        current = plain((current as Record<string | number, unknown>)[step]);
    }
    return current;
}

/** True when `value` or anything inside it is unknown. */
export function containsUnknown(value: unknown): boolean {
    const v = plain(value);
    if (isUnknown(v)) {
        return true;
    }
    if (Array.isArray(v)) {
        return v.some(containsUnknown);
    }
    if (v !== null && typeof v === "object") {
        return Object.values(v as Record<string, unknown>).some(containsUnknown);
    }
    return false;
}

/** A number from a number or numeric string, else `undefined`. */
export function asNumber(value: unknown): number | undefined {
    if (typeof value === "number" && Number.isFinite(value)) {
        return value;
    }
    if (typeof value === "string" && value.trim() !== "" && !isUnknown(value)) {
        const n = Number(value);
        return Number.isFinite(n) ? n : undefined;
    }
    return undefined;
}

/** An array (empty when absent or not an array). */
export function asArray(value: unknown): unknown[] {
    const v = plain(value);
    return Array.isArray(v) ? v.map(plain) : [];
}

/** A string, else `undefined` (unknowns are not strings here). */
export function asString(value: unknown): string | undefined {
    return typeof value === "string" && !isUnknown(value) ? value : undefined;
}
