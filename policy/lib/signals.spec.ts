import * as assert from "node:assert/strict";
import { describe, it } from "node:test";
import { anomalyTarget, metricTerms, selectsServerErrors, signalOfMetric, signalOfQuery } from "./signals";

describe("signals", () => {
    it("parses a query once and hands out terms no caller can change", () => {
        const query = "avg(last_5m):sum:azure.app_services.http5xx{name:shop-api, env:prod} > 5";
        const terms = metricTerms(query);
        assert.equal(metricTerms(query), terms);
        assert.deepEqual(terms, [{ aggregator: "sum", metric: "azure.app_services.http5xx", filters: ["name:shop-api", "env:prod"] }]);
        assert.throws(() => { (terms as unknown as unknown[]).push({}); }, TypeError);
        assert.throws(() => { (terms[0].filters as string[]).push("x"); }, TypeError);
        assert.throws(() => { (terms[0] as { metric: string }).metric = "other"; }, TypeError);
        assert.deepEqual(metricTerms("avg(last_5m):sum:other.metric{*} > 1")[0].metric, "other.metric");
    });

    it("puts the metrics ReadyService and hand-written programs query in their signal's family", () => {
        const cases: Record<string, string | undefined> = {
            "azure.app_services.response_time": "latency",
            "azure.app_services.average_response_time": "latency",
            "http_response_time": "latency",
            "trace.http.request.duration": "latency",
            "trace.worker.job": "latency",
            "azure.app_services.requests": "traffic",
            "trace.worker.job.hits": "traffic",
            "azure.app_services.http5xx": "errors",
            "trace.worker.job.errors": "errors",
            "azure.web_serverfarms.cpu_percentage": "saturation",
            "azure.web_serverfarms.memory_percentage": "saturation",
            "system.cpu.user": "saturation",
            "jvm.cpu_load.process": "saturation",
            "azure.app_containerapps.requests": "traffic",
            "azure.app_containerapps.cpu_percentage": "saturation",
            "azure.app_containerapps.memory_percentage": "saturation",
            "azure.app_containerapps.usage_nano_cores": "saturation",
            "azure.app_containerapps.working_set_bytes": "saturation",
            "azure.app_containerapps.response_time": "latency",
            "azure.functions.requests": "traffic",
            "azure.functions.function_execution_count": "traffic",
            "azure.functions.http5xx": "errors",
            "azure.functions.http_response_time": "latency",
            "azure.functions.average_response_time": "latency",
            "azure.app_containerapps.restart_count": undefined,
            "azure.functions.http2xx": undefined,
            "azure.app_services.http2xx": undefined,
            "shop.orders.basket_size": undefined,
        };
        for (const [metric, signal] of Object.entries(cases)) {
            assert.equal(signalOfMetric(metric), signal, metric);
        }
    });

    it("reads an error rate as errors and a duration per hit as latency", () => {
        assert.equal(signalOfQuery("sum(last_5m):sum:azure.app_services.http5xx{name:a}.as_count() / sum:azure.app_services.requests{name:a}.as_count() > 0.01"), "errors");
        assert.equal(signalOfQuery("avg:trace.http.request.duration{service:a} / avg:trace.http.request.hits{service:a}"), "latency");
        assert.equal(signalOfQuery("no metric at all"), undefined);
    });

    it("reads a request count filtered to server errors as errors, and an error count over requests as an error rate", () => {
        const requests = (filter: string) => `sum:azure.app_containerapps.requests{resource_group:g,name:n${filter}}.as_count()`;
        for (const filter of [",statuscodecategory:5xx", ",statuscodecategory:5XX", ",http.status_code:503", ",http.status_class:5xx"]) {
            assert.equal(signalOfQuery(requests(filter)), "errors", filter);
        }
        assert.equal(signalOfQuery(`sum(last_5m):${requests(",statuscodecategory:5xx")} / ${requests("")} > 0.01`), "errors");
        assert.equal(signalOfQuery("sum:trace.http.request.hits{service:a,http.status_class:5xx}.as_count() / sum:trace.http.request.hits{service:a}.as_count()"), "errors");
    });

    it("does not read a 4xx, negated, OR, IN or wildcard status filter as server errors", () => {
        const requests = (filter: string) => `sum:azure.app_containerapps.requests{resource_group:g,name:n,${filter}}.as_count()`;
        for (const filter of ["statuscodecategory:4xx", "!statuscodecategory:5xx", "statuscodecategory:5xx OR statuscodecategory:4xx",
            "statuscodecategory IN (5xx,4xx)", "statuscodecategory:5*", "host:5xx"]) {
            assert.equal(signalOfQuery(requests(filter)), "traffic", filter);
            assert.equal(signalOfQuery(`${requests(filter)} / ${requests("env:prod")}`), "traffic", filter);
        }
        assert.equal(selectsServerErrors("statuscodecategory:5xx"), true);
        assert.equal(selectsServerErrors("!statuscodecategory:5xx"), false);
    });

    it("reads every aggregator:metric{filter} term", () => {
        assert.deepEqual(metricTerms("percentile(last_5m):p95:trace.worker.job{service:w,env:prod} > 10"), [
            { aggregator: "p95", metric: "trace.worker.job", filters: ["service:w", "env:prod"] },
        ]);
        assert.deepEqual(metricTerms("avg:system.cpu.user{*} by {host}"), [{ aggregator: "avg", metric: "system.cpu.user", filters: ["*"] }]);
    });

    it("finds what anomalies( is applied to, and nothing in a query that does not apply it", () => {
        assert.equal(anomalyTarget("avg(last_1h):anomalies(sum:a.requests{name:x}.as_count() / sum:a.b{name:x}.as_count(), 'basic', 2, direction='both') >= 1"),
            "sum:a.requests{name:x}.as_count() / sum:a.b{name:x}.as_count()");
        assert.equal(anomalyTarget("avg(last_5m):avg:my_anomalies(x{*}) > 1"), undefined);
        assert.equal(anomalyTarget("avg(last_5m):avg:a.requests{*} > 1"), undefined);
    });
});
