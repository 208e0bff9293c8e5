import * as assert from "node:assert/strict";
import { describe, it } from "node:test";
import { compliantStack } from "../lib/fixtures";
import { editing, messages, without } from "../lib/testing";
import { missingAnomalyMonitors as policy } from "./missing-anomaly-monitors";

describe("missing-anomaly-monitors", () => {
    it("passes a stack with anomaly monitors for all four signals", async () => {
        assert.deepEqual(await messages(policy, compliantStack()), []);
    });

    it("fails a component without a saturation anomaly monitor", async () => {
        assert.deepEqual(await messages(policy, without(compliantStack(), "shop-api-saturation-anomaly")), [
            "component 'api' has no anomaly monitor for golden signal 'saturation' (a datadog:index/monitor:Monitor with an 'anomalies(' query tagged 'golden-signal:saturation' and 'component:api')",
        ]);
    });

    it("fails when the anomaly monitor's query is a plain threshold", async () => {
        const stack = editing(compliantStack(), "shop-api-traffic-anomaly", (r) => { r.props.query = "sum(last_5m):x{service:shop-api} > 1"; });
        assert.deepEqual(await messages(policy, stack), [
            "component 'api' has no anomaly monitor for golden signal 'traffic' (a datadog:index/monitor:Monitor with an 'anomalies(' query tagged 'golden-signal:traffic' and 'component:api')",
        ]);
    });
});
