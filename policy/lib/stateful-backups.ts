import { isoDurationDays } from "./durations";
import { Finding, undecided, violation } from "./findings";
import { refersTo } from "./references";
import { blindText, ofSqlDatabase, unrelatedToAnyDatabase } from "./sql";
import { StackResource, StackView } from "./stack";
import { asArray, asNumber, asString, at, isUnknown } from "./values";

/**
 * How missing-backups judges the stateful types that keep their own backups (or, for a message
 * broker, its disaster-recovery pairing), as opposed to those backed up by a backup instance.
 * Each judge reads only settings of the resource and of resources that refer to it by a property
 * (lib/references.ts): dependsOn, tags and names prove nothing.
 */

const ITEM = "security.backups";

/** The types judged here, and the resources they read. */
export const OWN_BACKUP_TYPES = {
    sqlDatabase: "azure-native:sql:Database",
    sqlServer: "azure-native:sql:Server",
    sqlShortTermRetention: "azure-native:sql:BackupShortTermRetentionPolicy",
    sqlLongTermRetention: "azure-native:sql:LongTermRetentionPolicy",
    cosmosAccount: "azure-native:documentdb:DatabaseAccount",
    serviceBusNamespace: "azure-native:servicebus:Namespace",
    serviceBusAlias: "azure-native:servicebus:DisasterRecoveryConfig",
    eventHubNamespace: "azure-native:eventhub:Namespace",
    eventHubAlias: "azure-native:eventhub:DisasterRecoveryConfig",
    managedHsm: "azure-native:keyvault:ManagedHsm",
} as const;

/** What every judge is given: the floors of missing-backups' config and the environment. */
export interface BackupContext {
    readonly stack: StackView;
    /** Shortest accepted retention in days. */
    readonly minimumRetentionDays: number;
    /** Longest accepted time between two backups, in hours. */
    readonly maximumHoursBetweenBackups: number;
    readonly prod: boolean;
}

type Judge = (r: StackResource, ctx: BackupContext) => Finding[];

/** Azure SQL keeps point-in-time backups for at most 35 days (BackupShortTermRetentionPolicy.retentionDays 1–35). */
const SQL_MAX_SHORT_TERM_DAYS = 35;

/** Days the longest long-term retention of `policy` keeps (weekly, monthly or yearly, ISO 8601). */
function longTermDays(policy: StackResource): number | undefined {
    const days = ["weeklyRetention", "monthlyRetention", "yearlyRetention"]
        .map((p) => isoDurationDays(policy.props[p]))
        .filter((d): d is number => d !== undefined && d > 0);
    return days.length === 0 ? undefined : Math.max(...days);
}

/**
 * A backup storage redundancy setting: in prod only the geo-redundant values are accepted; unset,
 * the platform default would apply, which the pack never relies on in prod.
 */
function redundancy(r: StackResource, label: string, property: string, geo: readonly string[], prod: boolean): Finding[] {
    if (!prod) {
        return [];
    }
    const v = at(r.props, property.split("."));
    if (isUnknown(v)) {
        return [undecided(ITEM, `${label} '${r.name}' ${property} is unknown in preview`, r)];
    }
    if (v === undefined) {
        return [violation(ITEM, `${label} '${r.name}' does not set ${property}; prod requires ${geo.join(" or ")} so a region loss cannot lose the backups, and the pack never relies on a default`, r)];
    }
    return geo.includes(String(v)) ? []
        : [violation(ITEM, `${label} '${r.name}' ${property} is '${String(v)}'; prod requires ${geo.join(" or ")} so a region loss cannot lose the backups`, r)];
}

/**
 * An Azure SQL database: point-in-time backups (full, differential and log backups every 5–10
 * minutes, taken by the service whatever the program sets, so their frequency needs no evidence)
 * kept at least the retention floor by a BackupShortTermRetentionPolicy of the database (its
 * default of 7 days is not relied upon); a floor above the 35 days point-in-time restore allows
 * needs a LongTermRetentionPolicy that keeps backups that long; in prod backup storage Geo or GeoZone.
 */
function sqlDatabase(r: StackResource, ctx: BackupContext): Finding[] {
    const label = "SQL database";
    const findings: Finding[] = [];
    const shortTerm = ofSqlDatabase(ctx.stack, r, OWN_BACKUP_TYPES.sqlShortTermRetention);
    const shortFloor = Math.min(ctx.minimumRetentionDays, SQL_MAX_SHORT_TERM_DAYS);
    const blind = unrelatedToAnyDatabase(ctx.stack, OWN_BACKUP_TYPES.sqlShortTermRetention);
    if (shortTerm.length === 0 && blind.length > 0) {
        findings.push(undecided(ITEM, blindText(r, blind, "short-term retention policy"), r));
    } else if (shortTerm.length === 0) {
        findings.push(violation(ITEM, `${label} '${r.name}' has no ${OWN_BACKUP_TYPES.sqlShortTermRetention} whose databaseName refers to it; the platform's documented default (7 days) would apply, and at least ${shortFloor} days are required`, r));
    } else if (shortTerm.some((p) => isUnknown(p.props.retentionDays))) {
        findings.push(undecided(ITEM, `${label} '${r.name}' short-term retention (retentionDays) is unknown in preview`, r));
    } else {
        // Several policies for one database: the pack cannot know which Azure applies last, so the weakest counts.
        const days = Math.min(...shortTerm.map((p) => asNumber(p.props.retentionDays) ?? 0));
        if (days < shortFloor) {
            findings.push(violation(ITEM, `${label} '${r.name}' keeps point-in-time backups ${days} days (${shortTerm.map((p) => `'${p.name}'`).join(", ")} retentionDays); at least ${shortFloor} days are required`, r));
        }
    }
    if (ctx.minimumRetentionDays > SQL_MAX_SHORT_TERM_DAYS) {
        const longTerm = ofSqlDatabase(ctx.stack, r, OWN_BACKUP_TYPES.sqlLongTermRetention);
        const days = longTerm.map(longTermDays).filter((d): d is number => d !== undefined);
        if (longTerm.some((p) => ["weeklyRetention", "monthlyRetention", "yearlyRetention"].some((k) => isUnknown(p.props[k])))) {
            findings.push(undecided(ITEM, `${label} '${r.name}' long-term retention is unknown in preview`, r));
        } else if (days.length === 0 || Math.max(...days) < ctx.minimumRetentionDays) {
            findings.push(violation(ITEM, `${label} '${r.name}' keeps no backup ${ctx.minimumRetentionDays} days: point-in-time restore stops at ${SQL_MAX_SHORT_TERM_DAYS} days, and no ${OWN_BACKUP_TYPES.sqlLongTermRetention} of the database keeps one that long`, r));
        }
    }
    return [...findings, ...redundancy(r, label, "requestedBackupStorageRedundancy", ["Geo", "GeoZone"], ctx.prod)];
}

/** Cosmos DB continuous backup tiers and the days of point-in-time restore each keeps. */
const CONTINUOUS_TIER_DAYS: Readonly<Record<string, number>> = { Continuous7Days: 7, Continuous30Days: 30 };

/**
 * A Cosmos DB account's `backupPolicy`: periodic (interval, retention, backup storage redundancy,
 * Geo in prod) or continuous (point-in-time restore for the tier's days; continuous backups are kept
 * in every region of the account, so in prod the account must span two regions). Unset, the
 * platform's periodic default (every 4 hours, kept 8 hours) would apply.
 */
function cosmosAccount(r: StackResource, ctx: BackupContext): Finding[] {
    const label = "Cosmos DB account";
    const policy = r.props.backupPolicy;
    const type = at(policy, ["type"]);
    if (isUnknown(policy) || isUnknown(type)) {
        return [undecided(ITEM, `${label} '${r.name}' backupPolicy is unknown in preview`, r)];
    }
    if (policy === undefined || policy === null) {
        return [violation(ITEM, `${label} '${r.name}' does not set backupPolicy; the platform's documented default (periodic, every 4 hours, kept 8 hours) would apply, below the ${ctx.minimumRetentionDays}-day floor`, r)];
    }
    if (type === "Continuous") {
        const tier = at(policy, ["continuousModeProperties", "tier"]);
        if (isUnknown(tier)) {
            return [undecided(ITEM, `${label} '${r.name}' backupPolicy.continuousModeProperties.tier is unknown in preview`, r)];
        }
        const days = CONTINUOUS_TIER_DAYS[String(tier)];
        const findings: Finding[] = [];
        if (tier === undefined) {
            findings.push(violation(ITEM, `${label} '${r.name}' does not set backupPolicy.continuousModeProperties.tier; the pack never relies on the platform's default tier; a tier keeping at least ${ctx.minimumRetentionDays} days is required`, r));
        } else if (days === undefined) {
            findings.push(violation(ITEM, `${label} '${r.name}' backupPolicy.continuousModeProperties.tier '${String(tier)}' is not a tier the pack knows (Continuous7Days, Continuous30Days)`, r));
        } else if (days < ctx.minimumRetentionDays) {
            findings.push(violation(ITEM, `${label} '${r.name}' keeps continuous backups ${days} days (${String(tier)}); at least ${ctx.minimumRetentionDays} days are required`, r));
        }
        return [...findings, ...cosmosRegions(r, label, ctx.prod)];
    }
    if (type !== "Periodic") {
        return [violation(ITEM, `${label} '${r.name}' backupPolicy.type is '${String(type)}'; Periodic or Continuous is required`, r)];
    }
    const properties = ["periodicModeProperties"];
    const interval = at(policy, [...properties, "backupIntervalInMinutes"]);
    const retention = at(policy, [...properties, "backupRetentionIntervalInHours"]);
    const findings: Finding[] = [];
    if (isUnknown(interval) || isUnknown(retention)) {
        findings.push(undecided(ITEM, `${label} '${r.name}' backupPolicy.periodicModeProperties is unknown in preview`, r));
    } else {
        const minutes = asNumber(interval);
        const hours = asNumber(retention);
        if (minutes === undefined) {
            findings.push(violation(ITEM, `${label} '${r.name}' does not set backupPolicy.periodicModeProperties.backupIntervalInMinutes; the platform's documented default (240) is not relied upon`, r));
        } else if (minutes > ctx.maximumHoursBetweenBackups * 60) {
            findings.push(violation(ITEM, `${label} '${r.name}' backs up every ${minutes} minutes; at most ${ctx.maximumHoursBetweenBackups} hours between backups are allowed`, r));
        }
        if (hours === undefined) {
            findings.push(violation(ITEM, `${label} '${r.name}' does not set backupPolicy.periodicModeProperties.backupRetentionIntervalInHours; the platform's documented default (8 hours) would apply, below the ${ctx.minimumRetentionDays}-day floor`, r));
        } else if (hours < ctx.minimumRetentionDays * 24) {
            findings.push(violation(ITEM, `${label} '${r.name}' keeps each backup ${hours} hours; at least ${ctx.minimumRetentionDays} days (${ctx.minimumRetentionDays * 24} hours) are required`, r));
        }
    }
    return [...findings, ...redundancy(r, label, "backupPolicy.periodicModeProperties.backupStorageRedundancy", ["Geo"], ctx.prod)];
}

/** Continuous backups are stored in each region of the account: in prod it must have two. */
function cosmosRegions(r: StackResource, label: string, prod: boolean): Finding[] {
    if (!prod) {
        return [];
    }
    const locations = r.props.locations;
    if (isUnknown(locations) || asArray(locations).some((l) => isUnknown(at(l, ["locationName"])))) {
        return [undecided(ITEM, `${label} '${r.name}' locations are unknown in preview, so whether its continuous backups outlive a region cannot be read`, r)];
    }
    const regions = new Set(asArray(locations).map((l) => asString(at(l, ["locationName"]))?.toLowerCase().replace(/\s/g, "")).filter((l) => l !== undefined));
    return regions.size >= 2 ? []
        : [violation(ITEM, `${label} '${r.name}' has continuous backups in ${regions.size} region(s): continuous backups are kept in the account's own regions, so prod requires at least two locations so a region loss cannot lose them`, r)];
}

/** How each broker names its Geo-DR alias type. */
const ALIAS_OF: Readonly<Record<string, string>> = {
    [OWN_BACKUP_TYPES.serviceBusNamespace]: OWN_BACKUP_TYPES.serviceBusAlias,
    [OWN_BACKUP_TYPES.eventHubNamespace]: OWN_BACKUP_TYPES.eventHubAlias,
};

/** Whether `alias`'s `partnerNamespace` (an ARM id) refers to `namespace`: by a property dependency, or a literal id ending in its name. */
function partnerIs(stack: StackView, alias: StackResource, namespace: StackResource): boolean {
    if (stack.dependenciesOf(alias, "partnerNamespace").some((d) => d.urn === namespace.urn)) {
        return true;
    }
    const id = asString(alias.props.partnerNamespace);
    const name = asString(stack.pathParameter(namespace, "namespaceName"));
    return id !== undefined && name !== undefined && id.toLowerCase().endsWith(`/namespaces/${name.toLowerCase()}`);
}

/** Both namespaces name the same region literally (a location unknown or unset may be another region's). */
function sameRegion(a: StackResource, b: StackResource): boolean {
    const region = (r: StackResource) => asString(r.props.location)?.toLowerCase().replace(/\s/g, "");
    return region(a) !== undefined && region(a) === region(b);
}

/**
 * A Service Bus or Event Hubs namespace. Azure keeps no backup of messages or events: what a
 * broker can lose in a region loss is its namespace (entities, settings), which a Geo-disaster
 * recovery alias pairs with a namespace in another region. In prod the namespace must be one side
 * of such an alias of the stack (its `namespaceName` or its `partnerNamespace`), with the other side
 * in the stack too. Outside prod the service's own in-region replication is accepted.
 */
function brokerNamespace(r: StackResource, ctx: BackupContext): Finding[] {
    if (!ctx.prod) {
        return [];
    }
    const aliasType = ALIAS_OF[r.type];
    const label = r.type === OWN_BACKUP_TYPES.serviceBusNamespace ? "Service Bus namespace" : "Event Hubs namespace";
    const namespaces = ctx.stack.ofType(r.type);
    const aliases = ctx.stack.ofType(aliasType);
    // The other side of each alias that pairs `r` with another namespace of the stack.
    const others = aliases.flatMap((a) => {
        const primary = namespaces.filter((n) => refersTo(ctx.stack, a, "namespaceName", n, "namespaceName"));
        const partner = namespaces.filter((n) => partnerIs(ctx.stack, a, n));
        if (primary.some((n) => n.urn === r.urn)) {
            return partner.filter((n) => n.urn !== r.urn);
        }
        return partner.some((n) => n.urn === r.urn) ? primary.filter((n) => n.urn !== r.urn) : [];
    });
    if (others.some((o) => !sameRegion(r, o))) {
        return [];
    }
    if (others.length > 0) {
        return [violation(ITEM, `${label} '${r.name}' is paired only with ${others.map((o) => `'${o.name}'`).join(", ")} in its own region (location '${String(r.props.location)}'); a Geo-DR pairing must cross regions to outlive a region loss`, r)];
    }
    // An alias naming a side by an unknown that refers to nothing (a Java program's namespace.name(); id() is
    // the only output that carries a reference in a Java preview) may pair this namespace: undecided.
    const blind = aliases.filter((a) => (isUnknown(ctx.stack.pathParameter(a, "namespaceName")) && ctx.stack.dependenciesOf(a, "namespaceName").length === 0)
        || (isUnknown(a.props.partnerNamespace) && ctx.stack.dependenciesOf(a, "partnerNamespace").length === 0));
    if (blind.length > 0) {
        return [undecided(ITEM, `${label} '${r.name}': ${aliasType} ${blind.map((a) => `'${a.name}'`).join(", ")} names a namespace by a value unknown in preview that refers to no resource (write namespaceName as the namespace's Azure name, partnerNamespace as the partner's id()), so its pairing cannot be read`, r)];
    }
    return [violation(ITEM, `${label} '${r.name}' is in no Geo-disaster recovery pairing: prod requires a ${aliasType} whose namespaceName and partnerNamespace refer to it and to another namespace of the stack (Azure keeps no backup of messages; the pairing keeps the namespace through a region loss)`, r)];
}

/**
 * A Managed HSM: Azure Backup does not protect it; soft delete with a retention window, and purge
 * protection so a deleted HSM cannot be purged inside it, are its recovery mechanism (as a Key Vault's).
 */
function managedHsm(r: StackResource, ctx: BackupContext): Finding[] {
    const label = "managed HSM";
    const days = at(r.props, ["properties", "softDeleteRetentionInDays"]);
    const purge = at(r.props, ["properties", "enablePurgeProtection"]);
    const required = Math.min(ctx.minimumRetentionDays, 90);
    const findings: Finding[] = [];
    if (isUnknown(days)) {
        findings.push(undecided(ITEM, `${label} '${r.name}' properties.softDeleteRetentionInDays is unknown in preview`, r));
    } else if (asNumber(days) === undefined) {
        findings.push(violation(ITEM, `${label} '${r.name}' does not set properties.softDeleteRetentionInDays; the platform's documented default (90) is not relied upon`, r));
    } else if (asNumber(days)! < required) {
        findings.push(violation(ITEM, `${label} '${r.name}' properties.softDeleteRetentionInDays is ${String(days)}; at least ${required} days are required`, r));
    }
    if (isUnknown(purge)) {
        findings.push(undecided(ITEM, `${label} '${r.name}' properties.enablePurgeProtection is unknown in preview`, r));
    } else if (purge !== true) {
        findings.push(violation(ITEM, `${label} '${r.name}' properties.enablePurgeProtection is '${String(purge)}'; it must be true, or a deleted HSM and its keys can be purged before the retention ends`, r));
    }
    return findings;
}

/** The judges of the types that keep their own backups, by type. */
export const OWN_BACKUP_JUDGES: Readonly<Record<string, Judge>> = {
    [OWN_BACKUP_TYPES.sqlDatabase]: sqlDatabase,
    [OWN_BACKUP_TYPES.cosmosAccount]: cosmosAccount,
    [OWN_BACKUP_TYPES.serviceBusNamespace]: brokerNamespace,
    [OWN_BACKUP_TYPES.eventHubNamespace]: brokerNamespace,
    [OWN_BACKUP_TYPES.managedHsm]: managedHsm,
};

/** Resources these judges read besides the judged types: a policy lists them as evidence. */
export const OWN_BACKUP_EVIDENCE: readonly string[] = [
    OWN_BACKUP_TYPES.sqlServer, OWN_BACKUP_TYPES.sqlShortTermRetention, OWN_BACKUP_TYPES.sqlLongTermRetention,
    OWN_BACKUP_TYPES.serviceBusAlias, OWN_BACKUP_TYPES.eventHubAlias,
];
