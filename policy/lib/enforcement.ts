import { EnforcementLevel } from "@pulumi/policy";
import { addDays, isIsoDate, today } from "./clock";
import { Environment } from "./environment";

/**
 * What the policy config may and may not do to a policy, so that no setting bypasses the PRR in
 * prod (README "No bypass in prod"). Pure: readiness-policy.ts applies the result.
 *
 * - Staged enforcement lies at most `maxStagingDays` (90) ahead and waivers expire at most
 *   `maxWaiverDays` (180) ahead; both may only be lowered.
 * - In prod, a property weaker than its documented prod floor (the policy's default, which is that
 *   floor) fails the item as not checked, and the check runs at the floor.
 * - In prod, the rules never waivable there (encryption at rest, TLS floor, backups) cannot be staged,
 *   waived or lowered to advisory: each such setting fails the item as not checked, and the policy's
 *   findings are reported mandatory whatever its level.
 */

/** Marks a finding that says a setting kept an item from being checked as prod requires. */
export const NOT_CHECKED = "[not-checked]";

/** The ceilings of the two time limits; policy config may lower them, never raise them. */
export const TIME_LIMITS = { maxStagingDays: 90, maxWaiverDays: 180 } as const;

/** Which way a config property may not move in prod: below its floor, or above its ceiling. */
export type FloorDirection = "atLeast" | "atMost";

/** Settings every readiness policy accepts besides its own thresholds. */
export interface EnforcementSettings {
    waivers?: unknown[];
    enforceFrom?: string;
    maxStagingDays?: number;
    maxWaiverDays?: number;
}

/** The parts of a policy spec the limits depend on. */
export interface EnforcedPolicy<C extends object> {
    readonly name: string;
    readonly items: readonly string[];
    readonly waivableInProd: boolean;
    readonly defaults: C;
    /** Properties whose default is the documented prod floor, and the direction that weakens them. */
    readonly prodFloors?: Partial<Record<keyof C & string, FloorDirection>>;
}

/** How a policy's config is enforced in the environment under review. */
export interface Enforcement<C extends object> {
    /** The config the check runs with: in prod, weakened floors put back. */
    readonly config: C & EnforcementSettings;
    readonly maxStagingDays: number;
    readonly maxWaiverDays: number;
    /** False when nothing may stage or waive this policy's findings (a never-waivable rule in prod). */
    readonly bypassable: boolean;
    /** True when findings are reported mandatory whatever the configured level. */
    readonly alwaysMandatory: boolean;
    /** Settings that keep the item from being checked as prod requires (reported `[not-checked]`, mandatory). */
    readonly notChecked: string[];
    /** Malformed limit settings (reported as plain violations). */
    readonly problems: string[];
}

/** The JSON schema of the settings every policy accepts besides `waivers`. */
export const ENFORCEMENT_SCHEMA = {
    enforceFrom: {
        type: "string",
        description: `Staged enforcement: before this date (YYYY-MM-DD, at most maxStagingDays ahead) violations are advisory and marked [staged]; never for encryption, TLS or backups in prod.`,
    },
    maxStagingDays: { type: "integer", default: TIME_LIMITS.maxStagingDays, description: "Latest staging date, in days from today; may only be lowered." },
    maxWaiverDays: { type: "integer", default: TIME_LIMITS.maxWaiverDays, description: "Latest waiver expiry, in days from today; may only be lowered." },
} as const;

/** Decides how `config` is enforced for `policy` in `env`; `level` is the level `Configure` gave it, when known. */
export function enforcement<C extends object>(policy: EnforcedPolicy<C>, config: C & EnforcementSettings, env: Environment,
    level?: EnforcementLevel): Enforcement<C> {
    const problems: string[] = [];
    const notChecked: string[] = [];
    const maxStagingDays = limit(policy.name, "maxStagingDays", config.maxStagingDays, TIME_LIMITS.maxStagingDays, problems);
    const maxWaiverDays = limit(policy.name, "maxWaiverDays", config.maxWaiverDays, TIME_LIMITS.maxWaiverDays, problems);
    const prod = env === "prod";
    const bypassable = !prod || policy.waivableInProd;
    const effective = { ...config } as Record<string, unknown>;
    if (prod) {
        for (const [key, direction] of Object.entries(policy.prodFloors ?? {}) as [string, FloorDirection][]) {
            const floor = (policy.defaults as Record<string, unknown>)[key] as number;
            const value = (config as Record<string, unknown>)[key];
            const weaker = typeof value !== "number" || (direction === "atLeast" ? value < floor : value > floor);
            if (weaker) {
                const bound = direction === "atLeast" ? "below the prod floor" : "above the prod ceiling";
                notChecked.push(notCheckedText(policy, `${key} ${JSON.stringify(value)}`, `${bound} ${floor}`, `the check ran at ${floor}`));
                effective[key] = floor;
            }
        }
    }
    if (!bypassable && (level === "advisory" || level === "disabled")) {
        notChecked.push(notCheckedText(policy, `enforcementLevel ${level}`, "but this rule is mandatory in prod",
            "its findings are reported mandatory"));
    }
    return { config: effective as C & EnforcementSettings, maxStagingDays, maxWaiverDays, bypassable, alwaysMandatory: !bypassable, notChecked, problems };
}

/**
 * The staging date in force, or `undefined` to enforce now. A date too far ahead, or any staging of
 * a rule that cannot be bypassed, is reported and enforced now.
 */
export function stagingDate<C extends object>(policy: EnforcedPolicy<C>, rules: Enforcement<C>): string | undefined {
    const enforceFrom = rules.config.enforceFrom as unknown;
    if (enforceFrom === undefined || enforceFrom === null || enforceFrom === "") {
        return undefined;
    }
    if (!isIsoDate(enforceFrom)) {
        rules.problems.push(`enforceFrom must be a date YYYY-MM-DD, got '${String(enforceFrom)}'; enforcing now`);
        return undefined;
    }
    if (enforceFrom <= today()) {
        return undefined;
    }
    if (!rules.bypassable) {
        rules.notChecked.push(notCheckedText(policy, `enforceFrom ${enforceFrom}`, "but this rule cannot be staged in prod",
            "its findings are enforced now"));
        return undefined;
    }
    const latest = addDays(today(), rules.maxStagingDays);
    if (enforceFrom > latest) {
        rules.problems.push(`enforceFrom ${enforceFrom} is more than ${rules.maxStagingDays} days ahead (latest allowed ${latest}); enforcing now`);
        return undefined;
    }
    return enforceFrom;
}

/** The sentence of a `[not-checked]` finding: which items, which setting, why, and what ran instead. */
export function notCheckedText<C extends object>(policy: EnforcedPolicy<C>, setting: string, why: string, instead: string): string {
    return `${policy.items.join(", ")} not checked as prod requires: ${policy.name}'s policy config sets ${setting}, ${why}; `
        + `the item fails until the setting is removed (${instead})`;
}

function limit(policy: string, key: string, raw: unknown, ceiling: number, problems: string[]): number {
    if (raw === undefined || raw === null) {
        return ceiling;
    }
    if (typeof raw !== "number" || !Number.isInteger(raw) || raw < 0) {
        problems.push(`${policy} config '${key}' must be a whole number of days, got ${JSON.stringify(raw)}; using ${ceiling}`);
        return ceiling;
    }
    if (raw > ceiling) {
        problems.push(`${policy} config '${key}' is ${raw} but may only be lowered from ${ceiling}; using ${ceiling}`);
        return ceiling;
    }
    return raw;
}
