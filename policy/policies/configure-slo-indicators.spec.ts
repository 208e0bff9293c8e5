import * as assert from "node:assert/strict";
import { describe, it } from "node:test";
import { compliantStack } from "../lib/fixtures";
import { editing, messages, ResourceSpec, withoutType } from "../lib/testing";
import { UNKNOWN } from "../lib/values";
import { configureSloIndicators as policy, scopeTerms } from "./configure-slo-indicators";

const SLO = "shop-api-availability";
const TIME_SLICE = "shop-api-latency-slo";
const NOT_RESTRICTION = "SLO 'shop-api-availability' SLI numerator is not a restriction of its denominator: good must be the total's metric and filter plus a status filter that keeps no server error (!http.status_class:5xx, or one class below 5xx such as http.status_class:2xx), the total minus its errors metric, or the total's status-class counts (e.g. http2xx + http3xx of <ns>.requests)";

function withSli(numerator: string, denominator: string): ResourceSpec[] {
    return editing(compliantStack(), SLO, (r) => { r.props.query = { numerator, denominator }; });
}

function withTimeSlice(timeSlice: unknown): ResourceSpec[] {
    return editing(compliantStack(), TIME_SLICE, (r) => { r.props.sliSpecification = { timeSlice }; });
}

describe("configure-slo-indicators", () => {
    it("passes good/total over the same service and a time-slice SLO", async () => {
        assert.deepEqual(await messages(policy, compliantStack()), []);
    });

    it("fails an SLO without a denominator", async () => {
        const stack = editing(compliantStack(), SLO, (r) => { (r.props.query as Record<string, unknown>).denominator = ""; });
        assert.deepEqual(await messages(policy, stack), [
            "SLO 'shop-api-availability' SLI needs both query.numerator (good events) and query.denominator (total events)",
        ]);
    });

    it("fails a numerator over another service", async () => {
        const stack = editing(compliantStack(), SLO, (r) => { (r.props.query as Record<string, unknown>).numerator = "sum:trace.http.request.hits{service:shop-ui}.as_count()"; });
        assert.deepEqual(await messages(policy, stack), [
            "SLO 'shop-api-availability' SLI numerator and denominator must filter on the same service or resource (numerator: {service:shop-ui}, denominator: {service:shop-api})",
        ]);
    });

    it("passes good/total over the same Azure resource (the Azure integration's name and resource_group tags)", async () => {
        const stack = editing(compliantStack(), SLO, (r) => {
            r.props.query = {
                numerator: "sum:azure.app_services.http2xx{resource_group:rg-shop,name:shop-api}.as_count()",
                denominator: "sum:azure.app_services.requests{resource_group:rg-shop,name:shop-api}.as_count()",
            };
        });
        assert.deepEqual(await messages(policy, stack), []);
    });

    it("fails good/total over two Azure resources", async () => {
        const stack = editing(compliantStack(), SLO, (r) => {
            r.props.query = {
                numerator: "sum:azure.app_services.http2xx{resource_group:rg-shop,name:shop-ui}.as_count()",
                denominator: "sum:azure.app_services.requests{resource_group:rg-shop,name:shop-api}.as_count()",
            };
        });
        assert.deepEqual(await messages(policy, stack), [
            "SLO 'shop-api-availability' SLI numerator and denominator must filter on the same service or resource (numerator: {name:shop-ui,resource_group:rg-shop}, denominator: {name:shop-api,resource_group:rg-shop})",
        ]);
    });

    it("fails a time-slice SLO without its specification", async () => {
        const stack = editing(compliantStack(), "shop-api-latency-slo", (r) => { delete r.props.sliSpecification; });
        assert.deepEqual(await messages(policy, stack), ["SLO 'shop-api-latency-slo' is a time_slice SLO without sliSpecification.timeSlice"]);
    });

    it("fails good = total, which is met whatever happens", async () => {
        const total = "sum:trace.http.request.hits{service:shop-api,env:prod}.as_count()";
        assert.deepEqual(await messages(policy, withSli(total, total)), [
            "SLO 'shop-api-availability' SLI counts the same events as good and as total (numerator = denominator), so it is met whatever happens",
        ]);
    });

    it("fails a good query that narrows total by something other than a status, or counts failures", async () => {
        assert.deepEqual(await messages(policy, withSli("sum:trace.http.request.hits{service:shop-api,env:prod,host:web-1}.as_count()",
            "sum:trace.http.request.hits{service:shop-api,env:prod}.as_count()")), [NOT_RESTRICTION]);
        assert.deepEqual(await messages(policy, withSli("sum:azure.app_services.http5xx{name:shop-prod-api}.as_count()",
            "sum:azure.app_services.requests{name:shop-prod-api}.as_count()")), [NOT_RESTRICTION]);
        assert.deepEqual(await messages(policy, withSli("sum:trace.http.request.hits{service:shop-api}.as_count() - sum:trace.http.request.duration{service:shop-api}.as_count()",
            "sum:trace.http.request.hits{service:shop-api}.as_count()")), [NOT_RESTRICTION]);
    });

    it("fails good events that drop something other than every server error, so 5xx responses count as good", async () => {
        const total = "sum:trace.http.request.hits{service:shop-api,env:prod}.as_count()";
        for (const filter of ["!http.status_class:4xx", "!http.status_code:404", "!http.status_code:503", "!http.status_class:1xx"]) {
            assert.deepEqual(await messages(policy, withSli(`sum:trace.http.request.hits{service:shop-api,env:prod,${filter}}.as_count()`, total)),
                [NOT_RESTRICTION], filter);
        }
    });

    it("passes good events that keep one class or code below 5xx, which leaves every server error out", async () => {
        const total = "sum:trace.http.request.hits{service:shop-api,env:prod}.as_count()";
        for (const filter of ["http.status_class:2xx", "http.status_code:200", "!http.status_class:5xx"]) {
            assert.deepEqual(await messages(policy, withSli(`sum:trace.http.request.hits{service:shop-api,env:prod,${filter}}.as_count()`, total)), [], filter);
        }
    });

    it("passes the documented restrictions: total minus its errors, and the total's 2xx + 3xx counts", async () => {
        assert.deepEqual(await messages(policy, withSli(
            "sum:trace.worker.job.hits{service:shop-api,env:prod}.as_count() - sum:trace.worker.job.errors{service:shop-api,env:prod}.as_count()",
            "sum:trace.worker.job.hits{service:shop-api,env:prod}.as_count()")), []);
        assert.deepEqual(await messages(policy, withSli(
            "sum:azure.app_services.http2xx{resource_group:rg-shop-prod,name:shop-prod-api}.as_count() + sum:azure.app_services.http3xx{resource_group:rg-shop-prod,name:shop-prod-api}.as_count()",
            "sum:azure.app_services.requests{resource_group:rg-shop-prod,name:shop-prod-api}.as_count()")), []);
    });

    describe("a container app's requests by status class (Azure Container Apps has no 5xx metric)", () => {
        const REQUESTS = "sum:azure.app_containerapps.requests{resource_group:shop-prod,name:shop-prod-api";

        it("passes its requests without server errors, and its requests less its 5xx requests, over its requests", async () => {
            assert.deepEqual(await messages(policy, withSli(`${REQUESTS},!statuscodecategory:5xx}.as_count()`, `${REQUESTS}}.as_count()`)), []);
            assert.deepEqual(await messages(policy, withSli(`${REQUESTS}}.as_count() - ${REQUESTS},statuscodecategory:5xx}.as_count()`, `${REQUESTS}}.as_count()`)), []);
        });

        it("fails good events that keep only the server errors, and a total less its 4xx requests", async () => {
            assert.deepEqual(await messages(policy, withSli(`${REQUESTS},statuscodecategory:5xx}.as_count()`, `${REQUESTS}}.as_count()`)), [NOT_RESTRICTION]);
            assert.deepEqual(await messages(policy, withSli(`${REQUESTS},http.status_code:503}.as_count()`, `${REQUESTS}}.as_count()`)), [NOT_RESTRICTION]);
            assert.deepEqual(await messages(policy, withSli(`${REQUESTS}}.as_count() - ${REQUESTS},statuscodecategory:4xx}.as_count()`, `${REQUESTS}}.as_count()`)), [NOT_RESTRICTION]);
        });
    });

    it("is undecided on a form it cannot compare, and on a query unknown in preview", async () => {
        assert.deepEqual(await messages(policy, withSli("sum:trace.http.request.hits{service:shop-api}.as_count() * 0.999",
            "sum:trace.http.request.hits{service:shop-api}.as_count()")), [
            "[undecided] SLO 'shop-api-availability' SLI has a form the pack cannot compare (the denominator must be one metric query, the numerator a sum or difference of metric queries), so it cannot show good is a restriction of total",
        ]);
        assert.deepEqual(await messages(policy, withSli(UNKNOWN, "sum:trace.http.request.hits{service:shop-api}.as_count()")), [
            "[undecided] SLO 'shop-api-availability' SLI query is unknown in preview, so good and total cannot be compared",
        ]);
    });

    it("fails an empty time slice, naming everything it lacks", async () => {
        assert.deepEqual(await messages(policy, withTimeSlice({})), [
            "SLO 'shop-api-latency-slo' is a time_slice SLO whose sliSpecification.timeSlice lacks a comparator (<, <=, >, >=), a numeric threshold, query.queries[] with a named metric query each, query.formula.formulaExpression naming one of its queries",
        ]);
    });

    it("fails a time slice whose formula names no query of it, or whose query has no metric", async () => {
        const complete = { comparator: "<=", threshold: 0.5, query: { formula: { formulaExpression: "query1" }, queries: [{ metricQuery: { name: "query1", query: "avg:trace.http.request.duration{service:shop-api}" } }] } };
        assert.deepEqual(await messages(policy, withTimeSlice(complete)), []);
        assert.deepEqual(await messages(policy, withTimeSlice({ ...complete, query: { ...complete.query, formula: { formulaExpression: "query2" } } })), [
            "SLO 'shop-api-latency-slo' is a time_slice SLO whose sliSpecification.timeSlice lacks query.formula.formulaExpression naming one of its queries",
        ]);
        assert.deepEqual(await messages(policy, withTimeSlice({ ...complete, query: { ...complete.query, queries: [{ metricQuery: { name: "query1", query: "" } }] } })), [
            "SLO 'shop-api-latency-slo' is a time_slice SLO whose sliSpecification.timeSlice lacks query.queries[] with a named metric query each",
        ]);
    });

    describe("a complete time slice that measures nothing", () => {
        const ERRORS = "sum:trace.http.request.errors{service:shop-api,env:prod}.as_count()";
        const HITS = "sum:trace.http.request.hits{service:shop-api,env:prod}.as_count()";
        const slice = (comparator: string, threshold: number, queries: string[], formula: string) => ({
            comparator, threshold, queryIntervalSeconds: 60,
            query: { formula: { formulaExpression: formula }, queries: queries.map((query, i) => ({ metricQuery: { name: `query${i + 1}`, dataSource: "metrics", query } })) },
        });
        const judged = (timeSlice: unknown) => messages(policy, withTimeSlice(timeSlice));
        const LATENCY = "avg:trace.http.request.duration{service:shop-api,env:prod}";

        it("fails a slice good when errors or latency are high: they are good when low", async () => {
            assert.deepEqual(await judged(slice(">=", 0.5, [LATENCY], "query1")), [
                "SLO 'shop-api-latency-slo' time slice: it counts a time slice as good when its latency is >= 0.5, but latency is good when low: the comparator must be '<' or '<='",
            ]);
            assert.deepEqual(await judged(slice(">", 0.01, [ERRORS, HITS], "query1 / query2")), [
                "SLO 'shop-api-latency-slo' time slice: it counts a time slice as good when its errors is > 0.01, but errors is good when low: the comparator must be '<' or '<='",
            ]);
        });

        it("fails a slice good whatever happens: an error ratio at or below 1", async () => {
            assert.deepEqual(await judged(slice("<=", 1, [ERRORS, HITS], "query1 / query2")), [
                "SLO 'shop-api-latency-slo' time slice: it counts every time slice as good: errors <= 1 holds whatever happens (an error count over a request count is a ratio of at most 1)",
            ]);
        });

        it("fails a formula over queries of no scope, or of two, whatever else the slice lists", async () => {
            assert.deepEqual(await judged(slice("<=", 0.5, [LATENCY, "avg:trace.http.request.duration{*}"], "query2")), [
                "SLO 'shop-api-latency-slo' time slice: the queries its formula uses must filter on one service or resource (they filter on {})",
            ]);
            assert.deepEqual(await judged(slice("<=", 0.01, [ERRORS, "sum:trace.http.request.hits{service:shop-ui}.as_count()"], "query1 / query2")), [
                "SLO 'shop-api-latency-slo' time slice: the queries its formula uses must filter on one service or resource (they filter on {service:shop-api}, {service:shop-ui})",
            ]);
        });

        it("passes a latency slice good below its threshold, and an error ratio below 1%", async () => {
            assert.deepEqual(await judged(slice("<", 0.5, [LATENCY], "query1")), []);
            assert.deepEqual(await judged(slice("<=", 0.01, [ERRORS, HITS], "query1 / query2")), []);
        });
    });

    it("fails a monitor-based SLO", async () => {
        const stack = editing(compliantStack(), SLO, (r) => { r.props.type = "monitor"; });
        assert.deepEqual(await messages(policy, stack), [
            "SLO 'shop-api-availability' has type 'monitor'; its SLI must be a good/total metric query (type metric) or a time slice (type time_slice)",
        ]);
    });

    it("fails a stack without SLOs", async () => {
        assert.deepEqual(await messages(policy, withoutType(compliantStack(), "datadog:index/serviceLevelObjective:ServiceLevelObjective")), [
            "no SLO in the stack, so no SLI is defined (expected datadog:index/serviceLevelObjective:ServiceLevelObjective resources)",
        ]);
    });

    it("reads only service and resource terms of every filter", () => {
        assert.deepEqual(scopeTerms("a{service:x, env:prod}/b{resource_name:get_/}"), ["resource_name:get_/", "service:x"]);
        assert.deepEqual(scopeTerms("a{env:prod}"), []);
        assert.deepEqual(scopeTerms("a{resource_group:rg,name:app,env:qa}"), ["name:app", "resource_group:rg"]);
    });
});
