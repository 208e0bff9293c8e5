import * as assert from "node:assert/strict";
import { describe, it } from "node:test";
import { compliantStack } from "../lib/fixtures";
import { editing, messages, without } from "../lib/testing";
import { missingGoldenSignalMonitors as policy } from "./missing-golden-signal-monitors";

describe("missing-golden-signal-monitors", () => {
    it("passes a stack with threshold monitors for all four signals", async () => {
        assert.deepEqual(await messages(policy, compliantStack()), []);
    });

    it("fails a component without a latency threshold monitor", async () => {
        assert.deepEqual(await messages(policy, without(compliantStack(), "shop-api-latency")), [
            "component 'api' has no threshold monitor for golden signal 'latency' (a datadog:index/monitor:Monitor of type 'metric alert' or 'query alert' tagged 'golden-signal:latency' and 'component:api')",
        ]);
    });

    it("does not count an anomaly monitor as the threshold monitor", async () => {
        const stack = editing(compliantStack(), "shop-api-errors", (r) => { r.props.query = "avg(last_4h):anomalies(x{service:shop-api}, 'agile', 2) >= 1"; });
        assert.deepEqual(await messages(policy, stack), [
            "component 'api' has no threshold monitor for golden signal 'errors' (a datadog:index/monitor:Monitor of type 'metric alert' or 'query alert' tagged 'golden-signal:errors' and 'component:api')",
        ]);
    });

    it("fails a threshold monitor without a critical threshold", async () => {
        const stack = editing(compliantStack(), "shop-api-traffic", (r) => { r.props.monitorThresholds = {}; });
        assert.deepEqual(await messages(policy, stack), [
            "monitor 'shop-api-traffic' for golden signal 'traffic' of component 'api' has no monitorThresholds.critical",
        ]);
    });

    it("fails a stack with no component at all", async () => {
        assert.deepEqual(await messages(policy, []), [
            "no component found: tag Azure resources with 'component' (or Datadog resources with 'component:'), or use a readiness:index:ReadyService component",
        ]);
    });
});
