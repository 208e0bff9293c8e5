import * as assert from "node:assert/strict";
import { describe, it } from "node:test";
import { compliantStack } from "./fixtures";
import { isPageClass, outOfHoursUrgency, pagerDutyHandles, pagesOutOfHours, routesOf, serviceReachedBy } from "./paging";
import { fromPolicyResources, StackResource, StackView, TYPES } from "./stack";
import { editing, policyResources, ResourceSpec, Shape, without } from "./testing";
import { UNKNOWN } from "./values";

const SHAPES: Shape[] = ["inputs", "outputs"];
const view = (specs: ResourceSpec[], shape: Shape) => new StackView(fromPolicyResources(policyResources(specs, shape), () => undefined));
const named = (stack: StackView, name: string) => stack.resources.find((r) => r.name === name) as StackResource;

describe("paging", () => {
    for (const shape of SHAPES) {
        it(`follows a handle through the service object and the integration to the service (${shape})`, () => {
            const stack = view(compliantStack(), shape);
            const monitor = named(stack, "shop-api-errors");
            assert.deepEqual(serviceReachedBy(stack, monitor).map((s) => s.name), ["shop-api-pd"]);
            assert.deepEqual(routesOf(stack, monitor).map((r) => r.handle), ["@pagerduty-shop-api"]);
        });

        it(`reaches nothing when a link of the chain is missing (${shape})`, () => {
            for (const gone of ["shop-api-pagerduty-link", "shop-api-datadog", "shop-api-pd"]) {
                const stack = view(without(compliantStack(), gone), shape);
                const monitor = named(stack, "shop-api-errors");
                assert.deepEqual(serviceReachedBy(stack, monitor), [], gone);
                assert.equal(routesOf(stack, monitor)[0].gap?.outcome, "violation", gone);
            }
        });
    }

    it("reaches no service, undecided, where a link of the chain refers to several resources a preview cannot tell apart", () => {
        const low: ResourceSpec[] = [
            { type: TYPES.pdService, name: "quiet-pd", props: { name: "quiet", incidentUrgencyRule: { type: "constant", urgency: "low" } } },
            { type: TYPES.pdServiceIntegration, name: "quiet-datadog", props: { name: "Datadog", service: UNKNOWN }, propertyDependencies: { service: ["quiet-pd"] } },
        ];
        const cases: Record<string, ResourceSpec[]> = {
            "two service objects of one name": [...compliantStack(), ...low,
                { type: TYPES.ddPagerDutyServiceObject, name: "quiet-link", props: { serviceName: "shop-api", serviceKey: UNKNOWN }, propertyDependencies: { serviceKey: ["quiet-datadog"] } }],
            "a key built from two integrations": [...editing(compliantStack(), "shop-api-pagerduty-link", (r) => {
                r.propertyDependencies = { serviceKey: ["shop-api-datadog", "quiet-datadog"] };
            }), ...low],
            "an integration of two services": [...editing(compliantStack(), "shop-api-datadog", (r) => {
                r.propertyDependencies = { service: ["shop-api-pd", "quiet-pd"] };
            }), ...low],
        };
        for (const [what, specs] of Object.entries(cases)) {
            const stack = view(specs, "inputs");
            const monitor = named(stack, "shop-api-errors");
            assert.deepEqual(serviceReachedBy(stack, monitor), [], what);
            assert.equal(routesOf(stack, monitor)[0].gap?.outcome, "undecided", what);
            assert.match(routesOf(stack, monitor)[0].gap?.message ?? "", /refers to several resources \('shop-api-|refers to several resources \('shop-api-pagerduty-link', 'quiet-link'\)/, what);
        }
    });

    it("reads every handle of a message once, without trailing punctuation", () => {
        const stack = view(editing(compliantStack(), "shop-api-errors", (r) => {
            r.props.message = "@pagerduty-shop-api high. Also @pagerduty-shop-db. @pagerduty-shop-api again";
        }), "inputs");
        assert.deepEqual(pagerDutyHandles(named(stack, "shop-api-errors")), ["shop-api", "shop-db"]);
    });

    it("classifies routing:page monitors as page-class, and nothing else", () => {
        const stack = view(compliantStack(), "inputs");
        assert.equal(isPageClass(named(stack, "shop-api-errors")), true);
        assert.equal(isPageClass(named(stack, "shop-api-errors-anomaly")), false);
    });

    it("reads the urgency outside support hours from either rule type", () => {
        const service = (rule: unknown) => ({ type: TYPES.pdService, name: "s", urn: "u", props: { incidentUrgencyRule: rule }, protect: false, dependencies: [], propertyDependencies: {} });
        assert.equal(outOfHoursUrgency(service({ type: "constant", urgency: "low" })), "low");
        assert.equal(outOfHoursUrgency(service({ type: "use_support_hours", outsideSupportHours: { type: "constant", urgency: "high" } })), "high");
        assert.equal(outOfHoursUrgency(service({ type: "use_support_hours", outsideSupportHours: { urgency: UNKNOWN } })), "unknown");
        assert.equal(outOfHoursUrgency(service(undefined)), undefined);
        assert.deepEqual(["high", "severity_based", "low", undefined].map(pagesOutOfHours), [true, true, false, false]);
    });
});
