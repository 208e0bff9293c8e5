import * as assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { setToday } from "../lib/clock";
import { compliantStack, TODAY } from "../lib/fixtures";
import { editing, messages, ResourceSpec, without, withoutType } from "../lib/testing";
import { UNKNOWN } from "../lib/values";
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
        assert.deepEqual(await messages(policy, stack), [
            "monitor 'shop-api-errors' message does not notify PagerDuty with '@pagerduty-shop-api'",
            "monitor 'shop-api-errors' notifies '@pagerduty-shop', but no datadog:pagerduty/serviceObject:ServiceObject in the stack registers service name 'shop', so the alert reaches no PagerDuty service",
        ]);
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

describe("configure-out-of-hours-routing: paging end to end", () => {
    const MONITORS = compliantStack().filter((r) => r.type === "datadog:index/monitor:Monitor").map((r) => r.name);
    const everyMonitor = (why: string) => MONITORS.map((m) => `monitor '${m}' notifies '@pagerduty-shop-api', but ${why}`);
    const urgency = (during: string, outside: string) => (r: ResourceSpec) => {
        r.props.incidentUrgencyRule = { type: "use_support_hours", duringSupportHours: { type: "constant", urgency: during }, outsideSupportHours: { type: "constant", urgency: outside } };
    };

    it("fails routing:page with no Datadog to PagerDuty integration in the stack", async () => {
        const stack = without(compliantStack(), "shop-api-pagerduty-link");
        assert.deepEqual(await messages(policy, stack),
            everyMonitor("no datadog:pagerduty/serviceObject:ServiceObject in the stack registers service name 'shop-api', so the alert reaches no PagerDuty service"));
    });

    it("fails a Datadog service object whose key comes from no PagerDuty integration of the stack", async () => {
        const stack = without(compliantStack(), "shop-api-datadog");
        assert.deepEqual(await messages(policy, stack),
            everyMonitor("its Datadog PagerDuty service object 'shop-api-pagerduty-link' takes its serviceKey from no pagerduty:index/serviceIntegration:ServiceIntegration in the stack, so no PagerDuty service is shown to receive it"));
    });

    it("fails an integration that belongs to no PagerDuty service of the stack", async () => {
        const stack = editing(compliantStack(), "shop-api-datadog", (r) => { r.propertyDependencies = {}; r.props.service = "PFIXED1"; });
        assert.deepEqual(await messages(policy, stack),
            everyMonitor("the PagerDuty integration 'shop-api-datadog' behind it belongs to no pagerduty:index/service:Service in the stack (its 'service' refers to none)"));
    });

    it("is undecided when the service object's name is unknown in preview", async () => {
        const stack = editing(compliantStack(), "shop-api-pagerduty-link", (r) => { r.props.serviceName = UNKNOWN; });
        assert.deepEqual(await messages(policy, stack),
            everyMonitor("the service name of 'shop-api-pagerduty-link' (datadog:pagerduty/serviceObject:ServiceObject) is unknown in preview, so which PagerDuty service the handle reaches cannot be shown").map((m) => `[undecided] ${m}`));
    });

    it("fails a page-class monitor that notifies no PagerDuty handle", async () => {
        const stack = editing(compliantStack(), "shop-api-errors", (r) => { r.props.message = "errors\nPlaybook: https://runbooks.example.com/shop/api/errors"; });
        assert.deepEqual(await messages(policy, stack), [
            "monitor 'shop-api-errors' message does not notify PagerDuty with '@pagerduty-shop-api'",
            "monitor 'shop-api-errors' is routing:page but notifies no '@pagerduty-<service>' handle, so it pages no one",
        ]);
    });

    it("fails urgency low both in and out of support hours for a service that receives page-class alerts", async () => {
        const stack = editing(compliantStack(), SERVICE, urgency("low", "low"));
        assert.deepEqual(await messages(policy, stack), [
            "PagerDuty service 'shop-api-pd' receives page-class alert 'shop-api-latency' but its urgency outside support hours is 'low'; it must be 'high' (or 'severity_based') so the page wakes someone",
        ]);
    });

    it("fails support hours that set no urgency outside them for a service that receives page-class alerts", async () => {
        const stack = editing(compliantStack(), SERVICE, (r) => { delete (r.props.incidentUrgencyRule as Record<string, unknown>).outsideSupportHours; });
        assert.deepEqual(await messages(policy, stack), [
            "PagerDuty service 'shop-api-pd' receives page-class alert 'shop-api-latency' but its urgency outside support hours is 'undefined'; it must be 'high' (or 'severity_based') so the page wakes someone",
        ]);
    });

    it("fails the hollow stack of the issue: routing:page, no integration, urgency low in and out of hours", async () => {
        const stack = editing(without(compliantStack(), "shop-api-pagerduty-link", "shop-api-datadog"), SERVICE, urgency("low", "low"));
        const found = await messages(policy, stack);
        assert.equal(found.length, MONITORS.length);
        assert.ok(found.every((m) => m.includes("reaches no PagerDuty service")));
    });

    it("passes high urgency out of hours, and low out of hours for a service only business-hours alerts reach", async () => {
        assert.deepEqual(await messages(policy, editing(compliantStack(), SERVICE, urgency("low", "high"))), []);
        const businessHoursOnly = compliantStack().map((r) => (r.type !== "datadog:index/monitor:Monitor" ? r
            : { ...r, props: { ...r.props, tags: (r.props.tags as string[]).map((t) => (t === "routing:page" ? "routing:business-hours" : t)) } }));
        assert.deepEqual(await messages(policy, editing(businessHoursOnly, SERVICE, urgency("high", "low"))), []);
    });

    it("is undecided when the outside-hours urgency is unknown in preview", async () => {
        const stack = editing(compliantStack(), SERVICE, urgency("high", UNKNOWN));
        assert.deepEqual(await messages(policy, stack), [
            "[undecided] the urgency of PagerDuty service 'shop-api-pd' outside support hours is unknown in preview, so whether page-class alert 'shop-api-latency' wakes anyone cannot be shown",
        ]);
    });
});

describe("configure-out-of-hours-routing: a PagerDuty maintenance window that holds the service for good", () => {
    before(() => setToday(TODAY));
    after(() => setToday(undefined));
    const MONITORS = compliantStack().filter((r) => r.type === "datadog:index/monitor:Monitor").map((r) => r.name);
    const everyMonitor = (why: string) => MONITORS.map((m) => `monitor '${m}' notifies '@pagerduty-shop-api', but ${why}`);
    /** The compliant stack with a maintenance window from `startTime` to `endTime` over the services `services` refers to. */
    const held = (startTime: unknown, endTime: unknown, refers: string[] = [SERVICE], services: unknown[] = [UNKNOWN]): ResourceSpec[] => [...compliantStack(), {
        type: "pagerduty:index/maintenanceWindow:MaintenanceWindow", name: "shop-freeze",
        props: { startTime, endTime, services, description: "freeze" },
        propertyDependencies: refers.length > 0 ? { services: refers } : {},
    }];

    it("fails a window of a month over the service: PagerDuty opens no incident while it holds it", async () => {
        // TODAY is 2026-11-27.
        assert.deepEqual(await messages(policy, held("2026-11-26T00:00:00Z", "2026-12-27T00:00:00Z")), everyMonitor(
            "PagerDuty maintenance window 'shop-freeze' (pagerduty:index/maintenanceWindow:MaintenanceWindow) holds its service 'shop-api-pd', during which PagerDuty opens no incident and notifies no one, and its window lasts 720 hours, longer than the 24 hours of a planned maintenance"));
        // One still to come counts the same: the stack keeps it.
        assert.equal((await messages(policy, held("2027-01-10T00:00:00Z", "2027-03-01T00:00:00Z"))).length, MONITORS.length);
    });

    it("passes a planned maintenance of hours, one that is over, and one over another service", async () => {
        assert.deepEqual(await messages(policy, held("2026-12-01T22:00:00Z", "2026-12-02T02:00:00Z")), []);
        assert.deepEqual(await messages(policy, held("2026-01-01T00:00:00Z", "2026-03-01T00:00:00Z")), []);
        assert.deepEqual(await messages(policy, held("2026-11-26T00:00:00Z", "2027-11-26T00:00:00Z", [], ["PSOMEONE"])), []);
    });

    it("matches a known service id it lists, as in a preview of a deployed stack", async () => {
        const deployed = editing(held("2026-11-26T00:00:00Z", "2027-11-26T00:00:00Z", [], ["PSHOPAPI"]), SERVICE, (r) => { r.props.id = "PSHOPAPI"; });
        assert.equal((await messages(policy, deployed)).length, MONITORS.length);
    });

    it("is undecided when its times are unknown in preview, or when it lists ids unknown in preview that no service explains", async () => {
        assert.deepEqual(await messages(policy, held(UNKNOWN, "2027-11-26T00:00:00Z")), everyMonitor(
            "PagerDuty maintenance window 'shop-freeze' (pagerduty:index/maintenanceWindow:MaintenanceWindow) holds its service 'shop-api-pd', and its startTime is unknown in preview, so whether it lets the service open incidents cannot be shown").map((m) => `[undecided] ${m}`));
        assert.deepEqual(await messages(policy, held("2026-11-26T00:00:00Z", "2027-11-26T00:00:00Z", [])), everyMonitor(
            "PagerDuty maintenance window 'shop-freeze' (pagerduty:index/maintenanceWindow:MaintenanceWindow) lists service ids unknown in preview that no service of the stack explains, so it may hold service 'shop-api-pd', and its window lasts 8736 hours, longer than the 24 hours of a planned maintenance").map((m) => `[undecided] ${m}`));
    });
});
