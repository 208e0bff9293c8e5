import * as assert from "node:assert/strict";
import { describe, it } from "node:test";
import { compliantStack } from "../lib/fixtures";
import { editing, messages, ResourceSpec } from "../lib/testing";
import { UNKNOWN } from "../lib/values";
import { missingPagerdutyTechnicalService as policy } from "./missing-pagerduty-technical-service";

describe("missing-pagerduty-technical-service", () => {
    it("passes a component with a service named <product>-<component>", async () => {
        assert.deepEqual(await messages(policy, compliantStack()), []);
    });

    it("fails when the service is named after the product only", async () => {
        const stack = editing(compliantStack(), "shop-api-pd", (r) => { r.props.name = "shop"; });
        assert.deepEqual(await messages(policy, stack), ["component 'api' has no PagerDuty service named 'shop-api' (pagerduty:index/service:Service)"]);
    });

    /** The compliant stack whose monitors page a complete second service 'shop-platform' instead of 'shop-api'. */
    function pagingPlatform(): ResourceSpec[] {
        const base = compliantStack();
        const copy = (name: string, edit: (r: ResourceSpec) => void): ResourceSpec => {
            const r = JSON.parse(JSON.stringify(base.find((x) => x.name === name))) as ResourceSpec;
            edit(r);
            return r;
        };
        return [
            ...base.map((r) => (r.type !== "datadog:index/monitor:Monitor" ? r
                : { ...r, props: { ...r.props, message: String(r.props.message).replace("@pagerduty-shop-api", "@pagerduty-shop-platform") } })),
            copy("shop-api-pd", (r) => { r.name = "platform-pd"; r.props.name = "shop-platform"; }),
            copy("shop-api-datadog", (r) => { r.name = "platform-datadog"; r.propertyDependencies = { service: ["platform-pd"] }; }),
            copy("shop-api-pagerduty-link", (r) => { r.name = "platform-link"; r.props.serviceName = "shop-platform"; r.propertyDependencies = { serviceKey: ["platform-datadog"] }; }),
        ];
    }

    it("fails a service of the component's name that none of its alerts reaches: they page another service", async () => {
        assert.deepEqual(await messages(policy, pagingPlatform()), [
            "PagerDuty service 'shop-api' receives none of component 'api''s alerts: its 8 monitor(s) filtered to it reach 'shop-platform' instead (a handle reaches a service through a Datadog PagerDuty service object and the service's integration, lib/paging.ts)",
        ]);
    });

    it("passes when one monitor filtered to the component pages its own service", async () => {
        const stack = pagingPlatform().map((r) => (r.name !== "shop-api-errors" ? r
            : { ...r, props: { ...r.props, message: String(r.props.message).replace("@pagerduty-shop-platform", "@pagerduty-shop-api") } }));
        assert.deepEqual(await messages(policy, stack), []);
    });

    it("is undecided when the alerts page another service and a monitor's message is unknown in preview", async () => {
        const stack = editing(pagingPlatform(), "shop-api-errors", (r) => { r.props.message = UNKNOWN; });
        assert.deepEqual(await messages(policy, stack), [
            "[undecided] monitor 'shop-api-errors' of component 'api' has a message unknown in preview, so whether its alerts reach PagerDuty service 'shop-api' cannot be shown",
        ]);
    });

    it("fails a second component that shares the first one's service", async () => {
        const stack = editing(compliantStack(), "shop-api-gateway", (r) => { (r.props.tags as Record<string, string>).component = "ui"; });
        assert.deepEqual(await messages(policy, stack), ["component 'ui' has no PagerDuty service named 'shop-ui' (pagerduty:index/service:Service)"]);
    });
});
