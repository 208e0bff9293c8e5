import * as assert from "node:assert/strict";
import { describe, it } from "node:test";
import { compliantStack } from "./fixtures";
import { fromPolicyResources, StackView } from "./stack";
import { policyResources, ResourceSpec } from "./testing";
import { asNumber, at, containsUnknown, isUnknown, plain, UNKNOWN } from "./values";

function view(specs: ResourceSpec[]): StackView {
    return new StackView(fromPolicyResources(policyResources(specs)));
}

const READY_SERVICE: ResourceSpec = {
    type: "readiness:index:ReadyService", name: "checkout",
    props: {
        product: { name: "checkout", team: "payments", environment: "qa" },
        components: [
            { name: "api", kind: "api", customerFacing: true, capacity: { plannedPeakRps: 100, rpsPerInstance: 50, headroom: 1.5 } },
            { name: "worker", kind: "worker", customerFacing: false },
        ],
    },
};

describe("StackView", () => {
    it("discovers product, environment and components from tags alone", () => {
        const stack = view(compliantStack());
        assert.equal(stack.product(), "shop");
        assert.equal(stack.environment(), "prod");
        assert.deepEqual(stack.components(), [{ name: "api", customerFacing: true }]);
        assert.equal(stack.serviceName("api"), "shop-api");
    });

    it("prefers the ReadyService inputs and unions their components with tagged ones", () => {
        const stack = view([READY_SERVICE, { type: "azure-native:web:WebApp", name: "ui", props: { tags: { component: "ui", criticality: "internal" } } }]);
        assert.equal(stack.product(), "checkout");
        // The inputs say qa, but the environment comes from the review: the stack here is unnamed.
        assert.equal(stack.environment(), "prod");
        assert.deepEqual(stack.components(), [
            { name: "api", customerFacing: true }, { name: "ui", customerFacing: false }, { name: "worker", customerFacing: false },
        ]);
    });

    it("treats an unlabelled stack as prod, the strictest environment", () => {
        assert.equal(view([]).environment(), "prod");
        assert.equal(view([]).serviceName("api"), "api");
    });

    it("relates resources by property dependencies", () => {
        const stack = view(compliantStack());
        const service = stack.ofType("pagerduty:index/service:Service")[0];
        assert.deepEqual(stack.dependenciesOf(service, "escalationPolicy").map((r) => r.name), ["shop-escalation"]);
        assert.deepEqual(stack.dependenciesOf(service, "nothing"), []);
        assert.equal(stack.find("urn:none"), undefined);
    });
});

describe("values", () => {
    it("recognises every preview unknown sentinel", () => {
        assert.equal(isUnknown(UNKNOWN), true);
        assert.equal(isUnknown("dd056dcd-154b-4c76-9bd3-c8f88648b5ff"), true);
        assert.equal(isUnknown("TLS1_2"), false);
        assert.equal(containsUnknown({ a: [{ b: UNKNOWN }] }), true);
        assert.equal(containsUnknown({ a: [{ b: "x" }] }), false);
    });

    it("reads through the SDK's unknown-checking proxy without throwing", () => {
        // The same proxy @pulumi/policy wraps props in; reading an unknown through it throws.
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        const { unknownCheckingProxy } = require("@pulumi/policy/proxy") as { unknownCheckingProxy: (o: object) => Record<string, unknown> };
        const props = unknownCheckingProxy({ encryption: { keySource: UNKNOWN }, enabled: true });
        assert.throws(() => (props.encryption as Record<string, unknown>).keySource);
        assert.equal(at(props, ["encryption", "keySource"]), UNKNOWN);
        assert.equal(plain(props).enabled, true);
    });

    it("reads numbers from numbers and numeric strings only", () => {
        assert.deepEqual([2, "8", " ", "x", UNKNOWN, undefined].map(asNumber), [2, 8, undefined, undefined, undefined, undefined]);
        assert.equal(at({ a: "text" }, ["a", "b"]), undefined);
        assert.equal(at({ a: UNKNOWN }, ["a", "b"]), UNKNOWN);
    });
});
