import * as assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { setToday } from "./clock";
import { compliantStack, signOffs, TODAY } from "./fixtures";
import { ReadinessPolicy } from "./readiness-policy";
import { messages } from "./testing";

/**
 * The spec every sign-off policy (policies/missing-sign-off-*.ts, built with `signOffPolicy`) shares:
 * it checks its one item, passes a fresh sign-off of it, and fails when only the other items are signed off.
 */
export function describeSignOffPolicy(name: string, policy: ReadinessPolicy, item: string): void {
    describe(name, () => {
        before(() => setToday(TODAY));
        after(() => setToday(undefined));

        it(`checks item ${item}`, () => {
            assert.deepEqual(policy.items, [item]);
        });

        it(`passes a fresh sign-off for ${item}`, async () => {
            assert.deepEqual(await messages(policy, compliantStack(), { signOffs: signOffs() }), []);
        });

        it("fails when only the other items are signed off", async () => {
            const others = Object.fromEntries(Object.entries(signOffs()).filter(([k]) => k !== item));
            const found = await messages(policy, compliantStack(), { signOffs: others });
            assert.equal(found.length, 1);
            assert.ok(found[0].startsWith(`no sign-off for ${item} `), found[0]);
        });
    });
}
