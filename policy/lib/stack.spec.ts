import * as assert from "node:assert/strict";
import { describe, it } from "node:test";
import { compliantStack } from "./fixtures";
import { forgetInputs, recordedInputs, recordInputs } from "./inputs";
import { fromPolicyResources, settle, StackView, stackViewOf } from "./stack";
import { PolicyResource } from "@pulumi/policy";
import { policyResources, ResourceSpec, urnOf } from "./testing";
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
        const stack = view([READY_SERVICE, { type: "azure-native:web:WebApp", name: "ui", props: { publicNetworkAccess: "Disabled", tags: { component: "ui", criticality: "internal" } } }]);
        assert.equal(stack.product(), "checkout");
        // The inputs say qa, but the environment comes from the review: the stack here is unnamed.
        assert.equal(stack.environment(), "prod");
        assert.deepEqual(stack.components(), [
            { name: "api", customerFacing: true }, { name: "ui", customerFacing: false }, { name: "worker", customerFacing: false },
        ]);
    });
});

describe("stackViewOf: one view per AnalyzeStack request", () => {
    const web = (name: string, facing: string): ResourceSpec => ({ type: "azure-native:web:WebApp", name,
        props: { publicNetworkAccess: "Disabled", tags: { component: name, criticality: facing } } });
    // What @pulumi/policy hands each stack policy: resources of its own around the request's properties.
    const perPolicy = (resources: PolicyResource[]): PolicyResource[] => resources.map((r) => ({ ...r, opts: { ...r.opts } }));

    it("gives every policy of one request the same view, its components judged once and unchangeable", () => {
        const request = policyResources([web("api", "customer-facing"), web("batch", "internal")]);
        const first = stackViewOf(perPolicy(request));
        const second = stackViewOf(perPolicy(request));
        assert.equal(second, first);
        const components = first.components();
        assert.deepEqual(components, [{ name: "api", customerFacing: true }, { name: "batch", customerFacing: false }]);
        components.pop();
        assert.equal(first.components().length, 2);
        assert.throws(() => { (first.components()[0] as { customerFacing: boolean }).customerFacing = false; }, TypeError);
    });

    it("builds a new view when anything the view reads differs", () => {
        const request = policyResources([web("api", "customer-facing"), web("batch", "internal")]);
        const base = stackViewOf(perPolicy(request));
        const changes: [string, (r: PolicyResource[]) => PolicyResource[]][] = [
            ["other properties", (r) => [{ ...r[0], props: { ...plain(r[0].props) } }, r[1]]],
            ["another urn", (r) => [{ ...r[0], urn: `${r[0].urn}-2` }, r[1]]],
            ["protect", (r) => [{ ...r[0], opts: { ...r[0].opts, protect: true } }, r[1]]],
            ["a parent", (r) => [{ ...r[0], opts: { ...r[0].opts, parent: r[1].urn } }, r[1]]],
            ["a dependency", (r) => [{ ...r[0], dependencies: [r[1]] }, r[1]]],
            ["a property dependency", (r) => [{ ...r[0], propertyDependencies: { serverFarmId: [r[1]] } }, r[1]]],
            ["no provider", (r) => [{ ...r[0], provider: undefined }, r[1]]],
            ["one resource fewer", (r) => [r[0]]],
        ];
        for (const [what, change] of changes) {
            stackViewOf(perPolicy(request));
            assert.notEqual(stackViewOf(change(perPolicy(request))), base, what);
        }
        // Inputs recorded at Analyze in between (another request) are another basis too.
        stackViewOf(perPolicy(request));
        recordInputs(request[0].urn, { publicNetworkAccess: "Disabled" });
        try {
            assert.notEqual(stackViewOf(perPolicy(request)), base);
        } finally {
            forgetInputs();
        }
    });
});

describe("StackView: criticality by substance", () => {
    const ui = (props: Record<string, unknown>): ResourceSpec =>
        ({ type: "azure-native:web:WebApp", name: "ui", props: { ...props, tags: { component: "ui", criticality: "internal" } } });
    const facing = (specs: ResourceSpec[], name: string) => view(specs).components().find((c) => c.name === name);

    it("makes a component the internet reaches customer-facing, whatever its tag or spec says", () => {
        assert.deepEqual(facing([ui({})], "ui"), { name: "ui", customerFacing: true, exposure: { undecided: false,
            why: "web app 'ui' (publicNetworkAccess unset, Enabled by default, and its access restrictions do not deny the internet)" } });
        assert.equal(facing([ui({ publicNetworkAccess: "Enabled" })], "ui")?.customerFacing, true);
        // The spec says internal; a public web app tagged with the worker's component says otherwise.
        const worker: ResourceSpec = { type: "azure-native:web:WebApp", name: "w", props: { tags: { component: "worker" } } };
        assert.equal(facing([READY_SERVICE, worker], "worker")?.customerFacing, true);
        assert.equal(facing([READY_SERVICE, { ...worker, props: { ...worker.props, publicNetworkAccess: "Disabled" } }], "worker")?.customerFacing, false);
    });

    it("keeps internal a web app closed to the internet: public access disabled, or access restrictions that admit subnets only", () => {
        assert.deepEqual(facing([ui({ publicNetworkAccess: "Disabled" })], "ui"), { name: "ui", customerFacing: false });
        const subnetOnly = { ipSecurityRestrictionsDefaultAction: "Deny", ipSecurityRestrictions: [{ action: "Allow", vnetSubnetResourceId: "/subscriptions/s/x/subnets/gw" }] };
        assert.equal(facing([ui({ siteConfig: subnetOnly })], "ui")?.customerFacing, false);
        const ipRange = { ...subnetOnly, ipSecurityRestrictions: [{ action: "Allow", ipAddress: "0.0.0.0/0" }] };
        assert.equal(facing([ui({ siteConfig: ipRange })], "ui")?.customerFacing, true);
        assert.equal(facing([ui({ siteConfig: { ...subnetOnly, ipSecurityRestrictionsDefaultAction: "Allow" } })], "ui")?.customerFacing, true);
    });

    it("treats a component whose reachability is unknown in preview as customer-facing, and says it is undecided", () => {
        assert.deepEqual(facing([ui({ publicNetworkAccess: UNKNOWN })], "ui"), { name: "ui", customerFacing: true,
            exposure: { undecided: true, why: "web app 'ui' publicNetworkAccess is unknown in preview" } });
        assert.equal(facing([ui({ siteConfig: { ipSecurityRestrictionsDefaultAction: UNKNOWN } })], "ui")?.exposure?.undecided, true);
    });

    it("reaches the components behind a gateway with a public frontend, through its backend's reference to their app", () => {
        const app = ui({ publicNetworkAccess: "Disabled" });
        const gateway = (frontendIPConfigurations: unknown): ResourceSpec => ({
            type: "azure-native:network:ApplicationGateway", name: "gw",
            props: { frontendIPConfigurations, backendAddressPools: [{ name: "ui", backendAddresses: [{ fqdn: UNKNOWN }] }] },
            propertyDependencies: { backendAddressPools: ["ui"] },
        });
        const reached = facing([app, gateway([{ name: "public", publicIPAddress: { id: UNKNOWN } }])], "ui");
        assert.equal(reached?.customerFacing, true);
        assert.equal(reached?.exposure?.why, "Application Gateway 'gw' (a frontend IP configuration with a publicIPAddress)");
        assert.equal(facing([app, gateway([{ name: "private", privateIPAddress: "10.0.1.10" }])], "ui")?.customerFacing, false);
        assert.equal(facing([app, gateway(UNKNOWN)], "ui")?.exposure?.undecided, true);
        // A gateway that routes elsewhere does not reach the app.
        const elsewhere = { ...gateway([{ name: "public", publicIPAddress: { id: UNKNOWN } }]), propertyDependencies: {} };
        assert.equal(facing([app, elsewhere], "ui")?.customerFacing, false);
    });

    it("reaches an API Management service unless its virtual network is internal, and Front Door always", () => {
        const apim = (virtualNetworkType: unknown): ResourceSpec => ({ type: "azure-native:apimanagement:ApiManagementService", name: "apim", props: { virtualNetworkType, tags: { component: "gw", criticality: "internal" } } });
        assert.equal(facing([apim("Internal")], "gw")?.customerFacing, false);
        assert.equal(facing([apim("External")], "gw")?.customerFacing, true);
        assert.equal(facing([apim(undefined)], "gw")?.customerFacing, true);
        assert.equal(facing([apim(UNKNOWN)], "gw")?.exposure?.undecided, true);
        const frontDoor: ResourceSpec = { type: "azure-native:network:FrontDoor", name: "fd", props: { tags: { component: "edge", criticality: "internal" } } };
        assert.equal(facing([frontDoor], "edge")?.exposure?.why, "Front Door (classic) 'fd' (it only serves the internet)");
    });

    it("reaches a container app with external ingress only", () => {
        const app = (ingress: unknown): ResourceSpec => ({ type: "azure-native:app:ContainerApp", name: "ca", props: { configuration: { ingress }, tags: { component: "jobs", criticality: "internal" } } });
        assert.equal(facing([app({ external: true, targetPort: 80 })], "jobs")?.customerFacing, true);
        assert.equal(facing([app({ external: false, targetPort: 80 })], "jobs")?.customerFacing, false);
        assert.equal(facing([app(undefined)], "jobs")?.customerFacing, false);
        assert.equal(facing([app({ external: UNKNOWN })], "jobs")?.exposure?.undecided, true);
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

describe("StackView over a real preview's outputs", () => {
    const CONFIG: ResourceSpec = {
        type: "azure-native:dbforpostgresql:Configuration", name: "tls",
        props: { resourceGroupName: UNKNOWN, serverName: "db", configurationName: "ssl_min_protocol_version", value: "TLSv1.3" },
    };

    it("reads a path parameter from the inputs recorded at Analyze, which the outputs lack", () => {
        forgetInputs();
        recordInputs(urnOf(CONFIG.type, CONFIG.name), CONFIG.props);
        const stack = new StackView(fromPolicyResources(policyResources([CONFIG], "outputs")));
        const config = stack.ofType(CONFIG.type)[0];
        assert.equal("configurationName" in config.props, false);
        assert.equal(stack.pathParameter(config, "configurationName"), "ssl_min_protocol_version");
        // An unknown the program never set is absent; what it set stays.
        assert.equal("isReadOnly" in config.props, false);
        assert.equal(config.props.value, "TLSv1.3");
        forgetInputs();
    });

    it("keeps every unknown when Analyze recorded nothing", () => {
        forgetInputs();
        const config = new StackView(fromPolicyResources(policyResources([CONFIG], "outputs"))).ofType(CONFIG.type)[0];
        assert.equal(config.inputs, undefined);
        assert.equal(config.props.isReadOnly, UNKNOWN);
        assert.equal(new StackView([config]).pathParameter(config, "configurationName"), undefined);
    });

    it("keeps a component's registered unknowns: its outputs are not derived from its inputs", () => {
        forgetInputs();
        const component: ResourceSpec = { ...READY_SERVICE, outputs: { resourceGroupName: UNKNOWN } };
        recordInputs(urnOf(component.type, component.name), component.props);
        const stack = new StackView(fromPolicyResources(policyResources([component], "outputs")));
        assert.deepEqual(stack.readyServiceSpec(), { resourceGroupName: UNKNOWN });
        assert.equal(stack.product(), undefined);
        forgetInputs();
        assert.equal(recordedInputs(urnOf(component.type, component.name)), undefined);
    });

    it("settles nested objects and lists against the inputs", () => {
        assert.deepEqual(settle({ a: UNKNOWN, b: { c: UNKNOWN, d: 1 }, e: [{ f: UNKNOWN, g: UNKNOWN }], h: UNKNOWN },
            { b: { d: 1 }, e: [{ g: UNKNOWN }], h: UNKNOWN }), { b: { d: 1 }, e: [{ g: UNKNOWN }], h: UNKNOWN });
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
