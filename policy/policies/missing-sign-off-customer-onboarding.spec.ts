import * as assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { setToday } from "../lib/clock";
import { compliantStack, signOffs, TODAY } from "../lib/fixtures";
import { messages } from "../lib/testing";
import { missingSignOffCustomerOnboarding as policy } from "./missing-sign-off-customer-onboarding";

describe("missing-sign-off-customer-onboarding", () => {
    before(() => setToday(TODAY));
    after(() => setToday(undefined));

    it("checks item customer.onboarding", () => {
        assert.deepEqual(policy.items, ["customer.onboarding"]);
    });

    it("passes a fresh sign-off for customer.onboarding", async () => {
        assert.deepEqual(await messages(policy, compliantStack(), { signOffs: signOffs() }), []);
    });

    it("fails when only the other items are signed off", async () => {
        const others = Object.fromEntries(Object.entries(signOffs()).filter(([k]) => k !== "customer.onboarding"));
        const found = await messages(policy, compliantStack(), { signOffs: others });
        assert.equal(found.length, 1);
        assert.match(found[0], /^no sign-off for customer\.onboarding /);
    });
});
