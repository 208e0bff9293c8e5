import * as assert from "node:assert/strict";
import { describe, it } from "node:test";
import { compliantStack } from "../lib/fixtures";
import { editing, messages, withoutType } from "../lib/testing";
import { configureSloIndicators as policy, scopeTerms } from "./configure-slo-indicators";

const SLO = "shop-api-availability";

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
