import * as assert from "node:assert/strict";
import { describe, it } from "node:test";
import { compliantStack } from "../lib/fixtures";
import { editing, messages } from "../lib/testing";
import { missingPagerdutyTechnicalService as policy } from "./missing-pagerduty-technical-service";

describe("missing-pagerduty-technical-service", () => {
    it("passes a component with a service named <product>-<component>", async () => {
        assert.deepEqual(await messages(policy, compliantStack()), []);
    });

    it("fails when the service is named after the product only", async () => {
        const stack = editing(compliantStack(), "shop-api-pd", (r) => { r.props.name = "shop"; });
        assert.deepEqual(await messages(policy, stack), ["component 'api' has no PagerDuty service named 'shop-api' (pagerduty:index/service:Service)"]);
    });

    it("fails a second component that shares the first one's service", async () => {
        const stack = editing(compliantStack(), "shop-api-gateway", (r) => { (r.props.tags as Record<string, string>).component = "ui"; });
        assert.deepEqual(await messages(policy, stack), ["component 'ui' has no PagerDuty service named 'shop-ui' (pagerduty:index/service:Service)"]);
    });
});
