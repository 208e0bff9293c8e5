import * as assert from "node:assert/strict";
import { describe, it } from "node:test";
import { compliantStack } from "../lib/fixtures";
import { editing, messages, withoutType } from "../lib/testing";
import { UNKNOWN } from "../lib/values";
import { enableInfrastructureEncryption as policy } from "./enable-infrastructure-encryption";

function qa(stack: ReturnType<typeof compliantStack>) {
    return JSON.parse(JSON.stringify(stack).replace(/"environment":"prod"/g, "\"environment\":\"qa\"").replace(/env:prod/g, "env:qa"));
}

describe("enable-infrastructure-encryption", () => {
    it("passes infrastructure encryption with a customer-managed key in prod", async () => {
        assert.deepEqual(await messages(policy, compliantStack()), []);
    });

    it("fails without infrastructure encryption", async () => {
        const stack = editing(compliantStack(), "shopdata", (r) => { (r.props.encryption as Record<string, unknown>).requireInfrastructureEncryption = false; });
        assert.deepEqual(await messages(policy, stack), [
            "storage account 'shopdata' encryption.requireInfrastructureEncryption is 'false'; it must be true (double AES-256 encryption at rest)",
        ]);
    });

    it("fails platform-managed keys in prod but accepts them in QA", async () => {
        const stack = editing(compliantStack(), "shopdata", (r) => { (r.props.encryption as Record<string, unknown>).keySource = "Microsoft.Storage"; });
        assert.deepEqual(await messages(policy, stack), [
            "storage account 'shopdata' encryption.keySource is 'Microsoft.Storage'; prod requires a customer-managed key (Microsoft.Keyvault)",
        ]);
        assert.deepEqual(await messages(policy, qa(stack), {}, "qa"), []);
    });

    it("is undecided on unknown encryption settings", async () => {
        const stack = editing(compliantStack(), "shopdata", (r) => { r.props.encryption = { requireInfrastructureEncryption: UNKNOWN, keySource: UNKNOWN }; });
        assert.deepEqual(await messages(policy, stack), [
            "[undecided] storage account 'shopdata' encryption.requireInfrastructureEncryption is unknown in preview",
            "[undecided] storage account 'shopdata' encryption.keySource is unknown in preview",
        ]);
    });

    it("fails a stack without storage", async () => {
        assert.deepEqual(await messages(policy, withoutType(compliantStack(), "azure-native:storage:StorageAccount")), [
            "no storage account in the stack to prove encryption at rest (expected azure-native:storage:StorageAccount)",
        ]);
    });
});
