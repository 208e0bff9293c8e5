import { isIsoDate } from "./clock";
import { Finding } from "./findings";

/**
 * A waiver as written in a policy's config (`waivers: [...]`). It covers the
 * findings of that policy (or of one of its items) on the resources it names.
 */
export interface Waiver {
    /** The policy it waives; optional because the waiver sits under that policy's config. */
    readonly policy?: string;
    /** One checklist item of the policy; absent = every item of the policy. */
    readonly item?: string;
    /** Resource names or URNs; `*` matches any run of characters. */
    readonly resources: readonly string[];
    readonly reason: string;
    readonly approver: string;
    /**
     * Who asked for the waiver (the change's author). Required in prod, optional elsewhere; when
     * given, the approver must be someone else.
     */
    readonly author?: string;
    /** Last day the waiver is valid, `YYYY-MM-DD`. */
    readonly expires: string;
}

/** Shortest reason accepted, so a waiver always says why. */
export const MIN_REASON_LENGTH = 20;

/** Fewest words (of two letters or more) a reason must have, and how many of them must differ. */
export const MIN_REASON_WORDS = 4;
export const MIN_DISTINCT_REASON_WORDS = 3;

/** Text that stands in for a reason instead of being one. */
const REASON_PLACEHOLDER = /lorem ipsum|\b(tbd|tbc|todo|fixme|placeholder|xxx+|asdf)\b/i;

/** Names that stand in for a person instead of naming one (the local part of an address, a handle). */
const PERSON_PLACEHOLDER = /^(tbd|tbc|todo|n\/a|na|none|nobody|someone|anyone|approver|author|admin|root|test|me|x+)$/i;

/** How a waiver is judged in the environment under review. */
export interface WaiverRules {
    /** Prod: an author is required and must not approve their own waiver. */
    readonly prod: boolean;
    /** Last accepted expiry date, `YYYY-MM-DD` (today + maxWaiverDays). */
    readonly latestExpiry: string;
}

/** Why `reason` does not say why (empty when it does): length, words, repeated characters, placeholders. */
export function reasonProblems(reason: unknown): string[] {
    if (typeof reason !== "string" || reason.trim().length < MIN_REASON_LENGTH) {
        return [`reason must be at least ${MIN_REASON_LENGTH} characters`];
    }
    const words = reason.toLowerCase().match(/\p{L}{2,}/gu) ?? [];
    if (/(.)\1{4,}/u.test(reason.replace(/\s/g, "")) && new Set(words).size < MIN_DISTINCT_REASON_WORDS) {
        return ["reason must say why, not repeat a character"];
    }
    if (words.length < MIN_REASON_WORDS || new Set(words).size < MIN_DISTINCT_REASON_WORDS) {
        return [`reason must say why in at least ${MIN_REASON_WORDS} words (${MIN_DISTINCT_REASON_WORDS} different), got '${reason.trim()}'`];
    }
    if (REASON_PLACEHOLDER.test(reason)) {
        return [`reason must say why, not hold a placeholder: '${reason.trim()}'`];
    }
    return [];
}

/** Why `who` does not name a person (empty when it does): an email address, an @handle or a full name. */
export function personProblems(field: string, who: unknown): string[] {
    if (typeof who !== "string" || who.trim() === "") {
        return [`${field} must name who it is`];
    }
    const text = who.trim();
    const email = /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(text);
    const handle = /^@[A-Za-z0-9][A-Za-z0-9_.-]{2,}$/.test(text);
    const fullName = /^\p{L}[\p{L}'.-]+(\s+\p{L}[\p{L}'.-]+)+$/u.test(text);
    const core = text.replace(/^@/, "").replace(/@.*$/, "");
    if (!(email || handle || fullName) || PERSON_PLACEHOLDER.test(core)) {
        return [`${field} must be an email address, an @handle or a full name, got '${text}'`];
    }
    return [];
}

/** The JSON schema of the `waivers` config property every policy accepts. */
export const WAIVERS_SCHEMA = {
    type: "array",
    description: "Waivers: {policy?, item?, resources: [name or URN glob], reason (>= 20 chars, >= 4 words), approver, author (required in prod; not the approver), expires (YYYY-MM-DD, at most maxWaiverDays ahead)}.",
    items: { type: "object" },
    default: [],
} as const;

/** Why a waiver entry is not usable; empty when it is well formed. */
export function waiverProblems(raw: unknown, policyName: string, items: readonly string[], rules: WaiverRules): string[] {
    if (raw === null || typeof raw !== "object" || Array.isArray(raw)) {
        return ["must be an object with resources, reason, approver and expires"];
    }
    const w = raw as Record<string, unknown>;
    const problems: string[] = [];
    if (w.policy !== undefined && w.policy !== policyName) {
        problems.push(`policy is '${String(w.policy)}' but the waiver sits under '${policyName}'`);
    }
    if (w.item !== undefined && !items.includes(String(w.item))) {
        problems.push(`item '${String(w.item)}' is not one of ${items.join(", ")}`);
    }
    if (!Array.isArray(w.resources) || w.resources.length === 0 || !w.resources.every((r) => typeof r === "string" && r !== "")) {
        problems.push("resources must be a non-empty list of resource names or URN globs");
    }
    problems.push(...reasonProblems(w.reason));
    problems.push(...personProblems("approver", w.approver));
    if (w.author !== undefined || rules.prod) {
        const authorProblems = personProblems("author", w.author);
        problems.push(...(w.author === undefined ? ["author (who asked for the waiver) is required in prod"] : authorProblems));
        if (authorProblems.length === 0 && typeof w.approver === "string" && same(w.author as string, w.approver)) {
            problems.push(`approver '${w.approver}' is the waiver's author; someone else must approve it`);
        }
    }
    if (!isIsoDate(w.expires)) {
        problems.push(`expires must be a date YYYY-MM-DD, got '${String(w.expires)}'`);
    } else if (w.expires > rules.latestExpiry) {
        problems.push(`expires ${w.expires} is later than ${rules.latestExpiry}, the latest a waiver may run (maxWaiverDays)`);
    }
    return problems;
}

function same(a: string, b: string): boolean {
    return a.trim().toLowerCase() === b.trim().toLowerCase();
}

/** True when `pattern` (with `*` wildcards) matches the whole of `text`. */
export function globMatches(pattern: string, text: string): boolean {
    const escaped = pattern.split("*").map((part) => part.replace(/[.+?^${}()|[\]\\]/g, "\\$&")).join(".*");
    return new RegExp(`^${escaped}$`).test(text);
}

/** True when `waiver` covers `finding` (same item if given, resource name or URN matches). */
export function covers(waiver: Waiver, finding: Finding): boolean {
    if (waiver.item !== undefined && waiver.item !== finding.item) {
        return false;
    }
    const targets = finding.resource === undefined ? ["stack"] : [finding.resource.name, finding.resource.urn];
    return waiver.resources.some((pattern) => targets.some((t) => globMatches(pattern, t)));
}

/** A short label for a waiver in messages. */
export function describeWaiver(waiver: Partial<Waiver>, index: number): string {
    return `waiver #${index + 1} (${(waiver.resources ?? []).join(", ") || "no resources"})`;
}
