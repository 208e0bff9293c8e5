import * as assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { setToday } from "../lib/clock";
import { compliantStack, TODAY } from "../lib/fixtures";
import { run, messages } from "../lib/testing";
import { managedDisk, sqlFirewallRule, sqlServerAndDatabase } from "../lib/unassessed-fixtures";
import { missingBackupAssessment as policy } from "./missing-backup-assessment";

const DISK = "[unassessed] azure-native:compute:Disk 'orders-disk' needs backup evidence (retention, frequency, redundancy; geo-redundancy in prod), "
    + "and no policy of the pack judges that for this type yet; it fails until one does (policy/lib/catalogue.ts), or a waiver with a reason covers it where the item is waivable";

const waiver = {
    item: "security.backups",
    resources: ["orders-disk"],
    reason: "the disk's snapshots are copied to the paired region by a nightly job until the pack judges them",
    approver: "sre-lead@example.com",
    author: "dev@example.com",
    expires: "2027-01-31",
};

describe("missing-backup-assessment", () => {
    before(() => setToday(TODAY));
    after(() => setToday(undefined));

    it("passes the compliant stack: the pack judges the backups of every stateful type in it", async () => {
        assert.deepEqual(await messages(policy, compliantStack()), []);
    });

    it("fails a managed disk, naming it (Azure Disk Backup keeps snapshots outside the vault, so geo-redundancy cannot be shown)", async () => {
        assert.deepEqual(await messages(policy, [...compliantStack(), managedDisk()]), [DISK]);
    });

    it("leaves an Azure SQL server and database to missing-backups, which judges the database's backups", async () => {
        assert.deepEqual(await messages(policy, [...compliantStack(), ...sqlServerAndDatabase()]), []);
    });

    it("fails an unknown type of a stateful module unless a property refers it to a catalogued resource", async () => {
        const hollow = [...compliantStack(), ...sqlServerAndDatabase(), sqlFirewallRule(false)];
        assert.deepEqual(await messages(policy, hollow), [
            "[unassessed] azure-native:sql:FirewallRule 'orders-sql-office' is of the stateful module 'sql' but not a type the pack knows (policy/lib/catalogue.ts), "
                + "nor a sub-resource of one (no property refers to one), so its backup evidence (retention, frequency, redundancy; geo-redundancy in prod) cannot be judged",
        ]);
        assert.deepEqual(await messages(policy, [...compliantStack(), ...sqlServerAndDatabase(), sqlFirewallRule(true)]), []);
    });

    it("is waivable with a reason in QA", async () => {
        const reports = await run(policy, [...compliantStack(), managedDisk()], { waivers: [waiver] }, "qa");
        assert.deepEqual(reports.map((r) => [r.message, r.enforcementLevel]), [[
            `[waived] ${DISK} (reason: ${waiver.reason}; approver: sre-lead@example.com; expires: 2027-01-31)`, "advisory",
        ]]);
    });

    it("is not waivable in prod: the finding stands and the waiver fails the item as not checked", async () => {
        const reports = await messages(policy, [...compliantStack(), managedDisk()], { waivers: [waiver] });
        assert.equal(reports.length, 2);
        assert.equal(reports[0], DISK);
        assert.match(reports[1], /^\[not-checked\] .*never waivable in prod/);
    });
});
