import * as assert from "node:assert/strict";
import { describe, it } from "node:test";
import { isoDurationDays, isoDurationHours } from "../lib/durations";
import { compliantStack } from "../lib/fixtures";
import { cosmosAccount, managedHsm, serviceBusPair, sqlStack } from "../lib/stateful-fixtures";
import { editing, messages, ResourceSpec, run, without } from "../lib/testing";
import { UNKNOWN } from "../lib/values";
import { missingBackups as policy } from "./missing-backups";

const POLICY = "shop-backup-policy";
const NOT_COVERED = "azure-native:storage:StorageAccount 'shopdata' is not covered by a backup (a azure-native:dataprotection:BackupInstance or azure-native:recoveryservices:ProtectedItem whose data source refers to it; dependsOn proves nothing)";

function retention(duration: string) {
    return editing(compliantStack(), POLICY, (r) => {
        const rules = (r.props.properties as { policyRules: { lifecycles: { deleteAfter: { duration: string } }[] }[] }).policyRules;
        rules[0].lifecycles[0].deleteAfter.duration = duration;
    });
}

function qa(stack: ReturnType<typeof compliantStack>) {
    return JSON.parse(JSON.stringify(stack).replace(/"environment":"prod"/g, "\"environment\":\"qa\"")) as ReturnType<typeof compliantStack>;
}

describe("missing-backups", () => {
    it("passes storage backed up for 30 days and a key vault with 90 days soft delete", async () => {
        assert.deepEqual(await messages(policy, compliantStack()), []);
    });

    it("fails storage without a backup instance", async () => {
        assert.deepEqual(await messages(policy, without(compliantStack(), "shopdata-backup")), [
            NOT_COVERED,
        ]);
    });

    it("fails retention below the floor and honours a configured floor", async () => {
        assert.deepEqual(await messages(policy, retention("P7D")), ["the backup of 'shopdata' keeps 7 days (policy 'shop-backup-policy'); at least 30 days are required"]);
        assert.deepEqual(await messages(policy, retention("P7D"), { minimumRetentionDays: 7 }, "qa"), []);
    });

    it("in prod, minimumRetentionDays below 30 fails the item as not checked and the check runs at 30", async () => {
        assert.deepEqual((await run(policy, retention("P7D"), { minimumRetentionDays: 1 })).map((r) => [r.message, r.enforcementLevel]), [
            ["the backup of 'shopdata' keeps 7 days (policy 'shop-backup-policy'); at least 30 days are required", "mandatory"],
            ["[not-checked] security.backups not checked as prod requires: missing-backups's policy config sets minimumRetentionDays 1, below the prod floor 30; the item fails until the setting is removed (the check ran at 30)", "mandatory"],
        ]);
        assert.deepEqual(await messages(policy, retention("P35D"), { minimumRetentionDays: 35 }), []);
    });

    it("is undecided when the backup policy is not in the stack", async () => {
        assert.deepEqual(await messages(policy, without(compliantStack(), POLICY)), [
            "[undecided] backup item 'shopdata-backup' of 'shopdata' names no azure-native:dataprotection:BackupPolicy of the stack as its policy (properties.policyInfo.policyId), so its retention, frequency and vault cannot be checked",
        ]);
    });

    it("fails a key vault with short soft-delete retention", async () => {
        const stack = editing(compliantStack(), "shop-kv", (r) => { (r.props.properties as Record<string, unknown>).softDeleteRetentionInDays = 7; });
        assert.deepEqual(await messages(policy, stack), ["key vault 'shop-kv' properties.softDeleteRetentionInDays is 7; at least 30 days are required"]);
    });

    it("fails a key vault without soft-delete retention", async () => {
        const stack = editing(compliantStack(), "shop-kv", (r) => { delete (r.props.properties as Record<string, unknown>).softDeleteRetentionInDays; });
        assert.deepEqual(await messages(policy, stack), [
            "key vault 'shop-kv' does not set properties.softDeleteRetentionInDays; the platform's documented default (90) is not relied upon",
        ]);
    });

    it("checks PostgreSQL backup retention, and geo-redundant backup in prod", async () => {
        const server = (backup: unknown) => ({ type: "azure-native:dbforpostgresql:Server", name: "shop-db", protect: true, props: { backup } });
        assert.deepEqual(await messages(policy, [...compliantStack(), server({ backupRetentionDays: 35, geoRedundantBackup: "Enabled" })]), []);
        assert.deepEqual(await messages(policy, [...compliantStack(), server({ backupRetentionDays: 7, geoRedundantBackup: "Enabled" })]), [
            "PostgreSQL server 'shop-db' backup.backupRetentionDays is 7; at least 30 days are required",
        ]);
        assert.deepEqual(await messages(policy, [...compliantStack(), server(undefined)]), [
            "PostgreSQL server 'shop-db' does not set backup.backupRetentionDays; the platform's documented default (7 days) would apply, below the 30-day floor",
            "PostgreSQL server 'shop-db' backup.geoRedundantBackup is 'unset (default Disabled)'; prod requires Enabled so a region loss cannot lose the backups",
        ]);
        assert.deepEqual(await messages(policy, [...compliantStack(), server({ backupRetentionDays: UNKNOWN, geoRedundantBackup: "Enabled" })]), [
            "[undecided] PostgreSQL server 'shop-db' backup.backupRetentionDays is unknown in preview",
        ]);
        assert.deepEqual(await messages(policy, [...compliantStack(), server({ backupRetentionDays: 35, geoRedundantBackup: "Disabled" })]), [
            "PostgreSQL server 'shop-db' backup.geoRedundantBackup is 'Disabled'; prod requires Enabled so a region loss cannot lose the backups",
        ]);
        assert.deepEqual(await messages(policy, qa([...compliantStack(), server({ backupRetentionDays: 7, geoRedundantBackup: "Disabled" })]), { minimumRetentionDays: 7 }, "qa"), []);
    });

    it("checks MySQL flexible servers' own backups the same way", async () => {
        const server = { type: "azure-native:dbformysql:Server", name: "shop-mysql", props: { backup: { backupRetentionDays: 3, geoRedundantBackup: "Disabled" } } };
        assert.deepEqual(await messages(policy, [...compliantStack(), server]), [
            "MySQL server 'shop-mysql' backup.backupRetentionDays is 3; at least 30 days are required",
            "MySQL server 'shop-mysql' backup.geoRedundantBackup is 'Disabled'; prod requires Enabled so a region loss cannot lose the backups",
        ]);
    });

    it("does not count a backup instance that protects another account and only dependsOn the real one and a 30-day policy", async () => {
        const hollow = [
            ...without(compliantStack(), "shopdata-backup"),
            { type: "azure-native:storage:StorageAccount", name: "scratch", props: { accountName: "shopscratch" } },
            {
                type: "azure-native:dataprotection:BackupPolicy", name: "one-day",
                props: { vaultName: UNKNOWN, backupPolicyName: "one-day", properties: { objectType: "BackupPolicy", datasourceTypes: ["Microsoft.Storage/storageAccounts/blobServices"],
                    policyRules: [{ name: "Default", objectType: "AzureRetentionRule", isDefault: true, lifecycles: [{ deleteAfter: { objectType: "AbsoluteDeleteOption", duration: "P1D" },
                        sourceDataStore: { dataStoreType: "OperationalStore", objectType: "DataStoreInfoBase" } }] }] } },
                propertyDependencies: { vaultName: ["shop-backup-vault"] },
            },
            {
                type: "azure-native:dataprotection:BackupInstance", name: "shopdata-backup",
                props: { vaultName: UNKNOWN, properties: { dataSourceInfo: { resourceID: UNKNOWN }, policyInfo: { policyId: UNKNOWN } } },
                propertyDependencies: { properties: ["scratch", "one-day"] },
                dependencies: ["shopdata", POLICY],
            },
        ];
        assert.deepEqual(await messages(policy, hollow), [
            NOT_COVERED,
            "the backup of 'scratch' keeps 1 days (policy 'one-day'); at least 30 days are required",
        ]);
    });

    it("does not count an instance whose data source is a literal id of another account, even with a property dependency on the real one", async () => {
        const stack = editing(compliantStack(), "shopdata-backup", (r) => {
            (r.props.properties as { dataSourceInfo: { resourceID: string } }).dataSourceInfo.resourceID = "/subscriptions/s/resourceGroups/g/providers/Microsoft.Storage/storageAccounts/otheraccount";
        });
        assert.deepEqual(await messages(policy, stack), [NOT_COVERED]);
        const literalOwn = editing(compliantStack(), "shopdata-backup", (r) => {
            (r.props.properties as { dataSourceInfo: { resourceID: string } }).dataSourceInfo.resourceID = "/subscriptions/s/resourceGroups/g/providers/Microsoft.Storage/storageAccounts/shopproddata";
        });
        assert.deepEqual(await messages(policy, literalOwn), []);
    });

    it("is undecided when one instance's properties refer to several stateful resources", async () => {
        const stack = editing([...compliantStack(), { type: "azure-native:storage:StorageAccount", name: "other", props: { accountName: "shopother" } }],
            "shopdata-backup", (r) => { r.propertyDependencies = { properties: ["shopdata", "other", POLICY] }; });
        assert.deepEqual(await messages(policy, stack), [
            "[undecided] azure-native:storage:StorageAccount 'shopdata' is referred to by backup items ('shopdata-backup') whose properties refer to several stateful resources, so which one each protects cannot be told",
            "[undecided] azure-native:storage:StorageAccount 'other' is referred to by backup items ('shopdata-backup') whose properties refer to several stateful resources, so which one each protects cannot be told",
        ]);
        // A Key Vault the item's properties also refer to (its credentials) is not a data source candidate.
        const withVault = editing(compliantStack(), "shopdata-backup", (r) => { r.propertyDependencies = { properties: ["shopdata", "shop-kv", POLICY] }; });
        assert.deepEqual(await messages(policy, withVault), []);
    });

    it("fails a vault that is not geo-redundant in prod, and accepts a locally redundant one in QA", async () => {
        const local = editing(compliantStack(), "shop-backup-vault", (r) => { r.props.properties = { storageSettings: [{ datastoreType: "VaultStore", type: "LocallyRedundant" }] }; });
        assert.deepEqual(await messages(policy, local), [
            "backup vault 'shop-backup-vault' (backing up 'shopdata') stores backups LocallyRedundant; prod requires GeoRedundant so a region loss cannot lose them",
        ]);
        assert.deepEqual(await messages(policy, qa(local), {}, "qa"), []);
        const unset = editing(compliantStack(), "shop-backup-vault", (r) => { delete r.props.properties; });
        assert.deepEqual(await messages(policy, unset), [
            "backup vault 'shop-backup-vault' (backing up 'shopdata') sets no properties.storageSettings redundancy; GeoRedundant is required",
        ]);
    });

    it("is undecided when the policy's vault is not in the stack (dependsOn does not relate them)", async () => {
        const stack = editing(compliantStack(), POLICY, (r) => { r.propertyDependencies = {}; r.dependencies = ["shop-backup-vault"]; });
        assert.deepEqual(await messages(policy, stack), [
            "[undecided] the backup of 'shopdata' follows policy 'shop-backup-policy', whose vault (vaultName) refers to no azure-native:dataprotection:BackupVault in the stack, so its redundancy cannot be read",
        ]);
    });

    it("fails a scheduled policy that backs up less often than every 24 hours, and honours a prod ceiling", async () => {
        const weekly = (interval: string) => editing(compliantStack(), POLICY, (r) => {
            const rules = (r.props.properties as { policyRules: unknown[] }).policyRules;
            rules[0] = { name: "Default", objectType: "AzureRetentionRule", isDefault: true,
                lifecycles: [{ deleteAfter: { objectType: "AbsoluteDeleteOption", duration: "P90D" }, sourceDataStore: { dataStoreType: "VaultStore", objectType: "DataStoreInfoBase" } }] };
            rules.push({ name: "BackupDaily", objectType: "AzureBackupRule", dataStore: { dataStoreType: "VaultStore", objectType: "DataStoreInfoBase" },
                backupParameters: { objectType: "AzureBackupParams", backupType: "Discrete" },
                trigger: { objectType: "ScheduleBasedTriggerContext", schedule: { repeatingTimeIntervals: [`R/2024-01-01T02:00:00+00:00/${interval}`] },
                    taggingCriteria: [{ isDefault: true, taggingPriority: 99, tagInfo: { tagName: "Default" } }] } });
        });
        assert.deepEqual(await messages(policy, weekly("P1D")), []);
        assert.deepEqual(await messages(policy, weekly("PT4H")), []);
        assert.deepEqual(await messages(policy, weekly("P1W")), [
            "the backup of 'shopdata' runs every 168 hours (policy 'shop-backup-policy'); at most 24 hours between backups are allowed",
        ]);
        assert.deepEqual(await messages(policy, weekly("P1W"), { maximumHoursBetweenBackups: 168 }, "qa"), []);
        assert.deepEqual(await messages(policy, weekly("P1D"), { maximumHoursBetweenBackups: 168 }), [
            "[not-checked] security.backups not checked as prod requires: missing-backups's policy config sets maximumHoursBetweenBackups 168, above the prod ceiling 24; the item fails until the setting is removed (the check ran at 24)",
        ]);
    });

    it("accepts a Recovery Services protected item by reference in QA, and is undecided on its vault's redundancy in prod", async () => {
        const stack = [
            ...without(compliantStack(), "shopdata-backup"),
            { type: "azure-native:recoveryservices:Vault", name: "rs-vault", props: { vaultName: "shop-rsv", sku: { name: "Standard" } } },
            {
                type: "azure-native:recoveryservices:ProtectionPolicy", name: "rs-policy",
                props: { vaultName: UNKNOWN, policyName: "daily", properties: { schedulePolicy: { scheduleRunFrequency: "Daily" }, retentionPolicy: { dailySchedule: { retentionDuration: { count: 45, durationType: "Days" } } } } },
                propertyDependencies: { vaultName: ["rs-vault"] },
            },
            { type: "azure-native:recoveryservices:ProtectedItem", name: "rs-item", props: { properties: { sourceResourceId: UNKNOWN, policyId: UNKNOWN } }, propertyDependencies: { properties: ["shopdata", "rs-policy"] } },
        ];
        assert.deepEqual(await messages(policy, qa(stack), {}, "qa"), []);
        assert.deepEqual(await messages(policy, stack), [
            "[undecided] the backup of 'shopdata' is kept in Recovery Services vault 'rs-vault', whose storage redundancy the stack cannot show (an output only at API 2023-04-01); prod requires GeoRedundant",
        ]);
        const dependsOnly = editing(stack, "rs-item", (r) => { r.propertyDependencies = {}; r.dependencies = ["shopdata", "rs-policy"]; });
        assert.deepEqual(await messages(policy, qa(dependsOnly), {}, "qa"), [NOT_COVERED]);
    });

    it("fails a stack without stateful resources", async () => {
        assert.deepEqual(await messages(policy, []), [
            "no stateful resource found to back up (expected one of azure-native:storage:StorageAccount, azure-native:dbforpostgresql:Server, azure-native:dbformysql:Server, azure-native:sql:Database, azure-native:documentdb:DatabaseAccount, azure-native:servicebus:Namespace, azure-native:eventhub:Namespace, azure-native:keyvault:Vault, azure-native:keyvault:ManagedHsm); backups cannot pass vacuously",
        ]);
    });

    it("reads ISO-8601 schedule intervals in hours", () => {
        assert.deepEqual(["PT4H", "P1D", "P1W", "PT30M", "P1DT12H", "PT90S", "P1M", "PT", 24].map(isoDurationHours), [4, 24, 168, 0.5, 36, 0.025, undefined, undefined, undefined]);
    });

    it("reads ISO-8601 retention durations", () => {
        assert.deepEqual(["P30D", "P4W", "P1Y", "P6M", "P1Y2D", "30D", "P", 30].map(isoDurationDays), [30, 28, 365, 180, 367, undefined, undefined, undefined]);
    });
});

describe("missing-backups: stateful types that keep their own backups", () => {
    const withSql = (...edits: [string, (r: ReturnType<typeof sqlStack>[number]) => void][]) =>
        edits.reduce((stack, [name, edit]) => editing(stack, name, edit), [...compliantStack(), ...sqlStack()]);

    it("passes an Azure SQL database with 30-day point-in-time backups of its own and Geo backup storage", async () => {
        assert.deepEqual(await messages(policy, [...compliantStack(), ...sqlStack()]), []);
    });

    it("fails a SQL database whose retention policy is another database's, or shorter than the floor", async () => {
        const other = { type: "azure-native:sql:Database", name: "scratch-db", props: { serverName: UNKNOWN, databaseName: "scratch", requestedBackupStorageRedundancy: "Geo" },
            propertyDependencies: { serverName: ["orders-sql"] } };
        // The 30-day policy refers to another database, and merely dependsOn the real one.
        const elsewhere = editing([...compliantStack(), ...sqlStack(), other], "orders-db-pitr", (r) => {
            r.propertyDependencies = { serverName: ["orders-sql"], databaseName: ["scratch-db"] };
            r.dependencies = ["orders-db"];
        });
        assert.deepEqual(await messages(policy, elsewhere), [
            "SQL database 'orders-db' has no azure-native:sql:BackupShortTermRetentionPolicy whose databaseName refers to it; the platform's documented default (7 days) would apply, and at least 30 days are required",
        ]);
        assert.deepEqual(await messages(policy, withSql(["orders-db-pitr", (r) => { r.props.retentionDays = 7; }])), [
            "SQL database 'orders-db' keeps point-in-time backups 7 days ('orders-db-pitr' retentionDays); at least 30 days are required",
        ]);
        assert.deepEqual(await messages(policy, withSql(["orders-db-pitr", (r) => { r.props.retentionDays = UNKNOWN; }])), [
            "[undecided] SQL database 'orders-db' short-term retention (retentionDays) is unknown in preview",
        ]);
    });

    it("relates a literal databaseName only on the same server", async () => {
        const literal = (server: string) => withSql(["orders-db-pitr", (r) => {
            r.props = { ...r.props, databaseName: "orders", serverName: server };
            r.propertyDependencies = {};
        }]);
        assert.deepEqual(await messages(policy, literal("shop-prod-sql")), []);
        assert.deepEqual(await messages(policy, literal("other-sql")), [
            "SQL database 'orders-db' has no azure-native:sql:BackupShortTermRetentionPolicy whose databaseName refers to it; the platform's documented default (7 days) would apply, and at least 30 days are required",
        ]);
    });

    it("relates a databaseName that depends on the database by property, though the database's serverName refers to nothing (a Java program's server.name())", async () => {
        const serverUnknown = (policyDatabase: (r: ResourceSpec) => void) => withSql(["orders-db", (r) => { r.propertyDependencies = {}; }],
            ["orders-db-pitr", (r) => { r.props.serverName = "shop-prod-sql"; policyDatabase(r); }]);
        assert.deepEqual(await messages(policy, serverUnknown((r) => { r.propertyDependencies = { databaseName: ["orders-db"] }; })), []);
        // Named only by its literal name, the policy may be any server's 'orders': it is not this database's.
        assert.deepEqual(await messages(policy, serverUnknown((r) => { r.props.databaseName = "orders"; r.propertyDependencies = {}; })), [
            "SQL database 'orders-db' has no azure-native:sql:BackupShortTermRetentionPolicy whose databaseName refers to it; the platform's documented default (7 days) would apply, and at least 30 days are required",
        ]);
    });

    it("is undecided when a retention policy names its database by an unknown that refers to nothing (a Java program's database.name())", async () => {
        assert.deepEqual(await messages(policy, withSql(["orders-db-pitr", (r) => { r.propertyDependencies = { serverName: ["orders-sql"] }; }])), [
            "[undecided] SQL database 'orders-db' has no short-term retention policy of its own that the stack shows, and 'orders-db-pitr' names its database by a value unknown in preview "
                + "that refers to no resource (in a Java preview only id() carries a reference: write the database's Azure name), so whether one is its own cannot be told",
        ]);
    });

    it("in prod requires Geo or GeoZone backup storage of a SQL database, and never relies on the default", async () => {
        assert.deepEqual(await messages(policy, withSql(["orders-db", (r) => { r.props.requestedBackupStorageRedundancy = "Local"; }])), [
            "SQL database 'orders-db' requestedBackupStorageRedundancy is 'Local'; prod requires Geo or GeoZone so a region loss cannot lose the backups",
        ]);
        assert.deepEqual(await messages(policy, withSql(["orders-db", (r) => { delete r.props.requestedBackupStorageRedundancy; }])), [
            "SQL database 'orders-db' does not set requestedBackupStorageRedundancy; prod requires Geo or GeoZone so a region loss cannot lose the backups, and the pack never relies on a default",
        ]);
        assert.deepEqual(await messages(policy, qa(withSql(["orders-db", (r) => { r.props.requestedBackupStorageRedundancy = "Local"; }])), {}, "qa"), []);
    });

    it("needs a long-term retention policy when the floor is above the 35 days point-in-time restore keeps", async () => {
        const hollow = withSql(["orders-db-pitr", (r) => { r.props.retentionDays = 35; }]);
        const sql = async (stack: typeof hollow) => (await messages(policy, stack, { minimumRetentionDays: 90 })).filter((m) => m.startsWith("SQL"));
        assert.deepEqual(await sql(hollow), [
            "SQL database 'orders-db' keeps no backup 90 days: point-in-time restore stops at 35 days, and no azure-native:sql:LongTermRetentionPolicy of the database keeps one that long",
        ]);
        const ltr = { type: "azure-native:sql:LongTermRetentionPolicy", name: "orders-db-ltr",
            props: { serverName: UNKNOWN, databaseName: UNKNOWN, policyName: "default", weeklyRetention: "P13W" },
            propertyDependencies: { serverName: ["orders-sql"], databaseName: ["orders-db"] } };
        assert.deepEqual(await sql([...hollow, ltr]), []);
    });

    it("passes a Cosmos DB account with 30-day continuous backups over two regions", async () => {
        assert.deepEqual(await messages(policy, [...compliantStack(), cosmosAccount()]), []);
    });

    it("fails a Cosmos DB account without a backup policy, with 7-day continuous backups, or in one region in prod", async () => {
        const edit = (f: (props: Record<string, unknown>) => void) => [...compliantStack(), (() => { const c = cosmosAccount(); f(c.props); return c; })()];
        assert.deepEqual(await messages(policy, edit((p) => { delete p.backupPolicy; })), [
            "Cosmos DB account 'orders-cosmos' does not set backupPolicy; the platform's documented default (periodic, every 4 hours, kept 8 hours) would apply, below the 30-day floor",
        ]);
        assert.deepEqual(await messages(policy, edit((p) => { p.backupPolicy = { type: "Continuous", continuousModeProperties: { tier: "Continuous7Days" } }; })), [
            "Cosmos DB account 'orders-cosmos' keeps continuous backups 7 days (Continuous7Days); at least 30 days are required",
        ]);
        assert.deepEqual(await messages(policy, edit((p) => { p.backupPolicy = { type: "Continuous" }; })), [
            "Cosmos DB account 'orders-cosmos' does not set backupPolicy.continuousModeProperties.tier; the pack never relies on the platform's default tier; a tier keeping at least 30 days is required",
        ]);
        assert.deepEqual(await messages(policy, edit((p) => { p.locations = [{ locationName: "West Europe" }]; })), [
            "Cosmos DB account 'orders-cosmos' has continuous backups in 1 region(s): continuous backups are kept in the account's own regions, so prod requires at least two locations so a region loss cannot lose them",
        ]);
    });

    it("judges a periodic Cosmos DB backup policy's interval, retention and storage redundancy", async () => {
        const periodic = (properties: Record<string, unknown>) => {
            const c = cosmosAccount();
            c.props.backupPolicy = { type: "Periodic", periodicModeProperties: properties };
            return [...compliantStack(), c];
        };
        assert.deepEqual(await messages(policy, periodic({ backupIntervalInMinutes: 240, backupRetentionIntervalInHours: 720, backupStorageRedundancy: "Geo" })), []);
        assert.deepEqual(await messages(policy, periodic({ backupIntervalInMinutes: 1440 * 2, backupRetentionIntervalInHours: 8, backupStorageRedundancy: "Local" })), [
            "Cosmos DB account 'orders-cosmos' backs up every 2880 minutes; at most 24 hours between backups are allowed",
            "Cosmos DB account 'orders-cosmos' keeps each backup 8 hours; at least 30 days (720 hours) are required",
            "Cosmos DB account 'orders-cosmos' backupPolicy.periodicModeProperties.backupStorageRedundancy is 'Local'; prod requires Geo so a region loss cannot lose the backups",
        ]);
    });

    it("in prod requires a Service Bus namespace to be one side of a Geo-DR pairing of the stack", async () => {
        assert.deepEqual(await messages(policy, [...compliantStack(), ...serviceBusPair()]), []);
        // The alias only dependsOn the second namespace: its partner is a literal id of a namespace elsewhere.
        const hollow = editing([...compliantStack(), ...serviceBusPair()], "shop-bus-alias", (r) => {
            r.props.partnerNamespace = "/subscriptions/s/resourceGroups/g/providers/Microsoft.ServiceBus/namespaces/elsewhere";
            r.propertyDependencies = { namespaceName: ["shop-bus"] };
            r.dependencies = ["shop-bus-dr"];
        });
        const unpaired = (name: string) => `Service Bus namespace '${name}' is in no Geo-disaster recovery pairing: prod requires a azure-native:servicebus:DisasterRecoveryConfig whose namespaceName and partnerNamespace refer to it and to another namespace of the stack (Azure keeps no backup of messages; the pairing keeps the namespace through a region loss)`;
        assert.deepEqual(await messages(policy, hollow), [unpaired("shop-bus"), unpaired("shop-bus-dr")]);
        assert.deepEqual(await messages(policy, qa(hollow), {}, "qa"), []);
        // The alias names its namespace by an unknown that refers to nothing: the pairing cannot be read.
        const blind = editing([...compliantStack(), ...serviceBusPair()], "shop-bus-alias", (r) => { r.propertyDependencies = { partnerNamespace: ["shop-bus-dr"] }; });
        assert.deepEqual((await messages(policy, blind))[0],
            "[undecided] Service Bus namespace 'shop-bus': azure-native:servicebus:DisasterRecoveryConfig 'shop-bus-alias' names a namespace by a value unknown in preview that refers to no resource (write namespaceName as the namespace's Azure name, partnerNamespace as the partner's id()), so its pairing cannot be read");
        // As a Java program writes it: the namespace's literal Azure name, the partner's id().
        const literal = editing([...compliantStack(), ...serviceBusPair()], "shop-bus-alias", (r) => {
            r.props.namespaceName = "shop-prod-bus";
            r.propertyDependencies = { partnerNamespace: ["shop-bus-dr"] };
        });
        assert.deepEqual(await messages(policy, literal), []);
        // Paired, but both in one region: a region loss takes both.
        const oneRegion = [...compliantStack(), ...serviceBusPair()].map((r) => r.type === "azure-native:servicebus:Namespace" ? { ...r, props: { ...r.props, location: "West Europe" } } : r);
        assert.deepEqual(await messages(policy, oneRegion), [
            "Service Bus namespace 'shop-bus' is paired only with 'shop-bus-dr' in its own region (location 'West Europe'); a Geo-DR pairing must cross regions to outlive a region loss",
            "Service Bus namespace 'shop-bus-dr' is paired only with 'shop-bus' in its own region (location 'West Europe'); a Geo-DR pairing must cross regions to outlive a region loss",
        ]);
    });

    it("judges a Managed HSM by soft-delete retention and purge protection", async () => {
        assert.deepEqual(await messages(policy, [...compliantStack(), managedHsm()]), []);
        const hsm = managedHsm();
        hsm.props.properties = { tenantId: "t", enableSoftDelete: true, enablePurgeProtection: false, softDeleteRetentionInDays: 7 };
        assert.deepEqual(await messages(policy, [...compliantStack(), hsm]), [
            "managed HSM 'shop-hsm' properties.softDeleteRetentionInDays is 7; at least 30 days are required",
            "managed HSM 'shop-hsm' properties.enablePurgeProtection is 'false'; it must be true, or a deleted HSM and its keys can be purged before the retention ends",
        ]);
    });
});
