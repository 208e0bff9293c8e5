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

    it("fails keySource Microsoft.Keyvault alone: no key named, or a key the stack does not create", async () => {
        const bare = editing(compliantStack(), "shopdata", (r) => {
            r.props.encryption = { requireInfrastructureEncryption: true, keySource: "Microsoft.Keyvault" };
            r.propertyDependencies = {};
        });
        assert.deepEqual(await messages(policy, bare), [
            "storage account 'shopdata' encryption.keySource is Microsoft.Keyvault but encryption.keyVaultProperties is not set, so no key is named; prod requires a customer-managed key the stack shows exists",
        ]);
        // A literal key name and vault URI, the key resource only a dependsOn away: nothing shows the key exists.
        const literal = editing(compliantStack(), "shopdata", (r) => {
            r.props.encryption = { requireInfrastructureEncryption: true, keySource: "Microsoft.Keyvault", keyVaultProperties: { keyName: "shop-data", keyVaultUri: "https://elsewhere.vault.azure.net/" } };
            r.propertyDependencies = {};
            r.dependencies = ["shop-cmk"];
        });
        assert.deepEqual(await messages(policy, literal), [
            "storage account 'shopdata' encryption.keyVaultProperties refers to no azure-native:keyvault:Key of the stack (keyName must be read from the key resource); prod requires a customer-managed key the stack shows exists",
        ]);
    });

    it("fails a customer-managed key in a vault without purge protection, or in no vault of the stack", async () => {
        const noPurge = editing(compliantStack(), "shop-kv", (r) => { (r.props.properties as Record<string, unknown>).enablePurgeProtection = false; });
        assert.deepEqual(await messages(policy, noPurge), [
            "key vault 'shop-kv' holds the customer-managed key 'shop-cmk' of storage account 'shopdata' without purge protection (properties.enablePurgeProtection is 'false'); a purged key makes the data unreadable for good",
        ]);
        const orphan = editing(compliantStack(), "shop-cmk", (r) => { r.propertyDependencies = {}; r.props.vaultName = "some-other-vault"; });
        assert.deepEqual(await messages(policy, orphan), [
            "key 'shop-cmk' (customer-managed key of storage account 'shopdata') is in no azure-native:keyvault:Vault of the stack (vaultName), so its purge protection cannot be shown",
        ]);
        const literalVault = editing(compliantStack(), "shop-cmk", (r) => { r.propertyDependencies = {}; r.props.vaultName = "shop-prod-kv"; });
        assert.deepEqual(await messages(policy, literalVault), []);
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
