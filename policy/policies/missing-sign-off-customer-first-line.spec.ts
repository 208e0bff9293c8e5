import * as assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { setToday } from "../lib/clock";
import { compliantStack, signOffs, TODAY } from "../lib/fixtures";
import { messages } from "../lib/testing";
import { missingSignOffCustomerFirstLine as policy } from "./missing-sign-off-customer-first-line";

describe("missing-sign-off-customer-first-line", () => {
    before(() => setToday(TODAY));
    after(() => setToday(undefined));

    it("checks item customer.first-line", () => {
        assert.deepEqual(policy.items, ["customer.first-line"]);
    });

    it("passes a fresh sign-off for customer.first-line", async () => {
        assert.deepEqual(await messages(policy, compliantStack(), { signOffs: signOffs() }), []);
    });

    it("fails when only the other items are signed off", async () => {
        const others = Object.fromEntries(Object.entries(signOffs()).filter(([k]) => k !== "customer.first-line"));
        const found = await messages(policy, compliantStack(), { signOffs: others });
        assert.equal(found.length, 1);
        assert.match(found[0], /^no sign-off for customer\.first-line /);
    });
});
