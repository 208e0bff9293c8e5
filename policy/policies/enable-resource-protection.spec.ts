import * as assert from "node:assert/strict";
import { describe, it } from "node:test";
import { compliantStack } from "../lib/fixtures";
import { editing, messages } from "../lib/testing";
import { enableResourceProtection as policy } from "./enable-resource-protection";

describe("enable-resource-protection", () => {
    it("passes protected stateful resources in prod", async () => {
        assert.deepEqual(await messages(policy, compliantStack()), []);
    });

    it("fails an unprotected storage account in prod", async () => {
        const stack = editing(compliantStack(), "shopdata", (r) => { r.protect = false; });
        assert.deepEqual(await messages(policy, stack), [
            "azure-native:storage:StorageAccount 'shopdata' is stateful and not protected; prod requires the resource option protect: true",
        ]);
    });

    it("does not require protect in QA", async () => {
        const stack = editing(compliantStack(), "shopdata", (r) => { r.protect = false; })
            .map((r) => JSON.parse(JSON.stringify(r).replace(/"environment":"prod"/g, "\"environment\":\"qa\"").replace(/env:prod/g, "env:qa")));
        assert.deepEqual(await messages(policy, stack, {}, "qa"), []);
    });

    it("requires protect in a prod stack whose resources are tagged qa", async () => {
        const stack = editing(compliantStack(), "shopdata", (r) => { r.protect = false; })
            .map((r) => JSON.parse(JSON.stringify(r).replace(/"environment":"prod"/g, "\"environment\":\"qa\"").replace(/env:prod/g, "env:qa")));
        assert.deepEqual(await messages(policy, stack, {}, "prod"), [
            "azure-native:storage:StorageAccount 'shopdata' is stateful and not protected; prod requires the resource option protect: true",
        ]);
    });
});
