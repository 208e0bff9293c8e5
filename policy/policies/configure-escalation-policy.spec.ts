import * as assert from "node:assert/strict";
import { describe, it } from "node:test";
import { compliantStack } from "../lib/fixtures";
import { editing, messages, without, withoutType } from "../lib/testing";
import { UNKNOWN } from "../lib/values";
import { configureEscalationPolicy as policy } from "./configure-escalation-policy";

const EP = "shop-escalation";

describe("configure-escalation-policy", () => {
    it("passes a service whose escalation policy has 2 levels and loops twice", async () => {
        assert.deepEqual(await messages(policy, compliantStack()), []);
    });

    it("fails a single-level escalation policy", async () => {
        const stack = editing(compliantStack(), EP, (r) => { r.props.rules = (r.props.rules as unknown[]).slice(0, 1); });
        assert.deepEqual(await messages(policy, stack), ["escalation policy 'shop-escalation' of service 'shop-api-pd' has 1 level(s); at least 2 are required"]);
    });

    it("fails numLoops 0", async () => {
        const stack = editing(compliantStack(), EP, (r) => { r.props.numLoops = 0; });
        assert.deepEqual(await messages(policy, stack), ["escalation policy 'shop-escalation' numLoops is '0'; at least 1 is required"]);
    });

    it("fails a level without targets or delay", async () => {
        const stack = editing(compliantStack(), EP, (r) => { (r.props.rules as Record<string, unknown>[])[1] = { targets: [] }; });
        assert.deepEqual(await messages(policy, stack), [
            "escalation policy 'shop-escalation' level 2 has escalationDelayInMinutes 'undefined'; it must be at least 1",
            "escalation policy 'shop-escalation' level 2 has no targets",
        ]);
    });

    it("is undecided when the escalation policy cannot be resolved", async () => {
        assert.deepEqual(await messages(policy, without(compliantStack(), EP)), [
            "[undecided] escalation policy of PagerDuty service 'shop-api-pd' is unknown in preview and no pagerduty:index/escalationPolicy:EscalationPolicy in the stack is its property dependency, so its levels and loops cannot be checked",
        ]);
    });

    it("is undecided for a fixed escalation policy id outside the stack", async () => {
        const stack = editing(without(compliantStack(), EP), "shop-api-pd", (r) => { r.props.escalationPolicy = "PABC123"; });
        assert.deepEqual(await messages(policy, stack), [
            "[undecided] escalation policy of PagerDuty service 'shop-api-pd' is a fixed id and no pagerduty:index/escalationPolicy:EscalationPolicy in the stack is its property dependency, so its levels and loops cannot be checked",
        ]);
    });

    it("fails a service without escalationPolicy", async () => {
        const stack = editing(without(compliantStack(), EP), "shop-api-pd", (r) => { delete r.props.escalationPolicy; });
        assert.deepEqual(await messages(policy, stack), ["PagerDuty service 'shop-api-pd' has no escalationPolicy"]);
    });

    it("fails a stack without PagerDuty services", async () => {
        assert.deepEqual(await messages(policy, withoutType(compliantStack(), "pagerduty:index/service:Service")), [
            "no PagerDuty service in the stack, so nothing escalates (expected pagerduty:index/service:Service with an escalation policy)",
        ]);
    });

    it("keeps the unknown sentinel out of messages", async () => {
        const all = (await messages(policy, without(compliantStack(), EP))).join("\n");
        assert.equal(all.includes(UNKNOWN), false);
    });
});
