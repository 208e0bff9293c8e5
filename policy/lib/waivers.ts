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
    /** Last day the waiver is valid, `YYYY-MM-DD`. */
    readonly expires: string;
}

/** Shortest reason accepted, so a waiver always says why. */
export const MIN_REASON_LENGTH = 20;

/** The JSON schema of the `waivers` config property every policy accepts. */
export const WAIVERS_SCHEMA = {
    type: "array",
    description: "Waivers: {policy?, item?, resources: [name or URN glob], reason (>= 20 chars), approver, expires (YYYY-MM-DD)}.",
    items: { type: "object" },
    default: [],
} as const;

/** Why a waiver entry is not usable; empty when it is well formed. */
export function waiverProblems(raw: unknown, policyName: string, items: readonly string[]): string[] {
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
    if (typeof w.reason !== "string" || w.reason.trim().length < MIN_REASON_LENGTH) {
        problems.push(`reason must be at least ${MIN_REASON_LENGTH} characters`);
    }
    if (typeof w.approver !== "string" || w.approver.trim() === "") {
        problems.push("approver must name who approved it");
    }
    if (!isIsoDate(w.expires)) {
        problems.push(`expires must be a date YYYY-MM-DD, got '${String(w.expires)}'`);
    }
    return problems;
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
