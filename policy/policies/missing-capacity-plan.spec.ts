import * as assert from "node:assert/strict";
import { describe, it } from "node:test";
import { compliantStack, containerAppStack, functionAppStack } from "../lib/fixtures";
import { editing, messages } from "../lib/testing";
import { UNKNOWN } from "../lib/values";
import { missingCapacityPlan as policy } from "./missing-capacity-plan";

const AUTOSCALE = "shop-api-autoscale";

describe("missing-capacity-plan", () => {
    it("passes a plan stated in autoscale tags", async () => {
        assert.deepEqual(await messages(policy, compliantStack()), []);
    });

    it("fails without the planned peak tag", async () => {
        const stack = editing(compliantStack(), AUTOSCALE, (r) => { delete (r.props.tags as Record<string, string>)["capacity-planned-peak-rps"]; });
        assert.deepEqual(await messages(policy, stack), [
            "component 'api' states no capacity plan: tag the azure-native:insights:AutoscaleSetting whose targetResourceUri refers to its App Service plan with positive 'capacity-planned-peak-rps', 'capacity-rps-per-instance' and 'capacity-headroom'",
        ]);
    });

    it("fails a non-numeric headroom tag", async () => {
        const stack = editing(compliantStack(), AUTOSCALE, (r) => { (r.props.tags as Record<string, string>)["capacity-headroom"] = "plenty"; });
        assert.deepEqual(await messages(policy, stack), [
            "component 'api' states no capacity plan: tag the azure-native:insights:AutoscaleSetting whose targetResourceUri refers to its App Service plan with positive 'capacity-planned-peak-rps', 'capacity-rps-per-instance' and 'capacity-headroom'",
        ]);
    });

    it("reads the plan from the ReadyService inputs when the tags are absent", async () => {
        const component = (capacity: unknown) => ({
            type: "readiness:index:ReadyService", name: "shop",
            props: { product: { name: "shop", environment: "prod" }, components: [{ name: "api", kind: "api", customerFacing: true, capacity }] },
        });
        const untagged = editing(compliantStack(), AUTOSCALE, (r) => { r.props.tags = { product: "shop", component: "api", environment: "prod" }; });
        assert.deepEqual(await messages(policy, [...untagged, component({ plannedPeakRps: 200, rpsPerInstance: 50, headroom: 1.5 })]), []);
        assert.deepEqual(await messages(policy, [...untagged, component({ plannedPeakRps: 200 })]), [
            "component 'api' states no capacity plan: tag the azure-native:insights:AutoscaleSetting whose targetResourceUri refers to its App Service plan with positive 'capacity-planned-peak-rps', 'capacity-rps-per-instance' and 'capacity-headroom'",
        ]);
    });

    it("checks every component named in the ReadyService inputs, even one without resources", async () => {
        const stack = [...compliantStack(), {
            type: "readiness:index:ReadyService", name: "shop",
            props: { product: { name: "shop", environment: "prod" }, components: [{ name: "api" }, { name: "worker", kind: "worker" }] },
        }];
        assert.deepEqual(await messages(policy, stack), [
            "component 'worker' states no capacity plan: tag the azure-native:insights:AutoscaleSetting whose targetResourceUri refers to its App Service plan with positive 'capacity-planned-peak-rps', 'capacity-rps-per-instance' and 'capacity-headroom'",
        ]);
    });
});

describe("missing-capacity-plan: the plan of the setting that scales the component", () => {
    it("fails plan tags on a setting that targets another plan, and passes them on the one that targets the component's plan", async () => {
        const other = { type: "azure-native:web:AppServicePlan", name: "shop-legacy-plan", props: { resourceGroupName: UNKNOWN, name: "shop-legacy" } };
        const stack = editing([other, ...compliantStack()], AUTOSCALE, (r) => { r.propertyDependencies = { targetResourceUri: ["shop-legacy-plan"], profiles: ["shop-legacy-plan"] }; });
        assert.deepEqual(await messages(policy, stack), [
            "component 'api' states no capacity plan: tag the azure-native:insights:AutoscaleSetting whose targetResourceUri refers to its App Service plan with positive 'capacity-planned-peak-rps', 'capacity-rps-per-instance' and 'capacity-headroom'",
        ]);
        assert.deepEqual(await messages(policy, [other, ...compliantStack()]), []);
    });

    it("fails plan tags on a setting whose targetResourceUri refers to the component's plan and another resource", async () => {
        const stack = editing(compliantStack(), AUTOSCALE, (r) => { r.propertyDependencies = { targetResourceUri: ["shop-api-plan", "shopdata"], profiles: ["shop-api-plan"] }; });
        assert.deepEqual(await messages(policy, stack), [
            "component 'api' states no capacity plan: tag the azure-native:insights:AutoscaleSetting whose targetResourceUri refers to its App Service plan with positive 'capacity-planned-peak-rps', 'capacity-rps-per-instance' and 'capacity-headroom'",
        ]);
    });
});

describe("missing-capacity-plan: a component on an Azure container app", () => {
    it("passes a plan stated in the container app's tags", async () => {
        assert.deepEqual(await messages(policy, containerAppStack()), []);
    });

    it("fails without them, naming the container app as where the tags go", async () => {
        const stack = editing(containerAppStack(), "shop-api-ca", (r) => { delete (r.props.tags as Record<string, string>)["capacity-headroom"]; });
        assert.deepEqual(await messages(policy, stack), [
            "component 'api' states no capacity plan: tag the azure-native:insights:AutoscaleSetting whose targetResourceUri refers to its App Service plan (or its azure-native:app:ContainerApp) with positive 'capacity-planned-peak-rps', 'capacity-rps-per-instance' and 'capacity-headroom'",
        ]);
    });
});

describe("missing-capacity-plan: a component on a function app whose plan the platform scales", () => {
    it("passes a plan stated in the function app's tags", async () => {
        assert.deepEqual(await messages(policy, functionAppStack()), []);
    });

    it("fails without them, naming the function app as where the tags go; tags on an autoscale setting of that plan do not count", async () => {
        const untagged = editing(functionAppStack(), "shop-api-func", (r) => { delete (r.props.tags as Record<string, string>)["capacity-headroom"]; });
        const message = "component 'api' states no capacity plan: tag the azure-native:insights:AutoscaleSetting whose targetResourceUri refers to its App Service plan (or its azure-native:web:WebApp on a plan the platform scales) with positive 'capacity-planned-peak-rps', 'capacity-rps-per-instance' and 'capacity-headroom'";
        assert.deepEqual(await messages(policy, untagged), [message]);
        const setting = compliantStack().filter((r) => r.name === AUTOSCALE)
            .map((r) => ({ ...r, propertyDependencies: { targetResourceUri: ["shop-api-plan"], profiles: ["shop-api-plan"] } }));
        assert.deepEqual(await messages(policy, [...untagged, ...setting]), [message]);
    });
});

describe("missing-capacity-plan: nothing states part of a plan", () => {
    const spec = (capacity: unknown) => ({
        type: "readiness:index:ReadyService", name: "shop",
        props: { product: { name: "shop", environment: "prod" }, components: [{ name: "api", kind: "api", customerFacing: true, capacity }] },
    });

    it("fails a peak stated in the spec without the rest, beside a complete plan in the tags", async () => {
        assert.deepEqual(await messages(policy, [...compliantStack(), spec({ plannedPeakRps: 5000 })]), [
            "component 'api': the ReadyService spec states part of a capacity plan ('capacity.plannedPeakRps' 5000) but no positive 'capacity.rpsPerInstance', 'capacity.headroom', so the plan they state cannot be judged: state all three as positive numbers, or none",
        ]);
        assert.deepEqual(await messages(policy, [...compliantStack(), spec({ plannedPeakRps: 200, rpsPerInstance: 50, headroom: 1.5 })]), []);
    });

    it("fails tags that state part of a plan, or a value that is no positive number, beside a complete plan in the spec", async () => {
        const complete = spec({ plannedPeakRps: 200, rpsPerInstance: 50, headroom: 1.5 });
        const partTagged = editing(compliantStack(), AUTOSCALE, (r) => { delete (r.props.tags as Record<string, string>)["capacity-headroom"]; });
        assert.deepEqual(await messages(policy, [...partTagged, complete]), [
            "component 'api': tags of 'shop-api-autoscale' state part of a capacity plan ('capacity-planned-peak-rps' \"200\", 'capacity-rps-per-instance' \"50\") but no positive 'capacity-headroom', so the plan they state cannot be judged: state all three as positive numbers, or none",
        ]);
        const negative = editing(compliantStack(), AUTOSCALE, (r) => { (r.props.tags as Record<string, string>)["capacity-planned-peak-rps"] = "-5"; });
        assert.deepEqual(await messages(policy, [...negative, complete]), [
            "component 'api': tags of 'shop-api-autoscale' state part of a capacity plan ('capacity-planned-peak-rps' \"-5\", 'capacity-rps-per-instance' \"50\", 'capacity-headroom' \"1.5\") but no positive 'capacity-planned-peak-rps', so the plan they state cannot be judged: state all three as positive numbers, or none",
        ]);
        // Tags that state none of the three say nothing of the plan.
        const untagged = editing(compliantStack(), AUTOSCALE, (r) => { r.props.tags = { product: "shop", component: "api", environment: "prod" }; });
        assert.deepEqual(await messages(policy, [...untagged, complete]), []);
    });

    it("is undecided when a plan value or the tags of a scaler are unknown in preview, alone or beside a complete plan", async () => {
        const unknownPeak = editing(compliantStack(), AUTOSCALE, (r) => { (r.props.tags as Record<string, unknown>)["capacity-planned-peak-rps"] = UNKNOWN; });
        const message = "[undecided] component 'api': 'capacity-planned-peak-rps' of tags of 'shop-api-autoscale' is unknown in preview, so the capacity plan it states cannot be judged";
        assert.deepEqual(await messages(policy, unknownPeak), [message]);
        assert.deepEqual(await messages(policy, [...unknownPeak, spec({ plannedPeakRps: 200, rpsPerInstance: 50, headroom: 1.5 })]), [message]);
        const unknownTags = editing(compliantStack(), AUTOSCALE, (r) => { r.props.tags = UNKNOWN; });
        assert.deepEqual(await messages(policy, [...unknownTags, spec({ plannedPeakRps: 200, rpsPerInstance: 50, headroom: 1.5 })]), [
            "[undecided] component 'api': the tags of 'shop-api-autoscale' (azure-native:insights:AutoscaleSetting) are unknown in preview, so whether they state a capacity plan cannot be shown",
        ]);
    });
});
