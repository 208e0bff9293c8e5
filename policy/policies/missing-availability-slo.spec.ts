import * as assert from "node:assert/strict";
import { describe, it } from "node:test";
import { compliantStack } from "../lib/fixtures";
import { editing, messages, without } from "../lib/testing";
import { UNKNOWN } from "../lib/values";
import { missingAvailabilitySlo as policy } from "./missing-availability-slo";

const SLO = "shop-api-availability";

describe("missing-availability-slo", () => {
    it("passes a customer-facing component with a 99.9% / 30d availability SLO", async () => {
        assert.deepEqual(await messages(policy, compliantStack()), []);
    });

    it("fails a customer-facing component without an availability SLO", async () => {
        assert.deepEqual(await messages(policy, without(compliantStack(), SLO, `${SLO}-fast-burn`, `${SLO}-slow-burn`)), [
            "customer-facing component 'api' has no availability SLO (a datadog:index/serviceLevelObjective:ServiceLevelObjective tagged 'sli:availability' and 'component:api')",
        ]);
    });

    it("fails a target below the floor", async () => {
        const stack = editing(compliantStack(), SLO, (r) => { r.props.thresholds = [{ timeframe: "30d", target: 95 }]; });
        assert.deepEqual(await messages(policy, stack), ["SLO 'shop-api-availability' target 95 is outside the allowed range 99..99.99 percent"]);
    });

    it("uses the configured floor", async () => {
        const stack = editing(compliantStack(), SLO, (r) => { r.props.thresholds = [{ timeframe: "30d", target: 95 }]; });
        assert.deepEqual(await messages(policy, stack, { minimumTargetPercent: 95 }, "qa"), []);
    });

    it("in prod, a target range wider than 99..99.99 fails the item as not checked", async () => {
        assert.deepEqual(await messages(policy, compliantStack(), { minimumTargetPercent: 95, maximumTargetPercent: 100 }), [
            "[not-checked] slo.objectives not checked as prod requires: missing-availability-slo's policy config sets minimumTargetPercent 95, below the prod floor 99; the item fails until the setting is removed (the check ran at 99)",
            "[not-checked] slo.objectives not checked as prod requires: missing-availability-slo's policy config sets maximumTargetPercent 100, above the prod ceiling 99.99; the item fails until the setting is removed (the check ran at 99.99)",
        ]);
        assert.deepEqual(await messages(policy, compliantStack(), { minimumTargetPercent: 99.5, maximumTargetPercent: 99.95 }), []);
    });

    it("fails a target of 100 percent (no error budget)", async () => {
        const stack = editing(compliantStack(), SLO, (r) => { r.props.thresholds = [{ timeframe: "30d", target: 100 }]; });
        assert.deepEqual(await messages(policy, stack), ["SLO 'shop-api-availability' target 100 is outside the allowed range 99..99.99 percent"]);
    });

    it("fails a threshold without a timeframe", async () => {
        const stack = editing(compliantStack(), SLO, (r) => { r.props.thresholds = [{ target: 99.9 }]; });
        assert.deepEqual(await messages(policy, stack), ["SLO 'shop-api-availability' timeframe 'undefined' is not one of 7d, 30d, 90d"]);
    });

    it("fails an SLO without thresholds", async () => {
        const stack = editing(compliantStack(), SLO, (r) => { r.props.thresholds = []; });
        assert.deepEqual(await messages(policy, stack), ["SLO 'shop-api-availability' has no thresholds (each needs a timeframe and a target)"]);
    });

    it("is undecided when the target is unknown in preview", async () => {
        const stack = editing(compliantStack(), SLO, (r) => { r.props.thresholds = [{ timeframe: "30d", target: UNKNOWN }]; });
        assert.deepEqual(await messages(policy, stack), ["[undecided] SLO 'shop-api-availability' target is unknown in preview"]);
    });

    it("is undecided when the thresholds are unknown in preview", async () => {
        const stack = editing(compliantStack(), SLO, (r) => { r.props.thresholds = UNKNOWN; });
        assert.deepEqual(await messages(policy, stack), ["[undecided] SLO 'shop-api-availability' thresholds are unknown in preview"]);
    });

    it("does not require an SLO of an internal component", async () => {
        const stack = compliantStack().map((r) => JSON.parse(JSON.stringify(r).replace(/customer-facing/g, "internal")));
        assert.deepEqual(await messages(policy, without(stack, SLO)), []);
    });
});
