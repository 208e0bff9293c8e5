import * as assert from "node:assert/strict";
import { describe, it } from "node:test";
import { compliantStack } from "../lib/fixtures";
import { editing, messages } from "../lib/testing";
import { UNKNOWN } from "../lib/values";
import { enableKeyVaultPurgeProtection as policy } from "./enable-key-vault-purge-protection";

describe("enable-key-vault-purge-protection", () => {
    it("passes soft delete and purge protection", async () => {
        assert.deepEqual(await messages(policy, compliantStack()), []);
    });

    it("fails without purge protection", async () => {
        const stack = editing(compliantStack(), "shop-kv", (r) => { delete (r.props.properties as Record<string, unknown>).enablePurgeProtection; });
        assert.deepEqual(await messages(policy, stack), ["key vault 'shop-kv' properties.enablePurgeProtection is 'undefined'; it must be true"]);
    });

    it("fails with soft delete off", async () => {
        const stack = editing(compliantStack(), "shop-kv", (r) => { (r.props.properties as Record<string, unknown>).enableSoftDelete = false; });
        assert.deepEqual(await messages(policy, stack), ["key vault 'shop-kv' properties.enableSoftDelete is 'false'; it must be true"]);
    });

    it("is undecided when soft delete is unknown", async () => {
        const stack = editing(compliantStack(), "shop-kv", (r) => { (r.props.properties as Record<string, unknown>).enableSoftDelete = UNKNOWN; });
        assert.deepEqual(await messages(policy, stack), ["[undecided] key vault 'shop-kv' properties.enableSoftDelete is unknown in preview"]);
    });
});
