import * as assert from "node:assert/strict";
import { describe, it } from "node:test";
import { closedToTheInternet, compliantStack, CONTAINER_APP_QUERIES, containerAppStack } from "../lib/fixtures";
import { editing, messages, without } from "../lib/testing";
import { UNKNOWN } from "../lib/values";
import { missingAvailabilitySlo as policy } from "./missing-availability-slo";

const SLO = "shop-api-availability";
const HOW = "a datadog:index/serviceLevelObjective:ServiceLevelObjective of type 'metric' whose denominator counts the component's requests (a traffic metric filtered to its service or Azure resources), or of type 'time_slice' over its errors";

describe("missing-availability-slo", () => {
    it("passes a customer-facing component with a 99.9% / 30d availability SLO", async () => {
        assert.deepEqual(await messages(policy, compliantStack()), []);
    });

    it("fails a customer-facing component without an availability SLO", async () => {
        assert.deepEqual(await messages(policy, without(compliantStack(), SLO, `${SLO}-fast-burn`, `${SLO}-slow-burn`)), [
            `customer-facing component 'api' has no availability SLO (${HOW})`,
        ]);
    });

    it("does not take a tag for an availability SLO: one over another service's requests, or over latency, does not count", async () => {
        const otherService = editing(compliantStack(), SLO, (r) => {
            r.props.query = { numerator: "sum:trace.http.request.hits{service:shop-ui,!http.status_class:5xx}.as_count()", denominator: "sum:trace.http.request.hits{service:shop-ui}.as_count()" };
        });
        assert.deepEqual(await messages(policy, otherService), [
            `SLO 'shop-api-availability' is tagged 'sli:availability' but does not measure the availability of component 'api': ${HOW}`,
        ]);
        const latency = editing(without(compliantStack(), SLO, `${SLO}-fast-burn`, `${SLO}-slow-burn`), "shop-api-latency-slo", (r) => {
            r.props.tags = (r.props.tags as string[]).map((t) => (t === "sli:latency" ? "sli:availability" : t));
        });
        assert.deepEqual(await messages(policy, latency), [
            `SLO 'shop-api-latency-slo' is tagged 'sli:availability' but does not measure the availability of component 'api': ${HOW}`,
        ]);
    });

    it("finds an untagged availability SLO by its SLI, and a time slice over the component's errors", async () => {
        const untagged = editing(compliantStack(), SLO, (r) => { r.props.tags = ["team:shop"]; });
        assert.deepEqual(await messages(policy, untagged), []);
        const errorSlices = editing(without(compliantStack(), SLO, `${SLO}-fast-burn`, `${SLO}-slow-burn`), "shop-api-latency-slo", (r) => {
            r.props.sliSpecification = { timeSlice: { comparator: "<", threshold: 0.01, query: { formula: { formulaExpression: "query1" },
                queries: [{ metricQuery: { name: "query1", query: "sum:trace.http.request.errors{service:shop-api}.as_count()" } }] } } };
        });
        assert.deepEqual(await messages(policy, errorSlices), []);
    });

    it("does not count a time slice whose formula leaves out its query over the component's errors", async () => {
        const stack = editing(without(compliantStack(), SLO, `${SLO}-fast-burn`, `${SLO}-slow-burn`), "shop-api-latency-slo", (r) => {
            r.props.sliSpecification = { timeSlice: { comparator: "<", threshold: 0.01, query: { formula: { formulaExpression: "query2" },
                queries: [{ metricQuery: { name: "query1", query: "sum:trace.http.request.errors{service:shop-api}.as_count()" } },
                    { metricQuery: { name: "query2", query: "sum:trace.http.request.errors{*}.as_count()" } }] } } };
        });
        assert.equal((await messages(policy, stack)).length, 1);
        assert.match((await messages(policy, stack))[0], /^customer-facing component 'api' has no availability SLO/);
    });

    it("is undecided when the SLI of the component's SLO is unknown in preview", async () => {
        const stack = editing(compliantStack(), SLO, (r) => { r.props.query = UNKNOWN; });
        assert.deepEqual(await messages(policy, stack), [
            "[undecided] customer-facing component 'api' has no availability SLO that can be judged: the SLI of SLO 'shop-api-availability' is unknown in preview",
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

    it("does not require an SLO of an internal component the internet does not reach", async () => {
        const stack = closedToTheInternet(compliantStack().map((r) => JSON.parse(JSON.stringify(r).replace(/customer-facing/g, "internal"))));
        assert.deepEqual(await messages(policy, without(stack, SLO)), []);
    });

    it("requires an SLO of a component tagged internal that the internet reaches: a tag never hides a requirement", async () => {
        const tagged = compliantStack().map((r) => JSON.parse(JSON.stringify(r).replace(/customer-facing/g, "internal")));
        assert.deepEqual(await messages(policy, without(tagged, SLO)), [
            `customer-facing component 'api' has no availability SLO (${HOW}); it is customer-facing, whatever its tags and spec say, because the internet reaches web app 'shop-api-app' (publicNetworkAccess unset, Enabled by default, and its access restrictions do not deny the internet)`,
        ]);
        const unknown = editing(closedToTheInternet(tagged), "shop-api-app", (r) => { r.props.publicNetworkAccess = UNKNOWN; });
        assert.deepEqual(await messages(policy, without(unknown, SLO)), [
            `[undecided] component 'api' has no availability SLO (${HOW}), which it needs if the internet reaches it: web app 'shop-api-app' publicNetworkAccess is unknown in preview`,
        ]);
    });
});

describe("missing-availability-slo: a component on an Azure container app", () => {
    const REQUESTS = "sum:azure.app_containerapps.requests{resource_group:shop-prod,name:shop-prod-api";
    const withSli = (numerator: string, denominator: string) => editing(containerAppStack(), SLO, (r) => { r.props.query = { numerator, denominator }; });

    it("passes an SLO over the app's requests, and a time slice over its 5xx rate", async () => {
        assert.deepEqual(await messages(policy, withSli(`${REQUESTS},!statuscodecategory:5xx}.as_count()`, `${REQUESTS}}.as_count()`)), []);
        const errorSlices = editing(without(containerAppStack(), SLO, `${SLO}-fast-burn`, `${SLO}-slow-burn`), "shop-api-latency-slo", (r) => {
            r.props.sliSpecification = { timeSlice: { comparator: "<", threshold: 0.01, query: { formula: { formulaExpression: "query1" },
                queries: [{ metricQuery: { name: "query1", query: CONTAINER_APP_QUERIES.errors } }] } } };
        });
        assert.deepEqual(await messages(policy, errorSlices), []);
    });

    it("fails an SLO whose denominator counts only the app's server errors: that is no count of its requests", async () => {
        assert.deepEqual(await messages(policy, withSli(`${REQUESTS},statuscodecategory:5xx}.as_count()`, `${REQUESTS},statuscodecategory:5xx}.as_count()`)), [
            `SLO 'shop-api-availability' is tagged 'sli:availability' but does not measure the availability of component 'api': ${HOW}`,
        ]);
    });
});
