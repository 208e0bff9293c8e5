import * as assert from "node:assert/strict";
import { describe, it } from "node:test";
import { compliantStack } from "../lib/fixtures";
import { editing, messages, withoutType } from "../lib/testing";
import { configureOutOfHoursRouting as policy } from "./configure-out-of-hours-routing";

const SERVICE = "shop-api-pd";

describe("configure-out-of-hours-routing", () => {
    it("passes routed monitors and a service with support hours", async () => {
        assert.deepEqual(await messages(policy, compliantStack()), []);
    });

    it("fails a monitor without a routing tag", async () => {
        const stack = editing(compliantStack(), "shop-api-errors", (r) => { r.props.tags = (r.props.tags as string[]).filter((t) => !t.startsWith("routing:")); });
        assert.deepEqual(await messages(policy, stack), ["monitor 'shop-api-errors' has routing tag 'undefined'; it must be tagged 'routing:page' or 'routing:business-hours'"]);
    });

    it("fails a monitor that notifies another PagerDuty service", async () => {
        const stack = editing(compliantStack(), "shop-api-errors", (r) => { r.props.message = String(r.props.message).replace("@pagerduty-shop-api", "@pagerduty-shop"); });
        assert.deepEqual(await messages(policy, stack), ["monitor 'shop-api-errors' message does not notify PagerDuty with '@pagerduty-shop-api'"]);
    });

    it("fails a service without an urgency rule", async () => {
        const stack = editing(compliantStack(), SERVICE, (r) => { delete r.props.incidentUrgencyRule; });
        assert.deepEqual(await messages(policy, stack), [
            "PagerDuty service 'shop-api-pd' has no incidentUrgencyRule of type 'use_support_hours' (with supportHours) or 'constant' with urgency 'high'",
        ]);
    });

    it("fails support hours without days", async () => {
        const stack = editing(compliantStack(), SERVICE, (r) => { (r.props.supportHours as Record<string, unknown>).daysOfWeeks = []; });
        assert.deepEqual(await messages(policy, stack), [
            "PagerDuty service 'shop-api-pd' uses support hours but supportHours is incomplete (needs type, timeZone, startTime, endTime and daysOfWeeks)",
        ]);
    });

    it("accepts a constant high urgency and rejects a constant low one", async () => {
        const high = editing(compliantStack(), SERVICE, (r) => { r.props.incidentUrgencyRule = { type: "constant", urgency: "high" }; delete r.props.supportHours; });
        assert.deepEqual(await messages(policy, high), []);
        const low = editing(compliantStack(), SERVICE, (r) => { r.props.incidentUrgencyRule = { type: "constant", urgency: "low" }; });
        assert.deepEqual(await messages(policy, low), [
            "PagerDuty service 'shop-api-pd' has a constant urgency rule with urgency 'low'; only 'high' is a deliberate page-at-all-hours choice",
        ]);
    });

    it("fails a stack without monitors and PagerDuty services", async () => {
        const stack = withoutType(withoutType(compliantStack(), "datadog:index/monitor:Monitor"), "pagerduty:index/service:Service");
        assert.deepEqual(await messages(policy, stack), [
            "no monitor in the stack, so no alert is classified for out-of-hours paging (expected datadog:index/monitor:Monitor)",
            "no PagerDuty service in the stack, so no support hours or urgency rules are set (expected pagerduty:index/service:Service)",
        ]);
    });
});
