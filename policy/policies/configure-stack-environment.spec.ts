import * as assert from "node:assert/strict";
import { describe, it } from "node:test";
import { compliantStack } from "../lib/fixtures";
import { testStack } from "../lib/stack-configuration";
import { editing, messages, ResourceSpec, run } from "../lib/testing";
import { configureStackEnvironment as policy } from "./configure-stack-environment";

function taggedQa(stack: ResourceSpec[]): ResourceSpec[] {
    return JSON.parse(JSON.stringify(stack).replace(/"environment":"prod"/g, "\"environment\":\"qa\"").replace(/env:prod/g, "env:qa"));
}

describe("configure-stack-environment", () => {
    it("passes a prod stack whose resources say prod, and a qa stack whose resources say qa", async () => {
        assert.deepEqual(await messages(policy, compliantStack(), {}, "prod"), []);
        assert.deepEqual(await messages(policy, taggedQa(compliantStack()), {}, "qa"), []);
        assert.deepEqual(await messages(policy, compliantStack(), {}, "Production"), []);
    });

    it("names every resource of a prod stack whose tags say qa, and the tag", async () => {
        const found = await run(policy, taggedQa(compliantStack()), {}, "prod");
        assert.equal(found.length, compliantStack().filter((r) => JSON.stringify(r.props).match(/"environment":"prod"|env:prod/)).length);
        assert.deepEqual(found.filter((r) => r.urn?.endsWith("::shopdata")).map((r) => r.message), [
            "azure-native:storage:StorageAccount 'shopdata' has tag environment=qa, but the stack is judged as prod (stack name 'prod'); fix the tag",
        ]);
        assert.equal(found.some((r) => r.message === "datadog:index/monitor:Monitor 'shop-api-latency' has tag env:qa, but the stack is judged as prod (stack name 'prod'); fix the tag"), true);
    });

    it("fails a tag that names no environment", async () => {
        const stack = editing(compliantStack(), "shopdata", (r) => { (r.props.tags as Record<string, string>).environment = "staging"; });
        assert.deepEqual(await messages(policy, stack, {}, "prod"), [
            "azure-native:storage:StorageAccount 'shopdata' has tag environment=staging, but the stack is judged as prod (stack name 'prod'); fix the tag",
        ]);
    });

    it("says the environment was assumed for a stack whose name names none, and judges it as prod", async () => {
        assert.deepEqual(await messages(policy, compliantStack(), {}, "dev"), [
            "the environment was assumed to be prod, the strictest: stack name 'dev' names no environment; set readyservice:environment (qa or prod) in the stack config or name the stack qa or prod",
        ]);
    });

    it("takes readyservice:environment for such a stack, and then the tags must agree with it", async () => {
        assert.deepEqual(await messages(policy, taggedQa(compliantStack()), {}, testStack("dev", { "readyservice:environment": "qa" })), []);
        const found = await messages(policy, compliantStack(), {}, testStack("dev", { "readyservice:environment": "qa" }));
        assert.equal(found.includes("azure-native:storage:StorageAccount 'shopdata' has tag environment=prod, but the stack is judged as qa (stack config readyservice:environment = qa); fix the tag"), true);
    });

    it("never lets the config lower a stack named prod", async () => {
        assert.deepEqual(await messages(policy, compliantStack(), {}, testStack("prod", { "readyservice:environment": "qa" })), [
            "stack config readyservice:environment = qa contradicts the stack name 'prod' (prod); the stricter applies",
        ]);
    });
});
