import { isoDurationDays } from "../lib/durations";
import { Finding, undecided, violation } from "../lib/findings";
import { readinessPolicy } from "../lib/readiness-policy";
import { typesJudgedBy } from "../lib/catalogue";
import { StackResource, StackView, TYPES } from "../lib/stack";

/** The stateful types whose backups this policy judges (lib/catalogue.ts); the rest fail `missing-backup-assessment`. */
const STATEFUL_TYPES = typesJudgedBy("missing-backups", "backup");
import { asArray, asNumber, at, isUnknown } from "../lib/values";

const ITEM = "security.backups";

/** Thresholds of the backup check. */
export interface BackupConfig {
    /** Shortest accepted retention in days. Default 30 (the prod floor); QA config may lower it. */
    minimumRetentionDays: number;
}

/** Longest retention (days) a Data Protection backup policy keeps, or undefined when unreadable. */
function dataProtectionRetention(policy: StackResource): number | undefined {
    const days = asArray(at(policy.props, ["properties", "policyRules"]))
        .flatMap((rule) => asArray(at(rule, ["lifecycles"])))
        .map((lifecycle) => isoDurationDays(at(lifecycle, ["deleteAfter", "duration"])))
        .filter((d): d is number => d !== undefined);
    return days.length === 0 ? undefined : Math.max(...days);
}

/** Daily retention (days) of a Recovery Services protection policy. */
function recoveryRetention(policy: StackResource): number | undefined {
    return asNumber(at(policy.props, ["properties", "retentionPolicy", "dailySchedule", "retentionDuration", "count"]));
}

function backedUpBy(stack: StackView, resource: StackResource, floor: number): Finding[] {
    const instances = [...stack.ofType(TYPES.backupInstance), ...stack.ofType(TYPES.recoveryProtectedItem)]
        .filter((i) => stack.dependenciesOf(i).some((d) => d.urn === resource.urn));
    if (instances.length === 0) {
        return [violation(ITEM, `${resource.type} '${resource.name}' is not covered by a backup (a ${TYPES.backupInstance} or ${TYPES.recoveryProtectedItem} that depends on it)`, resource)];
    }
    const retentions = instances.flatMap((i) => stack.dependenciesOf(i)).flatMap((p) => {
        if (p.type === TYPES.backupPolicy) {
            return [dataProtectionRetention(p)];
        }
        return p.type === TYPES.recoveryProtectionPolicy ? [recoveryRetention(p)] : [];
    });
    const known = retentions.filter((d): d is number => d !== undefined);
    if (known.length === 0) {
        return [undecided(ITEM, `the backup of '${resource.name}' has no backup policy in the stack with a readable retention, so its retention cannot be checked`, resource)];
    }
    const best = Math.max(...known);
    return best >= floor ? [] : [violation(ITEM, `the backup of '${resource.name}' keeps ${best} days; at least ${floor} days are required`, resource)];
}

function postgres(r: StackResource, floor: number): Finding[] {
    const days = at(r.props, ["backup", "backupRetentionDays"]);
    if (isUnknown(days)) {
        return [undecided(ITEM, `PostgreSQL server '${r.name}' backup.backupRetentionDays is unknown in preview`, r)];
    }
    const n = asNumber(days);
    if (n === undefined) {
        return [violation(ITEM, `PostgreSQL server '${r.name}' does not set backup.backupRetentionDays; the platform's documented default (7 days) would apply, below the ${floor}-day floor`, r)];
    }
    return n >= floor ? [] : [violation(ITEM, `PostgreSQL server '${r.name}' backup.backupRetentionDays is ${n}; at least ${floor} days are required`, r)];
}

function keyVault(r: StackResource, floor: number): Finding[] {
    // Azure Backup does not protect Key Vaults; soft delete with a retention window is their recovery mechanism.
    const days = at(r.props, ["properties", "softDeleteRetentionInDays"]);
    if (isUnknown(days)) {
        return [undecided(ITEM, `key vault '${r.name}' properties.softDeleteRetentionInDays is unknown in preview`, r)];
    }
    const n = asNumber(days);
    const required = Math.min(floor, 90);
    if (n === undefined) {
        return [violation(ITEM, `key vault '${r.name}' does not set properties.softDeleteRetentionInDays; the platform's documented default (90) is not relied upon`, r)];
    }
    return n >= required ? [] : [violation(ITEM, `key vault '${r.name}' properties.softDeleteRetentionInDays is ${n}; at least ${required} days are required`, r)];
}

/** Every stateful resource is backed up with retention at or above the floor. */
export const missingBackups = readinessPolicy<BackupConfig>({
    name: "missing-backups",
    description: "Every stateful resource is backed up: storage accounts by a backup instance whose policy keeps at least the retention floor, PostgreSQL by its backup retention, Key Vaults by soft-delete retention.",
    items: [ITEM],
    waivableInProd: false,
    evidenceTypes: [TYPES.backupVault, TYPES.backupPolicy, TYPES.backupInstance, TYPES.recoveryProtectedItem, TYPES.recoveryProtectionPolicy, ...STATEFUL_TYPES],
    configProperties: {
        minimumRetentionDays: { type: "integer", default: 30, description: "Shortest accepted backup retention in days." },
    },
    defaults: { minimumRetentionDays: 30 },
    prodFloors: { minimumRetentionDays: "atLeast" },
    check(stack, config): Finding[] {
        const stateful = stack.resources.filter((r) => STATEFUL_TYPES.includes(r.type));
        if (stateful.length === 0) {
            return [violation(ITEM, `no stateful resource found to back up (expected one of ${STATEFUL_TYPES.join(", ")}); backups cannot pass vacuously`)];
        }
        const floor = config.minimumRetentionDays;
        return stateful.flatMap((r) => {
            if (r.type === TYPES.postgresFlexible) {
                return postgres(r, floor);
            }
            return r.type === TYPES.keyVault ? keyVault(r, floor) : backedUpBy(stack, r, floor);
        });
    },
});
