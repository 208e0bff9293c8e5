import * as assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { missingSignOffCustomerOnboarding as policy } from "../policies/missing-sign-off-customer-onboarding";
import { setToday } from "./clock";
import { compliantStack, signOffs, TODAY } from "./fixtures";
import { messages, ResourceSpec, runShaped } from "./testing";
import { UNKNOWN } from "./values";

const ITEM = "customer.onboarding";
const GOOD = { by: "ana@example.com", date: "2026-10-01", link: "https://wiki.example.com/shop/prr" };

function config(record: unknown) {
    return { signOffs: { ...signOffs(), [ITEM]: record } };
}

function withComponent(record: unknown): ResourceSpec[] {
    return [...compliantStack(), { type: "readiness:index:ReadyService", name: "shop", props: { product: { name: "shop", environment: "prod" }, signOffs: { [ITEM]: record } } }];
}

describe("sign-off policies (missing-sign-off-customer-onboarding)", () => {
    before(() => setToday(TODAY));
    after(() => setToday(undefined));

    it("passes a fresh, well-formed sign-off from policy config", async () => {
        assert.deepEqual(await messages(policy, compliantStack(), config(GOOD)), []);
    });

    it("passes a sign-off from the ReadyService inputs without any config", async () => {
        assert.deepEqual(await messages(policy, withComponent(GOOD)), []);
    });

    it("reads the component's sign-offs from what it registers, as a real preview's AnalyzeStack shows them", async () => {
        const registersNothing = withComponent(GOOD).map((r) => (r.type === "readiness:index:ReadyService" ? { ...r, outputs: {} } : r));
        const reports = await runShaped(policy, registersNothing, {}, "outputs");
        assert.deepEqual(reports.map((r) => r.message), [
            "no sign-off for customer.onboarding (customer onboarding is fully automated): add signOffs[\"customer.onboarding\"] = {by, date, link} to the readiness:index:ReadyService inputs or to this policy's config",
        ]);
    });

    it("fails a missing sign-off", async () => {
        assert.deepEqual(await messages(policy, compliantStack()), [
            "no sign-off for customer.onboarding (customer onboarding is fully automated): add signOffs[\"customer.onboarding\"] = {by, date, link} to the readiness:index:ReadyService inputs or to this policy's config",
        ]);
    });

    it("fails a sign-off older than 180 days, and honours maxAgeDays", async () => {
        const old = { ...GOOD, date: "2026-01-02" };
        assert.deepEqual(await messages(policy, compliantStack(), config(old)), [
            "sign-off for customer.onboarding dated 2026-01-02 is 329 days old; at most 180 days are allowed (from policy config signOffs)",
        ]);
        assert.deepEqual(await messages(policy, compliantStack(), { ...config(old), maxAgeDays: 365 }, "qa"), []);
    });

    it("in prod, a maxAgeDays above 180 fails the item as not checked and the check runs at 180", async () => {
        const old = { ...GOOD, date: "2026-01-02" };
        assert.deepEqual(await messages(policy, compliantStack(), { ...config(old), maxAgeDays: 365 }), [
            "sign-off for customer.onboarding dated 2026-01-02 is 329 days old; at most 180 days are allowed (from policy config signOffs)",
            "[not-checked] customer.onboarding not checked as prod requires: missing-sign-off-customer-onboarding's policy config sets maxAgeDays 365, above the prod ceiling 180; the item fails until the setting is removed (the check ran at 180)",
        ]);
        assert.deepEqual(await messages(policy, compliantStack(), { ...config(GOOD), maxAgeDays: 90 }), []);
    });

    it("fails a date in the future", async () => {
        assert.deepEqual(await messages(policy, compliantStack(), config({ ...GOOD, date: "2026-12-01" })), [
            "sign-off for customer.onboarding is dated 2026-12-01, in the future (from policy config signOffs)",
        ]);
    });

    it("fails a malformed date", async () => {
        assert.deepEqual(await messages(policy, compliantStack(), config({ ...GOOD, date: "01/10/2026" })), [
            "sign-off for customer.onboarding date must be YYYY-MM-DD, got '01/10/2026' (from policy config signOffs)",
        ]);
    });

    it("fails a plain http link without echoing it", async () => {
        assert.deepEqual(await messages(policy, compliantStack(), config({ ...GOOD, link: "http://wiki" })), [
            "sign-off for customer.onboarding link must be an https URL (from policy config signOffs)",
        ]);
    });

    it("fails a sign-off without signer", async () => {
        assert.deepEqual(await messages(policy, withComponent({ ...GOOD, by: "" })), [
            "sign-off for customer.onboarding has no 'by' (who signed) (from the readiness:index:ReadyService spec signOffs)",
        ]);
    });

    it("fails a sign-off that is not an object", async () => {
        assert.deepEqual(await messages(policy, compliantStack(), config("yes")), [
            "sign-off for customer.onboarding must be an object {by, date, link} (from policy config signOffs)",
        ]);
    });

    it("is undecided on an unknown sign-off", async () => {
        assert.deepEqual(await messages(policy, withComponent({ ...GOOD, by: UNKNOWN })), [
            "[undecided] sign-off for customer.onboarding in the readiness:index:ReadyService spec signOffs is unknown in preview",
        ]);
    });
});
