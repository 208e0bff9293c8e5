import * as assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { disallowPublicBlobAccess } from "../policies/disallow-public-blob-access";
import { enforceTlsFloor } from "../policies/enforce-tls-floor";
import { setToday } from "./clock";
import { compliantStack, TODAY } from "./fixtures";
import { violation } from "./findings";
import { readinessPolicy } from "./readiness-policy";
import { editing, run, ResourceSpec } from "./testing";
import { globMatches, waiverProblems } from "./waivers";

// The SDK's own error class (internal, so untyped): thrown by its proxy on unknown values.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { UnknownValueError } = require("@pulumi/policy/proxy") as { UnknownValueError: new (sentinel: string, path: string[]) => Error };

const PUBLIC = editing(compliantStack(), "shopdata", (r) => { r.props.allowBlobPublicAccess = true; });
const FINDING = "storage account 'shopdata' allowBlobPublicAccess is 'true'; it must be false";
const WAIVER = { resources: ["shopdata"], reason: "public product images, reviewed by security", approver: "sre-lead@example.com",
    author: "dana.lee@example.com", expires: "2026-12-31" };

function qa(stack: ResourceSpec[]): ResourceSpec[] {
    return JSON.parse(JSON.stringify(stack).replace(/"environment":"prod"/g, "\"environment\":\"qa\"").replace(/env:prod/g, "env:qa"));
}

// A waivable policy over the same evidence, to test waivers in prod.
const waivable = readinessPolicy({
    name: "missing-test-evidence", description: "test", items: ["tech.playbooks"], waivableInProd: true, evidenceTypes: [], defaults: {},
    check: (stack) => stack.ofType("azure-native:storage:StorageAccount").map((r) => violation("tech.playbooks", `finding on '${r.name}'`, r)),
});

describe("waivers", () => {
    before(() => setToday(TODAY));
    after(() => setToday(undefined));

    it("a valid waiver turns the violation into an advisory [waived] finding with reason, approver and expiry", async () => {
        const reports = await run(waivable, compliantStack(), { waivers: [WAIVER] });
        assert.deepEqual(reports, [{
            message: "[waived] finding on 'shopdata' (reason: public product images, reviewed by security; approver: sre-lead@example.com; expires: 2026-12-31)",
            urn: "urn:pulumi:prod::shop::azure-native:storage:StorageAccount::shopdata",
            enforcementLevel: "advisory",
        }]);
    });

    it("covers stack-wide findings with the pseudo-name 'stack'", async () => {
        const stackWide = readinessPolicy({
            name: "missing-test-stack", description: "t", items: ["tech.playbooks"], waivableInProd: true, evidenceTypes: [], defaults: {},
            check: () => [violation("tech.playbooks", "nothing in the stack")],
        });
        assert.deepEqual((await run(stackWide, [], { waivers: [{ ...WAIVER, resources: ["stack"] }] })).map((r) => r.message),
            ["[waived] nothing in the stack (reason: public product images, reviewed by security; approver: sre-lead@example.com; expires: 2026-12-31)"]);
        assert.deepEqual((await run(stackWide, [], { waivers: [WAIVER] })).map((r) => r.message), ["nothing in the stack"]);
    });

    it("matches resources by URN glob", async () => {
        const reports = await run(waivable, compliantStack(), { waivers: [{ ...WAIVER, resources: ["urn:pulumi:prod::shop::azure-native:storage:*"] }] });
        assert.equal(reports[0].message.startsWith("[waived] "), true);
    });

    it("does not cover other resources or other items", async () => {
        const other = await run(waivable, compliantStack(), { waivers: [{ ...WAIVER, resources: ["shop-kv"] }] });
        assert.deepEqual(other.map((r) => r.message), ["finding on 'shopdata'"]);
    });

    it("an expired waiver is itself a violation and waives nothing", async () => {
        const reports = await run(waivable, compliantStack(), { waivers: [{ ...WAIVER, expires: "2026-11-26" }] });
        assert.deepEqual(reports.map((r) => [r.message, r.enforcementLevel]), [
            ["expired waiver #1 (shopdata) for missing-test-evidence: expired on 2026-11-26 (approver: sre-lead@example.com); renew it or fix the findings", undefined],
            ["finding on 'shopdata'", undefined],
        ]);
    });

    it("a waiver is still valid on its expiry day", async () => {
        const reports = await run(waivable, compliantStack(), { waivers: [{ ...WAIVER, expires: TODAY }] });
        assert.equal(reports[0].message.startsWith("[waived] "), true);
    });

    it("a malformed waiver is a violation naming every problem", async () => {
        const reports = await run(waivable, compliantStack(), { waivers: [{ policy: "other", item: "slo.objectives", resources: [], reason: "because", approver: "", expires: "soon" }] });
        assert.deepEqual(reports.map((r) => r.message), [
            "malformed waiver #1 (no resources) for missing-test-evidence: policy is 'other' but the waiver sits under 'missing-test-evidence'; item 'slo.objectives' is not one of tech.playbooks; resources must be a non-empty list of resource names or URN globs; reason must be at least 20 characters; approver must name who it is; author (who asked for the waiver) is required in prod; expires must be a date YYYY-MM-DD, got 'soon'",
            "finding on 'shopdata'",
        ]);
    });

    it("rejects a waivers value that is not a list, and an entry that is not an object", async () => {
        assert.deepEqual((await run(waivable, compliantStack(), { waivers: "all" })).map((r) => r.message),
            ["missing-test-evidence config 'waivers' must be a list of waivers", "finding on 'shopdata'"]);
        assert.deepEqual((await run(waivable, compliantStack(), { waivers: ["all"] })).map((r) => r.message),
            ["malformed waiver #1 (no resources) for missing-test-evidence: must be an object with resources, reason, approver and expires", "finding on 'shopdata'"]);
    });

    it("rejects waivers of encryption at rest in prod: the item fails as not checked, naming the waiver", async () => {
        const reports = await run(disallowPublicBlobAccess, PUBLIC, { waivers: [WAIVER] });
        assert.deepEqual(reports.map((r) => [r.message, r.enforcementLevel]), [
            [FINDING, "mandatory"],
            ["[not-checked] security.encryption-at-rest not checked as prod requires: disallow-public-blob-access's policy config sets waiver #1 (shopdata), but encryption at rest, TLS floor and backups are never waivable in prod; the item fails until the setting is removed (it waives nothing)", "mandatory"],
        ]);
    });

    it("accepts the same waiver in QA", async () => {
        const reports = await run(disallowPublicBlobAccess, qa(PUBLIC), { waivers: [WAIVER] }, "qa");
        assert.deepEqual(reports.map((r) => r.enforcementLevel), ["advisory"]);
    });

    it("rejects TLS floor waivers in prod, even on a stack whose resources are tagged qa", async () => {
        const stack = qa(editing(compliantStack(), "shopdata", (r) => { r.props.minimumTlsVersion = "TLS1_0"; }));
        const reports = await run(enforceTlsFloor, stack, { waivers: [WAIVER] }, "prod");
        assert.equal(reports.at(-1)!.message, "[not-checked] security.tls-in-transit not checked as prod requires: enforce-tls-floor's policy config sets waiver #1 (shopdata), but encryption at rest, TLS floor and backups are never waivable in prod; the item fails until the setting is removed (it waives nothing)");
        assert.equal(reports.some((r) => r.message.startsWith("[waived]")), false);
    });

    it("never waives an undecided finding", async () => {
        const stack = editing(qa(compliantStack()), "shopdata", (r) => { r.props.allowBlobPublicAccess = "04da6b54-80e4-46f7-96ec-b56ff0331ba9"; });
        const reports = await run(disallowPublicBlobAccess, stack, { waivers: [WAIVER] }, "qa");
        assert.deepEqual(reports.map((r) => r.message), ["[undecided] storage account 'shopdata' allowBlobPublicAccess is unknown in preview"]);
    });

    it("matches globs on whole names only", () => {
        assert.equal(globMatches("shop*", "shopdata"), true);
        assert.equal(globMatches("shop", "shopdata"), false);
        assert.equal(globMatches("a.b", "axb"), false);
        assert.deepEqual(waiverProblems(WAIVER, "p", ["tech.playbooks"], { prod: true, latestExpiry: "2027-05-26" }), []);
    });
});

describe("staged enforcement", () => {
    after(() => setToday(undefined));

    it("before enforceFrom, violations are advisory and marked [staged] with the date", async () => {
        setToday("2026-11-27");
        const reports = await run(disallowPublicBlobAccess, PUBLIC, { enforceFrom: "2027-01-15" }, "qa");
        assert.deepEqual(reports, [{
            message: `[staged] mandatory from 2027-01-15: ${FINDING}`,
            urn: "urn:pulumi:prod::shop::azure-native:storage:StorageAccount::shopdata",
            enforcementLevel: "advisory",
        }]);
    });

    it("from enforceFrom on, violations are plain again", async () => {
        setToday("2027-01-15");
        const reports = await run(disallowPublicBlobAccess, PUBLIC, { enforceFrom: "2027-01-15" }, "qa");
        assert.deepEqual(reports.map((r) => [r.message, r.enforcementLevel]), [[FINDING, undefined]]);
    });

    it("a malformed enforceFrom is reported and enforcement is immediate", async () => {
        setToday("2026-11-27");
        const reports = await run(disallowPublicBlobAccess, PUBLIC, { enforceFrom: "next year" }, "qa");
        assert.deepEqual(reports.map((r) => r.message), [FINDING, "enforceFrom must be a date YYYY-MM-DD, got 'next year'; enforcing now"]);
    });
});

describe("checks that cannot finish", () => {
    it("reports a check that throws as a violation, never a pass", async () => {
        const broken = readinessPolicy({
            name: "missing-broken", description: "t", items: ["tech.playbooks"], waivableInProd: true, evidenceTypes: [], defaults: {},
            check: () => { throw new Error("boom"); },
        });
        assert.deepEqual((await run(broken, [])).map((r) => r.message), ["missing-broken failed to run, so nothing it checks passes: boom"]);
    });

    it("reports the SDK's unknown-value error as [undecided]", async () => {
        const unknown = readinessPolicy({
            name: "missing-unknown", description: "t", items: ["tech.playbooks"], waivableInProd: true, evidenceTypes: [], defaults: {},
            check: () => { throw new UnknownValueError("04da6b54-80e4-46f7-96ec-b56ff0331ba9", ["props", "name"]); },
        });
        assert.deepEqual((await run(unknown, [])).map((r) => r.message), ["[undecided] missing-unknown cannot decide: string value at .props.name can't be known during preview"]);
    });

    it("declares waivers, enforceFrom and the two time limits in every config schema", () => {
        const keys = Object.keys(disallowPublicBlobAccess.configSchema!.properties);
        assert.deepEqual(keys, ["waivers", "enforceFrom", "maxStagingDays", "maxWaiverDays"]);
    });
});
