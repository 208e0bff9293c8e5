import * as assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { setToday } from "../lib/clock";
import { compliantStack, signOffs, TODAY } from "../lib/fixtures";
import { messages } from "../lib/testing";
import { missingSignOffTechChangeManagement as policy } from "./missing-sign-off-tech-change-management";

describe("missing-sign-off-tech-change-management", () => {
    before(() => setToday(TODAY));
    after(() => setToday(undefined));

    it("checks item tech.change-management", () => {
        assert.deepEqual(policy.items, ["tech.change-management"]);
    });

    it("passes a fresh sign-off for tech.change-management", async () => {
        assert.deepEqual(await messages(policy, compliantStack(), { signOffs: signOffs() }), []);
    });

    it("fails when only the other items are signed off", async () => {
        const others = Object.fromEntries(Object.entries(signOffs()).filter(([k]) => k !== "tech.change-management"));
        const found = await messages(policy, compliantStack(), { signOffs: others });
        assert.equal(found.length, 1);
        assert.match(found[0], /^no sign-off for tech\.change-management /);
    });
});
