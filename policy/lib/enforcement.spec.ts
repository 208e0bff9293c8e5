// No setting bypasses the PRR in prod: each rule of lib/enforcement.ts and lib/waivers.ts with a
// config that tries to bypass it and a compliant twin that passes.
import * as assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { disallowPublicBlobAccess } from "../policies/disallow-public-blob-access";
import { enforceTlsFloor } from "../policies/enforce-tls-floor";
import { setToday } from "./clock";
import { compliantStack, TODAY } from "./fixtures";
import { violation } from "./findings";
import { evaluate, readinessPolicy } from "./readiness-policy";
import { StackView, fromPolicyResources } from "./stack";
import { setStackConfiguration, stackConfiguration, testStack } from "./stack-configuration";
import { editing, policyResources, run } from "./testing";
import { personProblems, reasonProblems } from "./waivers";

const TLS10 = editing(compliantStack(), "shopdata", (r) => { r.props.minimumTlsVersion = "TLS1_0"; });
const TLS_FINDING = "storage account 'shopdata' minimumTlsVersion is 'TLS1_0'; at least TLS1_2 is required";
const WAIVER = { resources: ["shopdata"], reason: "public product images, reviewed by security", approver: "sre-lead@example.com",
    author: "dana.lee@example.com", expires: "2026-12-31" };

const waivable = readinessPolicy({
    name: "missing-test-evidence", description: "test", items: ["tech.playbooks"], waivableInProd: true, evidenceTypes: [], defaults: {},
    check: (stack) => stack.ofType("azure-native:storage:StorageAccount").map((r) => violation("tech.playbooks", `finding on '${r.name}'`, r)),
});

// Platform limits (web app, key vault) are advisory notes in every case; left out to keep the point visible.
const levels = async (stack: string, config: Record<string, unknown>) =>
    (await run(enforceTlsFloor, TLS10, config, stack)).filter((r) => !r.message.startsWith("[platform-limit]"))
        .map((r) => [r.message, r.enforcementLevel ?? "(policy level)"]);

// A never-waivable spec, to call evaluate with the level Configure gave it.
const neverWaivable = {
    name: "enforce-test-floor", description: "test", items: ["security.tls-in-transit"], waivableInProd: false, evidenceTypes: [], defaults: {},
    check: (stack: StackView) => stack.ofType("azure-native:storage:StorageAccount")
        .filter((r) => r.props.minimumTlsVersion === "TLS1_0").map((r) => violation("security.tls-in-transit", TLS_FINDING, r)),
};

describe("no bypass in prod", () => {
    before(() => setToday(TODAY));
    after(() => setToday(undefined));

    it("the TLS finding itself, to compare with", async () => {
        assert.deepEqual(await levels("prod", {}), [[TLS_FINDING, "mandatory"]]);
    });

    it("staging a never-waivable rule in prod fails it as not checked and enforces its findings now; QA may stage it", async () => {
        assert.deepEqual(await levels("prod", { enforceFrom: "2027-01-15" }), [
            [TLS_FINDING, "mandatory"],
            ["[not-checked] security.tls-in-transit not checked as prod requires: enforce-tls-floor's policy config sets enforceFrom 2027-01-15, but this rule cannot be staged in prod; the item fails until the setting is removed (its findings are enforced now)", "mandatory"],
        ]);
        assert.deepEqual(await levels("qa", { enforceFrom: "2027-01-15" }), [[`[staged] mandatory from 2027-01-15: ${TLS_FINDING}`, "advisory"]]);
    });

    it("an advisory level on a never-waivable rule in prod is not checked, and its findings stay mandatory; mandatory is fine", () => {
        const before_ = stackConfiguration();
        setStackConfiguration(testStack("prod"));
        try {
            const stack = new StackView(fromPolicyResources(policyResources(TLS10)));
            assert.deepEqual(evaluate(neverWaivable, stack, {}, "advisory").map((r) => [r.message, r.enforcementLevel]), [
                [TLS_FINDING, "mandatory"],
                ["[not-checked] security.tls-in-transit not checked as prod requires: enforce-test-floor's policy config sets enforcementLevel advisory, but this rule is mandatory in prod; the item fails until the setting is removed (its findings are reported mandatory)", "mandatory"],
            ]);
            assert.deepEqual(evaluate(neverWaivable, stack, {}, "mandatory").map((r) => r.message), [TLS_FINDING]);
            setStackConfiguration(testStack("qa"));
            assert.deepEqual(evaluate(neverWaivable, new StackView(fromPolicyResources(policyResources(TLS10))), {}, "advisory")
                .map((r) => [r.message, r.enforcementLevel]), [[TLS_FINDING, undefined]]);
        } finally {
            setStackConfiguration(before_);
        }
    });

    it("a staging date more than 90 days ahead is enforced now; 90 days is accepted", async () => {
        assert.deepEqual((await run(waivable, compliantStack(), { enforceFrom: "2027-12-31" }, "qa")).map((r) => r.message), [
            "finding on 'shopdata'",
            "enforceFrom 2027-12-31 is more than 90 days ahead (latest allowed 2027-02-25); enforcing now",
        ]);
        assert.deepEqual((await run(waivable, compliantStack(), { enforceFrom: "2027-02-25" }, "prod")).map((r) => r.message),
            ["[staged] mandatory from 2027-02-25: finding on 'shopdata'"]);
    });

    it("maxStagingDays and maxWaiverDays may be lowered, never raised", async () => {
        assert.deepEqual((await run(waivable, compliantStack(), { enforceFrom: "2027-01-15", maxStagingDays: 365 }, "qa")).map((r) => r.message), [
            "[staged] mandatory from 2027-01-15: finding on 'shopdata'",
            "missing-test-evidence config 'maxStagingDays' is 365 but may only be lowered from 90; using 90",
        ]);
        assert.deepEqual((await run(waivable, compliantStack(), { enforceFrom: "2027-01-15", maxStagingDays: 30 }, "qa")).map((r) => r.message), [
            "finding on 'shopdata'",
            "enforceFrom 2027-01-15 is more than 30 days ahead (latest allowed 2026-12-27); enforcing now",
        ]);
        const late = { ...WAIVER, expires: "2027-03-01" };
        assert.match((await run(waivable, compliantStack(), { waivers: [late], maxWaiverDays: 30 }))[0].message,
            /expires 2027-03-01 is later than 2026-12-27, the latest a waiver may run \(maxWaiverDays\)/);
    });

    it("a waiver expiring more than 180 days ahead waives nothing; one within 180 days does", async () => {
        const centuries = await run(waivable, compliantStack(), { waivers: [{ ...WAIVER, expires: "2999-12-31" }] });
        assert.deepEqual(centuries.map((r) => r.message), [
            "malformed waiver #1 (shopdata) for missing-test-evidence: expires 2999-12-31 is later than 2027-05-26, the latest a waiver may run (maxWaiverDays)",
            "finding on 'shopdata'",
        ]);
        const within = await run(waivable, compliantStack(), { waivers: [{ ...WAIVER, expires: "2027-05-26" }] });
        assert.equal(within[0].message.startsWith("[waived] "), true);
    });

    it("a waiver with a meaningless reason and a one-letter approver waives nothing", async () => {
        const hollow = { ...WAIVER, reason: "aaaaaaaaaaaaaaaaaaaaaaaaa", approver: "x" };
        assert.deepEqual((await run(waivable, compliantStack(), { waivers: [hollow] })).map((r) => r.message), [
            "malformed waiver #1 (shopdata) for missing-test-evidence: reason must say why, not repeat a character; approver must be an email address, an @handle or a full name, got 'x'",
            "finding on 'shopdata'",
        ]);
    });

    it("in prod a waiver names its author, who may not approve it; QA may leave the author out", async () => {
        const selfApproved = { ...WAIVER, author: "SRE-Lead@example.com" };
        assert.deepEqual((await run(waivable, compliantStack(), { waivers: [selfApproved] })).map((r) => r.message)[0],
            "malformed waiver #1 (shopdata) for missing-test-evidence: approver 'sre-lead@example.com' is the waiver's author; someone else must approve it");
        const { author: _author, ...anonymous } = WAIVER;
        assert.match((await run(waivable, compliantStack(), { waivers: [anonymous] }))[0].message, /author \(who asked for the waiver\) is required in prod/);
        assert.equal((await run(waivable, compliantStack(), { waivers: [anonymous] }, "qa"))[0].message.startsWith("[waived] "), true);
    });

    it("waivers, staging and floors still work for rules that are waivable in prod", async () => {
        assert.equal((await run(waivable, compliantStack(), { waivers: [WAIVER] }))[0].message.startsWith("[waived] "), true);
        assert.deepEqual((await run(disallowPublicBlobAccess, compliantStack(), { waivers: [WAIVER], enforceFrom: "2027-01-15" }, "qa")).map((r) => r.message), []);
    });
});

describe("waiver reasons and people", () => {
    it("accepts a reason that says why", () => {
        assert.deepEqual(reasonProblems("worker traffic is batch-driven; anomaly bands are meaningless until Q3"), []);
    });

    it("rejects repeated characters, repeated words, too few words and placeholders", () => {
        assert.deepEqual(reasonProblems("...................."), ["reason must say why, not repeat a character"]);
        assert.deepEqual(reasonProblems("xxxxxxxxxxxxxxxxxxxxxxxxx yes"), ["reason must say why, not repeat a character"]);
        assert.match(reasonProblems("test test test test test test")[0], /at least 4 words \(3 different\)/);
        assert.match(reasonProblems("see ticket 1234567890123")[0], /at least 4 words/);
        assert.deepEqual(reasonProblems("TODO write the reason for this waiver"), ["reason must say why, not hold a placeholder: 'TODO write the reason for this waiver'"]);
        assert.deepEqual(reasonProblems("short"), ["reason must be at least 20 characters"]);
    });

    it("accepts an email address, an @handle or a full name, and nothing else", () => {
        assert.deepEqual(personProblems("approver", "sre-lead@example.com"), []);
        assert.deepEqual(personProblems("approver", "@sre-lead"), []);
        assert.deepEqual(personProblems("approver", "Dana Lee"), []);
        for (const bad of ["x", "ab", "dana", "tbd@example.com", "@me", "n/a", "someone", ""]) {
            assert.equal(personProblems("approver", bad).length, 1, bad);
        }
    });
});

