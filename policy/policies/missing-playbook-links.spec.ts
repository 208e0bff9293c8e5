import * as assert from "node:assert/strict";
import { describe, it } from "node:test";
import { compliantStack } from "../lib/fixtures";
import { editing, messages } from "../lib/testing";
import { missingPlaybookLinks as policy } from "./missing-playbook-links";

describe("missing-playbook-links", () => {
    it("passes monitors whose messages link a playbook", async () => {
        assert.deepEqual(await messages(policy, compliantStack()), []);
    });

    it("fails a monitor without a Playbook line", async () => {
        const stack = editing(compliantStack(), "shop-api-latency", (r) => { r.props.message = "latency is high @pagerduty-shop-api"; });
        assert.deepEqual(await messages(policy, stack), ["monitor 'shop-api-latency' message has no 'Playbook: <url>' line"]);
    });

    it("fails a Playbook line without a URL", async () => {
        const stack = editing(compliantStack(), "shop-api-latency", (r) => { r.props.message = "Playbook: ask Bob"; });
        assert.deepEqual(await messages(policy, stack), ["monitor 'shop-api-latency' message has no 'Playbook: <url>' line"]);
    });

    it("fails a stack without monitors", async () => {
        assert.deepEqual(await messages(policy, []), ["no monitor in the stack, so no alert links a playbook (expected datadog:index/monitor:Monitor)"]);
    });
});
