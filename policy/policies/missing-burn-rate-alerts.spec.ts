import * as assert from "node:assert/strict";
import { describe, it } from "node:test";
import { compliantStack } from "../lib/fixtures";
import { editing, messages, without, withoutType } from "../lib/testing";
import { missingBurnRateAlerts as policy } from "./missing-burn-rate-alerts";

describe("missing-burn-rate-alerts", () => {
    it("passes SLOs with a paging fast burn and a slow burn", async () => {
        assert.deepEqual(await messages(policy, compliantStack()), []);
    });

    it("fails an SLO without burn-rate alerts", async () => {
        assert.deepEqual(await messages(policy, without(compliantStack(), "shop-api-latency-fast-burn", "shop-api-latency-slow-burn")), [
            "SLO 'shop-api-latency' has no burn-rate alert (a datadog:index/monitor:Monitor of type 'slo alert' tagged 'slo:shop-api-latency')",
        ]);
    });

    it("fails an SLO whose fast burn does not page", async () => {
        const stack = editing(compliantStack(), "shop-api-availability-fast-burn", (r) => {
            r.props.tags = (r.props.tags as string[]).map((t) => (t === "routing:page" ? "routing:business-hours" : t));
        });
        assert.deepEqual(await messages(policy, stack), [
            "SLO 'shop-api-availability' has no page-class fast-burn alert (an 'slo alert' monitor tagged 'slo:shop-api-availability' and 'routing:page')",
        ]);
    });

    it("fails a stack without SLOs", async () => {
        assert.deepEqual(await messages(policy, withoutType(compliantStack(), "datadog:index/serviceLevelObjective:ServiceLevelObjective")), [
            "no SLO in the stack, so there are no burn-rate alerts (expected datadog:index/serviceLevelObjective:ServiceLevelObjective resources with 'slo alert' monitors)",
        ]);
    });
});
