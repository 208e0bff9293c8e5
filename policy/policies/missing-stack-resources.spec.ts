import * as assert from "node:assert/strict";
import { describe, it } from "node:test";
import { compliantStack } from "../lib/fixtures";
import { messages } from "../lib/testing";
import { missingStackResources as policy } from "./missing-stack-resources";

describe("missing-stack-resources", () => {
    it("passes a stack with resources", async () => {
        assert.deepEqual(await messages(policy, compliantStack()), []);
    });

    it("fails a stack with only the stack resource and a provider", async () => {
        const stack = [
            { type: "pulumi:pulumi:Stack", name: "shop-prod", props: {} },
            { type: "pulumi:providers:azure-native", name: "default", props: {} },
        ];
        assert.deepEqual(await messages(policy, stack), ["the stack declares no resources, so nothing is deployed with Pulumi"]);
    });
});
