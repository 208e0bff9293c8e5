import * as assert from "node:assert/strict";
import { describe, it } from "node:test";
import { compliantStack } from "../lib/fixtures";
import { editing, messages, ResourceSpec } from "../lib/testing";
import { UNKNOWN } from "../lib/values";
import { missingComponentAssignment as policy, PER_COMPONENT_ITEMS } from "./missing-component-assignment";

/** For a web app or plan the message also names the other fix: a monitoring block referring to it. */
const unowned = (what: string) => `${what} belongs to no component: it has no 'component' tag, no parent that belongs to one, `
    + "and no property that refers to a compute or ingress resource of one (such as a web app's serverFarmId on a tagged plan), "
    + "so no per-component item (SLOs, golden signals, anomaly alerts, PagerDuty service, capacity, catalog entry) is judged for it; tag it component=<name>"
    + (/^azure-native:web:(WebApp|AppServicePlan) /.test(what)
        ? ", or have a readiness:index:Monitoring block's webAppId or planId refer to it "
            + "(in Java: the Monitoring building block, or ReadyServiceArgs.existing(component, ExistingCompute.webApp(app, plan)))"
        : /^azure-native:app:ContainerApp /.test(what)
            ? ", or have a readiness:index:Monitoring block's containerAppId refer to it "
                + "(in Java: the Monitoring building block, or ReadyServiceArgs.existing(component, ExistingCompute.containerApp(app)))"
            : "");

const untag = (r: ResourceSpec) => {
    delete (r.props.tags as Record<string, unknown>).component;
};

/** The plan's Azure resource id written as a literal: it relates the app to nothing. */
const LITERAL_PLAN_ID = "/subscriptions/0/resourceGroups/shop/providers/Microsoft.Web/serverfarms/shop-prod-api-plan";

/**
 * The compliant stack's web app on no plan of the stack (its serverFarmId a literal id), so that
 * its own tag, parent or references alone decide its component: the compliant stack's app refers
 * to its tagged plan, which would make it the plan's component's whatever its tag says.
 */
const detached = (r: ResourceSpec) => {
    r.props.serverFarmId = LITERAL_PLAN_ID;
    r.propertyDependencies = {};
};

const untagDetached = (r: ResourceSpec) => {
    untag(r);
    detached(r);
};

/** The compliant stack with its App Service plan tagged or not, its untagged web app's serverFarmId referring to it or not. */
function withPlan(planTagged: boolean, appRefersToPlan: boolean): ResourceSpec[] {
    const planned = editing(compliantStack(), "shop-api-plan", (r) => {
        r.props.tags = planTagged ? { product: "shop", component: "api" } : { product: "shop" };
    });
    return editing(planned, "shop-api-app", (r) => {
        untag(r);
        r.props.serverFarmId = appRefersToPlan ? UNKNOWN : LITERAL_PLAN_ID;
        r.propertyDependencies = appRefersToPlan ? { serverFarmId: ["shop-api-plan"] } : {};
    });
}

describe("missing-component-assignment", () => {
    it("passes the compliant stack: its web app and gateway are tagged with their component", async () => {
        assert.deepEqual(await messages(policy, compliantStack()), []);
    });

    it("fails every per-component item for an untagged customer-facing web app, naming it", async () => {
        assert.deepEqual([...policy.items], [...PER_COMPONENT_ITEMS]);
        assert.deepEqual(await messages(policy, editing(compliantStack(), "shop-api-app", untagDetached)),
            [unowned("azure-native:web:WebApp 'shop-api-app'")]);
    });

    it("an untagged web app belongs to the component of the tagged plan its serverFarmId refers to", async () => {
        assert.deepEqual(await messages(policy, withPlan(true, true)), []);
    });

    it("a name or id written as a literal relates nothing: the app and its untagged plan both belong to none", async () => {
        assert.deepEqual(await messages(policy, withPlan(true, false)), [unowned("azure-native:web:WebApp 'shop-api-app'")]);
        assert.deepEqual(await messages(policy, withPlan(false, false)), [
            unowned("azure-native:web:AppServicePlan 'shop-api-plan'"),
            unowned("azure-native:web:WebApp 'shop-api-app'"),
        ]);
    });

    it("an untagged plan belongs to the components of the tagged apps it hosts", async () => {
        const stack = editing(withPlan(false, true), "shop-api-app", (r) => { (r.props.tags as Record<string, unknown>).component = "api"; });
        assert.deepEqual(await messages(policy, stack), []);
    });

    it("dependsOn proves nothing: an untagged app that only depends on a tagged plan belongs to none", async () => {
        const stack = editing(withPlan(true, false), "shop-api-app", (r) => { r.dependencies = ["shop-api-plan"]; });
        assert.deepEqual(await messages(policy, stack), [unowned("azure-native:web:WebApp 'shop-api-app'")]);
    });

    it("a tagged gateway never pulls the untagged app behind it into its component", async () => {
        const stack = editing(editing(compliantStack(), "shop-api-app", untagDetached), "shop-api-gateway", (r) => {
            r.propertyDependencies = { backendAddressPools: ["shop-api-app"] };
        });
        assert.deepEqual(await messages(policy, stack), [unowned("azure-native:web:WebApp 'shop-api-app'")]);
    });

    it("an untagged gateway belongs to the component of the tagged app its backend refers to", async () => {
        const stack = editing(compliantStack(), "shop-api-gateway", (r) => {
            untag(r);
            r.propertyDependencies = { backendAddressPools: ["shop-api-app"] };
        });
        assert.deepEqual(await messages(policy, stack), []);
    });

    it("a child of a component resource tagged with a component belongs to it", async () => {
        const parent: ResourceSpec = { type: "shop:index:Api", name: "shop-api", custom: false, props: { tags: { component: "api" } }, outputs: { tags: { component: "api" } } };
        const stack = editing([parent, ...compliantStack()], "shop-api-app", (r) => { untagDetached(r); r.parent = "shop-api"; });
        assert.deepEqual(await messages(policy, stack), []);
        const untaggedParent = editing(stack, "shop-api", (r) => { r.props = {}; r.outputs = {}; });
        assert.deepEqual(await messages(policy, untaggedParent), [unowned("azure-native:web:WebApp 'shop-api-app'")]);
    });

    it("a readiness:index:Monitoring block claims the untagged compute its webAppId and planId refer to", async () => {
        const block = (component: unknown, deps: Record<string, string[]>): ResourceSpec => ({
            type: "readiness:index:Monitoring", name: "shop-api", custom: false,
            props: { component, webAppId: UNKNOWN, planId: UNKNOWN },
            outputs: { component, webAppId: UNKNOWN, planId: UNKNOWN, namesOutsideTheProgram: [] },
            propertyDependencies: deps,
        });
        const untaggedBoth = (stack: ResourceSpec[]) => editing(editing(stack, "shop-api-app", untag), "shop-api-plan", untag);
        assert.deepEqual(await messages(policy, untaggedBoth([block("api", { webAppId: ["shop-api-app"], planId: ["shop-api-plan"] }), ...compliantStack()])), []);
        // The plan alone: the app refers to it, so it joins the plan's component.
        assert.deepEqual(await messages(policy, untaggedBoth([block("api", { planId: ["shop-api-plan"] }), ...compliantStack()])), []);
        // No reference (literal ids) or a component unknown in preview claims nothing.
        assert.deepEqual(await messages(policy, untaggedBoth([block("api", {}), ...compliantStack()])), [
            unowned("azure-native:web:AppServicePlan 'shop-api-plan'"),
            unowned("azure-native:web:WebApp 'shop-api-app'"),
        ]);
        assert.deepEqual(await messages(policy, untaggedBoth([block(UNKNOWN, { webAppId: ["shop-api-app"], planId: ["shop-api-plan"] }), ...compliantStack()])), [
            unowned("azure-native:web:AppServicePlan 'shop-api-plan'"),
            unowned("azure-native:web:WebApp 'shop-api-app'"),
        ]);
    });

    it("a readiness:index:Monitoring block claims the untagged container app its containerAppId refers to", async () => {
        const containerApp: ResourceSpec = { type: "azure-native:app:ContainerApp", name: "shop-aca", props: { resourceGroupName: UNKNOWN, tags: { product: "shop" } } };
        const block = (deps: Record<string, string[]>): ResourceSpec => ({
            type: "readiness:index:Monitoring", name: "shop-api", custom: false,
            props: { component: "api", containerAppId: UNKNOWN },
            outputs: { component: "api", containerAppId: UNKNOWN, namesOutsideTheProgram: [] },
            propertyDependencies: deps,
        });
        assert.deepEqual(await messages(policy, [block({ containerAppId: ["shop-aca"] }), ...compliantStack(), containerApp]), []);
        // A literal id relates nothing: the app stays unowned, and the message names the fix.
        assert.deepEqual(await messages(policy, [block({}), ...compliantStack(), containerApp]), [
            unowned("azure-native:app:ContainerApp 'shop-aca'"),
        ]);
    });

    it("an untagged function app, container app or AKS cluster is found too", async () => {
        const functionApp: ResourceSpec = { type: "azure-native:web:WebApp", name: "shop-jobs", props: { resourceGroupName: UNKNOWN, kind: "functionapp", httpsOnly: true, tags: { product: "shop" } } };
        const containerApp: ResourceSpec = { type: "azure-native:app:ContainerApp", name: "shop-ui", props: { resourceGroupName: UNKNOWN, tags: { product: "shop" } } };
        assert.deepEqual(await messages(policy, [...compliantStack(), functionApp, containerApp]), [
            unowned("azure-native:web:WebApp 'shop-jobs'"),
            unowned("azure-native:app:ContainerApp 'shop-ui'"),
        ]);
    });

    it("a component tag unknown in preview is undecided, not a pass", async () => {
        const stack = editing(compliantStack(), "shop-api-app", (r) => { detached(r); (r.props.tags as Record<string, unknown>).component = UNKNOWN; });
        assert.deepEqual(await messages(policy, stack), [
            "[undecided] azure-native:web:WebApp 'shop-api-app' has a 'component' tag unknown in preview, so the component it belongs to cannot be known",
        ]);
        const unknownTags = editing(compliantStack(), "shop-api-app", (r) => { detached(r); r.props.tags = UNKNOWN; });
        assert.deepEqual(await messages(policy, unknownTags), [
            "[undecided] azure-native:web:WebApp 'shop-api-app' has a 'component' tag unknown in preview, so the component it belongs to cannot be known",
        ]);
    });
});
