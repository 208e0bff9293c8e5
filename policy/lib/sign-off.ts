import { daysBetween, isIsoDate, today } from "./clock";
import { Finding, undecided, violation } from "./findings";
import { ReadinessPolicy, readinessPolicy } from "./readiness-policy";
import { StackView, TYPES } from "./stack";
import { at, containsUnknown, plain } from "./values";

/** Config of a sign-off policy. */
export interface SignOffConfig {
    /** Oldest accepted sign-off in days. Default 180 (the PRR's prod rule). */
    maxAgeDays: number;
    /** Sign-offs for programs without a ReadyService component: item id → {by, date, link}. */
    signOffs?: Record<string, unknown>;
}

/** Where the sign-off for `item` is, and what it says. */
function findSignOff(stack: StackView, item: string, config: SignOffConfig): { record: unknown; source: string } | undefined {
    const fromComponent = at(stack.readyServiceSpec(), ["signOffs", item]);
    if (fromComponent !== undefined && fromComponent !== null) {
        return { record: fromComponent, source: `the ${TYPES.readyService} spec signOffs` };
    }
    const fromConfig = plain(config.signOffs)?.[item];
    return fromConfig === undefined || fromConfig === null ? undefined : { record: fromConfig, source: "policy config signOffs" };
}

/** Every problem of a sign-off record (never echoes values other than the date). */
export function signOffProblems(item: string, record: unknown, maxAgeDays: number): string[] {
    if (record === null || typeof record !== "object" || Array.isArray(record)) {
        return [`sign-off for ${item} must be an object {by, date, link}`];
    }
    const r = record as Record<string, unknown>;
    const problems: string[] = [];
    if (typeof r.by !== "string" || r.by.trim() === "") {
        problems.push(`sign-off for ${item} has no 'by' (who signed)`);
    }
    if (!isIsoDate(r.date)) {
        problems.push(`sign-off for ${item} date must be YYYY-MM-DD, got '${String(r.date)}'`);
    } else if (r.date > today()) {
        problems.push(`sign-off for ${item} is dated ${r.date}, in the future`);
    } else if (daysBetween(r.date, today()) > maxAgeDays) {
        problems.push(`sign-off for ${item} dated ${r.date} is ${daysBetween(r.date, today())} days old; at most ${maxAgeDays} days are allowed`);
    }
    if (typeof r.link !== "string" || !/^https:\/\/\S+$/.test(r.link)) {
        problems.push(`sign-off for ${item} link must be an https URL`);
    }
    return problems;
}

/**
 * A policy checking that the sign-off for one checklist item is present, well
 * formed and fresh. Each sign-off item gets its own policy file built with this.
 */
export function signOffPolicy(name: string, item: string, what: string): ReadinessPolicy {
    return readinessPolicy<SignOffConfig>({
        name,
        description: `The ${item} sign-off (${what}) is recorded with by, date and an https link, and is not older than maxAgeDays.`,
        items: [item],
        waivableInProd: true,
        evidenceTypes: [TYPES.readyService],
        configProperties: {
            maxAgeDays: { type: "integer", default: 180, description: "Oldest accepted sign-off in days." },
            signOffs: { type: "object", description: "Sign-offs for programs without a ReadyService component: item id -> {by, date, link}." },
        },
        defaults: { maxAgeDays: 180 },
        prodFloors: { maxAgeDays: "atMost" },
        check(stack, config): Finding[] {
            const found = findSignOff(stack, item, config);
            if (found === undefined) {
                return [violation(item, `no sign-off for ${item} (${what}): add signOffs["${item}"] = {by, date, link} to the ${TYPES.readyService} inputs or to this policy's config`)];
            }
            if (containsUnknown(found.record)) {
                return [undecided(item, `sign-off for ${item} in ${found.source} is unknown in preview`)];
            }
            return signOffProblems(item, found.record, config.maxAgeDays).map((p) => violation(item, `${p} (from ${found.source})`));
        },
    });
}
