import { isoDurationDays, isoDurationHours } from "../lib/durations";
import { typesJudgedBy } from "../lib/catalogue";
import { Finding, undecided, violation } from "../lib/findings";
import { readinessPolicy } from "../lib/readiness-policy";
import { referencedOfType } from "../lib/references";
import { OWN_BACKUP_EVIDENCE, OWN_BACKUP_JUDGES } from "../lib/stateful-backups";
import { StackResource, StackView, TYPES } from "../lib/stack";
import { asArray, asNumber, asString, at, isUnknown } from "../lib/values";

const ITEM = "security.backups";

/**
 * The resource types this rule reads: how each stateful type it judges is backed up, and the
 * backup resources. Which stateful types it judges is the catalogue's (lib/catalogue.ts,
 * `STATEFUL`); the rest fail `missing-backup-assessment`.
 */
export const BACKUP_TYPES = {
    /** Backed up by a Data Protection backup instance (or a Recovery Services protected item). */
    byInstance: [TYPES.storageAccount],
    /** Backed up by the server itself (`backup.backupRetentionDays`, `backup.geoRedundantBackup`). */
    byServer: [TYPES.postgresFlexible, "azure-native:dbformysql:Server"],
    /** Recovered through soft delete (Azure Backup does not protect Key Vaults). */
    bySoftDelete: [TYPES.keyVault],
    /** Judged by lib/stateful-backups.ts: Azure SQL databases, Cosmos DB, brokers' Geo-DR pairing, Managed HSM. */
    byOwnJudge: Object.keys(OWN_BACKUP_JUDGES),
    backupVault: TYPES.backupVault,
    backupPolicy: TYPES.backupPolicy,
    backupInstance: TYPES.backupInstance,
    recoveryVault: "azure-native:recoveryservices:Vault",
    recoveryPolicy: TYPES.recoveryProtectionPolicy,
    recoveryItem: TYPES.recoveryProtectedItem,
} as const;

/** The stateful types whose backup need the catalogue gives this rule. */
const STATEFUL: readonly string[] = typesJudgedBy("missing-backups", "backup");

/** Each judged type must say how it is backed up: a type judged by default as a backup instance would fail for the wrong reason. */
for (const type of STATEFUL) {
    if (![...BACKUP_TYPES.byInstance, ...BACKUP_TYPES.byServer, ...BACKUP_TYPES.bySoftDelete, ...BACKUP_TYPES.byOwnJudge].includes(type as never)) {
        throw new Error(`lib/catalogue.ts gives missing-backups the backup need of ${type}, which BACKUP_TYPES does not say how to judge`);
    }
}

/** The path parameter that holds each stateful type's Azure name (what a literal resource id ends with). */
const NAME_PARAMETER: Readonly<Record<string, string>> = {
    [TYPES.storageAccount]: "accountName",
    [TYPES.postgresFlexible]: "serverName",
    "azure-native:dbformysql:Server": "serverName",
};

/** Thresholds of the backup check. */
export interface BackupConfig {
    /** Shortest accepted retention in days. Default 30 (the prod floor); QA config may lower it. */
    minimumRetentionDays: number;
    /** Longest accepted time between two backups, in hours. Default 24 (the prod ceiling); QA config may raise it. */
    maximumHoursBetweenBackups: number;
}

/** Vault redundancy each environment accepts: prod keeps its backups through a region loss. */
function acceptedRedundancy(prod: boolean): readonly string[] {
    return prod ? ["GeoRedundant"] : ["GeoRedundant", "ZoneRedundant", "LocallyRedundant"];
}

/** How one kind of backup item names what it protects and which policy it follows. */
interface ItemKind {
    readonly type: string;
    readonly policyType: string;
    /** Where the item names its data source's resource id, under `properties`. */
    readonly sourcePaths: readonly (readonly string[])[];
    readonly policyPath: readonly string[];
    readonly policyNameParameter: string;
}

const DATA_PROTECTION: ItemKind = {
    type: BACKUP_TYPES.backupInstance, policyType: BACKUP_TYPES.backupPolicy,
    sourcePaths: [["properties", "dataSourceInfo", "resourceID"], ["properties", "dataSourceSetInfo", "resourceID"]],
    policyPath: ["properties", "policyInfo", "policyId"], policyNameParameter: "backupPolicyName",
};

const RECOVERY_SERVICES: ItemKind = {
    type: BACKUP_TYPES.recoveryItem, policyType: BACKUP_TYPES.recoveryPolicy,
    sourcePaths: [["properties", "sourceResourceId"]],
    policyPath: ["properties", "policyId"], policyNameParameter: "policyName",
};

/**
 * Whether an id property can point at `target`: unknown in preview (computed from an output, so the
 * property dependency tells where it points), or a literal id whose last segment is `target`'s Azure
 * name. Absent, or a literal naming something else, it points elsewhere.
 */
function canPointAt(stack: StackView, value: unknown, target: StackResource, nameParameter: string | undefined): boolean {
    if (isUnknown(value)) {
        return true;
    }
    const id = asString(value);
    const name = nameParameter === undefined ? undefined : asString(stack.pathParameter(target, nameParameter)) ?? asString(target.props.name);
    return id !== undefined && name !== undefined && id.toLowerCase().endsWith(`/${name.toLowerCase()}`);
}

/** What the backup items of the stack protect: resource URN → items; and items whose data source is ambiguous. */
interface Coverage {
    readonly items: Map<string, StackResource[]>;
    readonly ambiguous: Map<string, StackResource[]>;
}

/**
 * Relates every backup item to the one resource of a type backed up by items that its `properties`
 * refer to (a property dependency: the program passed that resource's id as the data source).
 * `dependsOn` proves nothing. An item whose `properties` refer to several such resources protects
 * none of them that the pack can tell.
 */
function coverage(stack: StackView): Coverage {
    const items = new Map<string, StackResource[]>();
    const ambiguous = new Map<string, StackResource[]>();
    const add = (map: Map<string, StackResource[]>, urn: string, item: StackResource) => map.set(urn, [...(map.get(urn) ?? []), item]);
    for (const kind of [DATA_PROTECTION, RECOVERY_SERVICES]) {
        for (const item of stack.ofType(kind.type)) {
            // Only types backed up by items are candidates: an item's properties may also refer to, say, the
            // Key Vault holding its credentials, which is not what it protects.
            const sources = stack.dependenciesOf(item, "properties").filter((d) => (BACKUP_TYPES.byInstance as readonly string[]).includes(d.type));
            if (sources.length > 1) {
                sources.forEach((s) => add(ambiguous, s.urn, item));
                continue;
            }
            const source = sources[0];
            const ids = kind.sourcePaths.map((p) => at(item.props, p)).filter((v) => v !== undefined);
            if (source !== undefined && ids.length > 0 && ids.every((id) => canPointAt(stack, id, source, NAME_PARAMETER[source.type]))) {
                add(items, source.urn, item);
            }
        }
    }
    return { items, ambiguous };
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

/** Hours between backups, `"continuous"`, or a sentence saying why it cannot be read. */
type Frequency = number | "continuous" | { unreadable: string };

/**
 * How often a Data Protection policy backs up: the shortest interval of its scheduled backup rules
 * (`R/<start>/<interval>`); continuous when it has none and keeps an operational store (operational
 * blob backup is continuous point-in-time restore).
 */
function dataProtectionFrequency(policy: StackResource): Frequency {
    const rules = asArray(at(policy.props, ["properties", "policyRules"]));
    const backupRules = rules.filter((r) => at(r, ["objectType"]) === "AzureBackupRule");
    if (backupRules.length === 0) {
        const operational = rules.flatMap((r) => asArray(at(r, ["lifecycles"])))
            .some((l) => at(l, ["sourceDataStore", "dataStoreType"]) === "OperationalStore");
        return operational ? "continuous" : { unreadable: "has no backup rule with a schedule and no operational (continuous) store" };
    }
    const intervals = backupRules.flatMap((r) => asArray(at(r, ["trigger", "schedule", "repeatingTimeIntervals"])))
        .map((interval) => isoDurationHours(asString(interval)?.split("/").pop()));
    if (intervals.length === 0 || intervals.some((h) => h === undefined || h <= 0)) {
        return { unreadable: "has a backup rule without a readable schedule (trigger.schedule.repeatingTimeIntervals)" };
    }
    return Math.min(...(intervals as number[]));
}

/** How often a Recovery Services policy backs up (`schedulePolicy.scheduleRunFrequency`). */
function recoveryFrequency(policy: StackResource): Frequency {
    const frequency = at(policy.props, ["properties", "schedulePolicy", "scheduleRunFrequency"]);
    const hours: Record<string, number> = { Hourly: 1, Daily: 24, Weekly: 168 };
    const known = typeof frequency === "string" ? hours[frequency] : undefined;
    return known ?? { unreadable: `has no readable properties.schedulePolicy.scheduleRunFrequency (got '${String(frequency)}')` };
}

function policyFacts(policy: StackResource): { retention: number | undefined; frequency: Frequency } {
    return policy.type === BACKUP_TYPES.backupPolicy
        ? { retention: dataProtectionRetention(policy), frequency: dataProtectionFrequency(policy) }
        : { retention: recoveryRetention(policy), frequency: recoveryFrequency(policy) };
}

/** The vault a backup policy lives in, by its `vaultName` reference (lib/references.ts). */
function vaultFindings(stack: StackView, resource: StackResource, policy: StackResource, prod: boolean): Finding[] {
    const vaultType = policy.type === BACKUP_TYPES.backupPolicy ? BACKUP_TYPES.backupVault : BACKUP_TYPES.recoveryVault;
    const vaults = referencedOfType(stack, policy, "vaultName", vaultType, "vaultName");
    if (vaults.length === 0) {
        return [undecided(ITEM, `the backup of '${resource.name}' follows policy '${policy.name}', whose vault (vaultName) refers to no ${vaultType} in the stack, so its redundancy cannot be read`, resource)];
    }
    const accepted = acceptedRedundancy(prod);
    return vaults.flatMap((vault) => {
        if (vault.type === BACKUP_TYPES.recoveryVault) {
            // At API 2023-04-01 a Recovery Services vault's storage redundancy is an output only: the program cannot show it.
            return prod ? [undecided(ITEM, `the backup of '${resource.name}' is kept in Recovery Services vault '${vault.name}', whose storage redundancy the stack cannot show (an output only at API 2023-04-01); prod requires ${accepted.join(" or ")}`, resource)] : [];
        }
        const settings = at(vault.props, ["properties", "storageSettings"]);
        if (isUnknown(settings) || asArray(settings).some((s) => isUnknown(at(s, ["type"])))) {
            return [undecided(ITEM, `backup vault '${vault.name}' properties.storageSettings is unknown in preview, so the redundancy of '${resource.name}''s backup cannot be read`, resource)];
        }
        const types = asArray(settings).map((s) => String(at(s, ["type"])));
        if (types.length === 0) {
            return [violation(ITEM, `backup vault '${vault.name}' (backing up '${resource.name}') sets no properties.storageSettings redundancy; ${accepted.join(" or ")} is required`, resource)];
        }
        const weak = types.filter((t) => !accepted.includes(t));
        return weak.length === 0 ? [] : [violation(ITEM, `backup vault '${vault.name}' (backing up '${resource.name}') stores backups ${weak.join(", ")}; ${prod ? "prod" : "this environment"} requires ${accepted.join(" or ")}${prod ? " so a region loss cannot lose them" : ""}`, resource)];
    });
}

/** The findings for one backup item's policy: retention, frequency, vault redundancy. */
function policyFindings(stack: StackView, resource: StackResource, policy: StackResource, config: BackupConfig, prod: boolean): Finding[] {
    const { retention, frequency } = policyFacts(policy);
    const findings: Finding[] = [];
    if (retention === undefined) {
        findings.push(undecided(ITEM, `backup policy '${policy.name}' (backing up '${resource.name}') has no readable retention`, resource));
    } else if (retention < config.minimumRetentionDays) {
        findings.push(violation(ITEM, `the backup of '${resource.name}' keeps ${retention} days (policy '${policy.name}'); at least ${config.minimumRetentionDays} days are required`, resource));
    }
    if (typeof frequency === "object") {
        findings.push(undecided(ITEM, `backup policy '${policy.name}' (backing up '${resource.name}') ${frequency.unreadable}, so how often it backs up cannot be read`, resource));
    } else if (frequency !== "continuous" && frequency > config.maximumHoursBetweenBackups) {
        findings.push(violation(ITEM, `the backup of '${resource.name}' runs every ${frequency} hours (policy '${policy.name}'); at most ${config.maximumHoursBetweenBackups} hours between backups are allowed`, resource));
    }
    return [...findings, ...vaultFindings(stack, resource, policy, prod)];
}

function backedUpBy(stack: StackView, cover: Coverage, resource: StackResource, config: BackupConfig, prod: boolean): Finding[] {
    const items = cover.items.get(resource.urn) ?? [];
    if (items.length === 0) {
        const shared = cover.ambiguous.get(resource.urn) ?? [];
        if (shared.length > 0) {
            return [undecided(ITEM, `${resource.type} '${resource.name}' is referred to by backup items (${shared.map((i) => `'${i.name}'`).join(", ")}) whose properties refer to several stateful resources, so which one each protects cannot be told`, resource)];
        }
        return [violation(ITEM, `${resource.type} '${resource.name}' is not covered by a backup (a ${TYPES.backupInstance} or ${TYPES.recoveryProtectedItem} whose data source refers to it; dependsOn proves nothing)`, resource)];
    }
    // Each item is judged; the resource is backed up when one item passes everything.
    const perItem = items.map((item) => itemFindings(stack, resource, item, config, prod));
    return perItem.some((f) => f.length === 0) ? [] : perItem.flat();
}

function itemFindings(stack: StackView, resource: StackResource, item: StackResource, config: BackupConfig, prod: boolean): Finding[] {
    const kind = item.type === DATA_PROTECTION.type ? DATA_PROTECTION : RECOVERY_SERVICES;
    const policyId = at(item.props, kind.policyPath);
    const policies = stack.dependenciesOf(item, "properties").filter((d) => d.type === kind.policyType)
        .filter((p) => canPointAt(stack, policyId, p, kind.policyNameParameter));
    if (policies.length === 0) {
        return [undecided(ITEM, `backup item '${item.name}' of '${resource.name}' names no ${kind.policyType} of the stack as its policy (${kind.policyPath.join(".")}), so its retention, frequency and vault cannot be checked`, resource)];
    }
    // Several candidate policies: the item could follow any of them, so each must pass.
    return policies.flatMap((p) => policyFindings(stack, resource, p, config, prod));
}

/** A database server's own backups: retention, and geo-redundant backup storage in prod. */
function serverBackup(r: StackResource, floor: number, prod: boolean): Finding[] {
    const findings: Finding[] = [];
    const label = r.type === TYPES.postgresFlexible ? "PostgreSQL server" : "MySQL server";
    const days = at(r.props, ["backup", "backupRetentionDays"]);
    const n = asNumber(days);
    if (isUnknown(days)) {
        findings.push(undecided(ITEM, `${label} '${r.name}' backup.backupRetentionDays is unknown in preview`, r));
    } else if (n === undefined) {
        findings.push(violation(ITEM, `${label} '${r.name}' does not set backup.backupRetentionDays; the platform's documented default (7 days) would apply, below the ${floor}-day floor`, r));
    } else if (n < floor) {
        findings.push(violation(ITEM, `${label} '${r.name}' backup.backupRetentionDays is ${n}; at least ${floor} days are required`, r));
    }
    if (prod) {
        const geo = at(r.props, ["backup", "geoRedundantBackup"]);
        if (isUnknown(geo)) {
            findings.push(undecided(ITEM, `${label} '${r.name}' backup.geoRedundantBackup is unknown in preview`, r));
        } else if (geo !== "Enabled") {
            findings.push(violation(ITEM, `${label} '${r.name}' backup.geoRedundantBackup is '${geo === undefined ? "unset (default Disabled)" : String(geo)}'; prod requires Enabled so a region loss cannot lose the backups`, r));
        }
    }
    return findings;
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

/** Every stateful resource is backed up by reference, often enough, long enough, in a vault redundant enough. */
export const missingBackups = readinessPolicy<BackupConfig>({
    name: "missing-backups",
    description: "Every stateful resource is backed up: storage accounts by a backup instance whose data source and policy refer to them (dependsOn proves nothing), whose policy keeps at least the retention floor and backs up at least every maximumHoursBetweenBackups, in a vault that is geo-redundant in prod; PostgreSQL and MySQL by their own backup retention (geo-redundant in prod); Key Vaults by soft-delete retention; Azure SQL databases by a short-term retention policy of theirs (long-term above 35 days; Geo or GeoZone backup storage in prod); Cosmos DB by its backup policy (periodic interval, retention and Geo storage in prod, or continuous over two regions in prod); Service Bus and Event Hubs namespaces by a Geo-DR pairing in prod; Managed HSMs by soft-delete retention and purge protection.",
    items: [ITEM],
    waivableInProd: false,
    evidenceTypes: [...new Set([BACKUP_TYPES.backupVault, BACKUP_TYPES.backupPolicy, BACKUP_TYPES.backupInstance, BACKUP_TYPES.recoveryVault,
        BACKUP_TYPES.recoveryItem, BACKUP_TYPES.recoveryPolicy, ...STATEFUL, ...OWN_BACKUP_EVIDENCE])],
    configProperties: {
        minimumRetentionDays: { type: "integer", default: 30, description: "Shortest accepted backup retention in days." },
        maximumHoursBetweenBackups: { type: "integer", default: 24, description: "Longest accepted time between two backups, in hours." },
    },
    defaults: { minimumRetentionDays: 30, maximumHoursBetweenBackups: 24 },
    prodFloors: { minimumRetentionDays: "atLeast", maximumHoursBetweenBackups: "atMost" },
    check(stack, config): Finding[] {
        const stateful = stack.resources.filter((r) => STATEFUL.includes(r.type));
        if (stateful.length === 0) {
            return [violation(ITEM, `no stateful resource found to back up (expected one of ${STATEFUL.join(", ")}); backups cannot pass vacuously`)];
        }
        const prod = stack.environment() === "prod";
        const cover = coverage(stack);
        return stateful.flatMap((r) => {
            const own = OWN_BACKUP_JUDGES[r.type];
            if (own !== undefined) {
                return own(r, { stack, minimumRetentionDays: config.minimumRetentionDays, maximumHoursBetweenBackups: config.maximumHoursBetweenBackups, prod });
            }
            if ((BACKUP_TYPES.byServer as readonly string[]).includes(r.type)) {
                return serverBackup(r, config.minimumRetentionDays, prod);
            }
            return r.type === TYPES.keyVault ? keyVault(r, config.minimumRetentionDays) : backedUpBy(stack, cover, r, config, prod);
        });
    },
});
