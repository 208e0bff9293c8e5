import * as assert from "node:assert/strict";
import { describe, it } from "node:test";
import { compliantStack } from "../lib/fixtures";
import { editing, messages } from "../lib/testing";
import { missingCapacityPlan as policy } from "./missing-capacity-plan";

const AUTOSCALE = "shop-api-autoscale";

describe("missing-capacity-plan", () => {
    it("passes a plan stated in autoscale tags", async () => {
        assert.deepEqual(await messages(policy, compliantStack()), []);
    });

    it("fails without the planned peak tag", async () => {
        const stack = editing(compliantStack(), AUTOSCALE, (r) => { delete (r.props.tags as Record<string, string>)["capacity-planned-peak-rps"]; });
        assert.deepEqual(await messages(policy, stack), [
            "component 'api' states no capacity plan: tag its azure-native:insights:AutoscaleSetting with positive 'capacity-planned-peak-rps', 'capacity-rps-per-instance' and 'capacity-headroom'",
        ]);
    });

    it("fails a non-numeric headroom tag", async () => {
        const stack = editing(compliantStack(), AUTOSCALE, (r) => { (r.props.tags as Record<string, string>)["capacity-headroom"] = "plenty"; });
        assert.deepEqual(await messages(policy, stack), [
            "component 'api' states no capacity plan: tag its azure-native:insights:AutoscaleSetting with positive 'capacity-planned-peak-rps', 'capacity-rps-per-instance' and 'capacity-headroom'",
        ]);
    });
});
