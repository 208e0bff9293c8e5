import * as assert from "node:assert/strict";
import { describe, it } from "node:test";
import { compliantStack } from "./fixtures";
import { fromPolicyResources, StackView } from "./stack";
import { setStackConfiguration, stackConfiguration, testStack } from "./stack-configuration";
import { policyResources } from "./testing";
import { unassessedFindings } from "./unassessed";

function findingsWith(levels: Map<string, "disabled" | "mandatory">): string[] {
    const before = stackConfiguration();
    setStackConfiguration(testStack("qa"), levels);
    try {
        const stack = new StackView(fromPolicyResources(policyResources(compliantStack()), () => undefined));
        return unassessedFindings(stack, "tls").map((f) => `${f.outcome}: ${f.message}`);
    } finally {
        setStackConfiguration(before);
    }
}

describe("unassessed", () => {
    it("a need whose judging policy the config disables is unassessed, never left to pass on silence", () => {
        assert.deepEqual(findingsWith(new Map([["enforce-tls-floor", "mandatory"]])), []);
        const disabled = (what: string) => `unassessed: ${what} needs a TLS floor with no plaintext switch (HTTPS only), `
            + "and enforce-tls-floor, the policy that judges it, is disabled by the policy config";
        assert.deepEqual(findingsWith(new Map([["enforce-tls-floor", "disabled"]])), [
            disabled("azure-native:web:WebApp 'shop-api-app'"),
            disabled("azure-native:network:ApplicationGateway 'shop-api-gateway'"),
            disabled("azure-native:storage:StorageAccount 'shopdata'"),
            disabled("azure-native:keyvault:Vault 'shop-kv'"),
        ]);
    });
});
