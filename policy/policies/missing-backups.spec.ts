import * as assert from "node:assert/strict";
import { describe, it } from "node:test";
import { isoDurationDays } from "../lib/durations";
import { compliantStack } from "../lib/fixtures";
import { editing, messages, run, without } from "../lib/testing";
import { UNKNOWN } from "../lib/values";
import { missingBackups as policy } from "./missing-backups";

const POLICY = "shop-backup-policy";

function retention(duration: string) {
    return editing(compliantStack(), POLICY, (r) => {
        const rules = (r.props.properties as { policyRules: { lifecycles: { deleteAfter: { duration: string } }[] }[] }).policyRules;
        rules[0].lifecycles[0].deleteAfter.duration = duration;
    });
}

describe("missing-backups", () => {
    it("passes storage backed up for 30 days and a key vault with 90 days soft delete", async () => {
        assert.deepEqual(await messages(policy, compliantStack()), []);
    });

    it("fails storage without a backup instance", async () => {
        assert.deepEqual(await messages(policy, without(compliantStack(), "shopdata-backup")), [
            "azure-native:storage:StorageAccount 'shopdata' is not covered by a backup (a azure-native:dataprotection:BackupInstance or azure-native:recoveryservices:ProtectedItem that depends on it)",
        ]);
    });

    it("fails retention below the floor and honours a configured floor", async () => {
        assert.deepEqual(await messages(policy, retention("P7D")), ["the backup of 'shopdata' keeps 7 days; at least 30 days are required"]);
        assert.deepEqual(await messages(policy, retention("P7D"), { minimumRetentionDays: 7 }, "qa"), []);
    });

    it("in prod, minimumRetentionDays below 30 fails the item as not checked and the check runs at 30", async () => {
        assert.deepEqual((await run(policy, retention("P7D"), { minimumRetentionDays: 1 })).map((r) => [r.message, r.enforcementLevel]), [
            ["the backup of 'shopdata' keeps 7 days; at least 30 days are required", "mandatory"],
            ["[not-checked] security.backups not checked as prod requires: missing-backups's policy config sets minimumRetentionDays 1, below the prod floor 30; the item fails until the setting is removed (the check ran at 30)", "mandatory"],
        ]);
        assert.deepEqual(await messages(policy, retention("P35D"), { minimumRetentionDays: 35 }), []);
    });

    it("is undecided when the backup policy is not in the stack", async () => {
        assert.deepEqual(await messages(policy, without(compliantStack(), POLICY)), [
            "[undecided] the backup of 'shopdata' has no backup policy in the stack with a readable retention, so its retention cannot be checked",
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

    it("checks PostgreSQL backup retention", async () => {
        const server = (backup: unknown) => ({ type: "azure-native:dbforpostgresql:Server", name: "shop-db", protect: true, props: { backup } });
        assert.deepEqual(await messages(policy, [...compliantStack(), server({ backupRetentionDays: 35 })]), []);
        assert.deepEqual(await messages(policy, [...compliantStack(), server({ backupRetentionDays: 7 })]), [
            "PostgreSQL server 'shop-db' backup.backupRetentionDays is 7; at least 30 days are required",
        ]);
        assert.deepEqual(await messages(policy, [...compliantStack(), server(undefined)]), [
            "PostgreSQL server 'shop-db' does not set backup.backupRetentionDays; the platform's documented default (7 days) would apply, below the 30-day floor",
        ]);
        assert.deepEqual(await messages(policy, [...compliantStack(), server({ backupRetentionDays: UNKNOWN })]), [
            "[undecided] PostgreSQL server 'shop-db' backup.backupRetentionDays is unknown in preview",
        ]);
    });

    it("accepts a Recovery Services protected item with its policy's daily retention", async () => {
        const stack = [
            ...without(compliantStack(), "shopdata-backup"),
            { type: "azure-native:recoveryservices:ProtectionPolicy", name: "rs-policy", props: { properties: { retentionPolicy: { dailySchedule: { retentionDuration: { count: 45, durationType: "Days" } } } } } },
            { type: "azure-native:recoveryservices:ProtectedItem", name: "rs-item", props: {}, dependencies: ["shopdata", "rs-policy"] },
        ];
        assert.deepEqual(await messages(policy, stack), []);
    });

    it("fails a stack without stateful resources", async () => {
        assert.deepEqual(await messages(policy, []), [
            "no stateful resource found to back up (expected one of azure-native:storage:StorageAccount, azure-native:dbforpostgresql:Server, azure-native:keyvault:Vault); backups cannot pass vacuously",
        ]);
    });

    it("reads ISO-8601 retention durations", () => {
        assert.deepEqual(["P30D", "P4W", "P1Y", "P6M", "P1Y2D", "30D", "P", 30].map(isoDurationDays), [30, 28, 365, 180, 367, undefined, undefined, undefined]);
    });
});
