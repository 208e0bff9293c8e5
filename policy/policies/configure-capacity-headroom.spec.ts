import * as assert from "node:assert/strict";
import { describe, it } from "node:test";
import { compliantStack, containerAppStack, functionAppStack } from "../lib/fixtures";
import { editing, messages, ResourceSpec, runShaped, without } from "../lib/testing";
import { UNKNOWN } from "../lib/values";
import { configureCapacityHeadroom as policy } from "./configure-capacity-headroom";

const AUTOSCALE = "shop-api-autoscale";
type Profile = { capacity: Record<string, string> };
/** The headroom violation when `component 'api'` reaches `n` instances, as `source` says, at 50 RPS each against 200 RPS x 1.5. */
const scalesTo = (n: number, source: string) =>
    `component 'api' scales to ${n} instances (${source}) x 50 RPS = ${n * 50} RPS, below the planned peak 200 RPS x headroom 1.5 = 300 RPS`;

describe("configure-capacity-headroom", () => {
    it("passes 8 x 50 RPS = 400 RPS >= 200 RPS x 1.5", async () => {
        assert.deepEqual(await messages(policy, compliantStack()), []);
    });

    it("fails a maximum that does not cover the plan", async () => {
        const stack = editing(compliantStack(), AUTOSCALE, (r) => { (r.props.profiles as Profile[])[0].capacity.maximum = "5"; });
        assert.deepEqual(await messages(policy, stack), [
            scalesTo(5, "autoscale setting 'shop-api-autoscale' profile 'default' capacity.maximum 5"),
        ]);
    });

    it("fails a headroom below the minimum", async () => {
        const stack = editing(compliantStack(), AUTOSCALE, (r) => { (r.props.tags as Record<string, string>)["capacity-headroom"] = "1.1"; });
        assert.deepEqual(await messages(policy, stack), [
            "component 'api' plans headroom 1.1 (from tags of 'shop-api-autoscale'); at least 1.2 is required",
        ]);
    });

    it("a setting without profiles leaves the plan on its own sku.capacity", async () => {
        const stack = editing(compliantStack(), AUTOSCALE, (r) => { r.props.profiles = []; });
        assert.deepEqual(await messages(policy, stack), [
            scalesTo(2, "plan 'shop-api-plan' sku.capacity 2: autoscale setting 'shop-api-autoscale' has no profile, so it runs on that capacity"),
        ]);
    });

    it("counts no maximum from a setting whose targetResourceUri refers to the plan and another resource", async () => {
        const stack = editing(compliantStack(), AUTOSCALE, (r) => { r.propertyDependencies = { targetResourceUri: ["shop-api-plan", "shopdata"], profiles: ["shop-api-plan"] }; });
        assert.deepEqual(await messages(policy, stack), ["component 'api' has no capacity plan, so its headroom cannot be shown"]);
    });

    it("fails without a plan", async () => {
        const stack = editing(compliantStack(), AUTOSCALE, (r) => { delete (r.props.tags as Record<string, string>)["capacity-rps-per-instance"]; });
        assert.deepEqual(await messages(policy, stack), ["component 'api' has no capacity plan, so its headroom cannot be shown"]);
    });
});

describe("configure-capacity-headroom: maximum of the setting that scales the component", () => {
    it("ignores a setting tagged for the component that scales another plan, and counts the one on its plan", async () => {
        const other = { type: "azure-native:web:AppServicePlan", name: "shop-legacy-plan", props: { resourceGroupName: UNKNOWN, name: "shop-legacy" } };
        const retarget = (r: ResourceSpec) => { r.propertyDependencies = { targetResourceUri: ["shop-legacy-plan"], profiles: ["shop-legacy-plan"] }; };
        assert.deepEqual(await messages(policy, editing([other, ...compliantStack()], AUTOSCALE, retarget)), [
            "component 'api' has no capacity plan, so its headroom cannot be shown",
        ]);
        assert.deepEqual(await messages(policy, [other, ...compliantStack()]), []);
    });
});

describe("configure-capacity-headroom: a container app's maxReplicas is its maximum", () => {
    const APP = "shop-api-ca";
    const maxReplicas = (value: unknown) => editing(containerAppStack(), APP, (r) => {
        ((r.props.template as { scale: Record<string, unknown> }).scale).maxReplicas = value;
    });

    it("passes 8 replicas x 50 RPS = 400 RPS >= 200 RPS x 1.5, the plan read from the app's tags", async () => {
        assert.deepEqual(await messages(policy, containerAppStack()), []);
    });

    it("fails a maxReplicas that does not cover the plan", async () => {
        assert.deepEqual(await messages(policy, maxReplicas(5)), [scalesTo(5, "container app 'shop-api-ca' template.scale.maxReplicas 5")]);
    });

    it("is undecided when maxReplicas is unknown in preview, or the app is outside the program", async () => {
        assert.deepEqual(await messages(policy, maxReplicas(UNKNOWN)), [
            "[undecided] container app 'shop-api-ca' template.scale.maxReplicas is unknown in preview, so the maximum scaled capacity of component 'api' cannot be shown",
        ]);
        const id = "/subscriptions/0000/resourceGroups/shop-prod/providers/Microsoft.App/containerApps/shop-prod-api";
        const block: ResourceSpec = {
            type: "readiness:index:Monitoring", name: "shop-api-block", custom: false,
            props: { component: "api", containerAppId: id, namesOutsideTheProgram: ["shop-prod-api"] },
            outputs: { component: "api", containerAppId: id, namesOutsideTheProgram: ["shop-prod-api"] },
        };
        const spec = {
            type: "readiness:index:ReadyService", name: "shop",
            props: { product: { name: "shop", environment: "prod" }, components: [{ name: "api", capacity: { plannedPeakRps: 200, rpsPerInstance: 50, headroom: 1.5 } }] },
        };
        assert.deepEqual(await messages(policy, [block, spec, ...without(containerAppStack(), APP)]), [
            "[undecided] component 'api' runs on a container app outside the program (monitoring block 'shop-api-block' names it by containerAppId), whose template.scale.maxReplicas the stack cannot show",
        ]);
    });

    it("fails an app with no maxReplicas", async () => {
        const stack = editing(containerAppStack(), APP, (r) => { delete ((r.props.template as { scale: Record<string, unknown> }).scale).maxReplicas; });
        assert.deepEqual(await messages(policy, stack), [
            "component 'api' has no autoscale profile with capacity.maximum, no container app with template.scale.maxReplicas and no function app with a platform maximum, so its maximum scaled capacity is unknown",
        ]);
    });
});

describe("configure-capacity-headroom: a function app on a plan the platform scales has the platform's maximum", () => {
    const FUNC = "shop-api-func";
    const PLAN = "shop-api-plan";
    const below = (max: number, property = "plan 'shop-api-plan' maximumElasticWorkerCount") => scalesTo(max, `function app 'shop-api-func' ${property} ${max}`);
    const siteConfig = (r: ResourceSpec) => r.props.siteConfig as Record<string, unknown>;

    it("Elastic Premium: passes the plan's maximumElasticWorkerCount 8 x 50 RPS, the plan read from the function app's tags", async () => {
        assert.deepEqual(await messages(policy, functionAppStack()), []);
    });

    it("Elastic Premium: fails a plan maximum, or an app scale limit under it, that does not cover the plan", async () => {
        assert.deepEqual(await messages(policy, editing(functionAppStack(), PLAN, (r) => { r.props.maximumElasticWorkerCount = 5; })), [below(5)]);
        assert.deepEqual(await messages(policy, editing(functionAppStack(), FUNC, (r) => { siteConfig(r).functionAppScaleLimit = 4; })), [
            below(4, "plan 'shop-api-plan' maximumElasticWorkerCount capped by siteConfig.functionAppScaleLimit"),
        ]);
    });

    it("Elastic Premium: is undecided when the plan maximum is unknown in preview, and fails when it is unset", async () => {
        assert.deepEqual(await messages(policy, editing(functionAppStack(), PLAN, (r) => { r.props.maximumElasticWorkerCount = UNKNOWN; })), [
            "[undecided] function app 'shop-api-func' plan 'shop-api-plan' maximumElasticWorkerCount is unknown in preview, so the maximum scaled capacity of component 'api' cannot be shown",
        ]);
        assert.deepEqual(await messages(policy, editing(functionAppStack(), PLAN, (r) => { delete r.props.maximumElasticWorkerCount; })), [
            "component 'api' has no autoscale profile with capacity.maximum, no container app with template.scale.maxReplicas and no function app with a platform maximum, so its maximum scaled capacity is unknown",
        ]);
    });

    it("Flex Consumption: its maximumInstanceCount is the maximum (over a provider that has functionAppConfig)", async () => {
        const flex = (max: number) => editing(functionAppStack("flexConsumption"), FUNC, (r) => {
            (r.props.functionAppConfig as { scaleAndConcurrency: Record<string, unknown> }).scaleAndConcurrency.maximumInstanceCount = max;
        });
        const overNewerProvider = async (stack: ResourceSpec[]) => (await runShaped(policy, stack, {}, "inputs")).map((r) => r.message);
        assert.deepEqual(await overNewerProvider(flex(8)), []);
        assert.deepEqual(await overNewerProvider(flex(5)), [below(5, "functionAppConfig.scaleAndConcurrency.maximumInstanceCount")]);
    });

    it("an autoscale setting on a plan the platform scales adds nothing to the maximum", async () => {
        const setting = compliantStack().filter((r) => r.name === AUTOSCALE)
            .map((r) => ({ ...r, propertyDependencies: { targetResourceUri: [PLAN], profiles: [PLAN] } }));
        const stack = editing([...functionAppStack(), ...setting], PLAN, (r) => { r.props.maximumElasticWorkerCount = 5; });
        assert.deepEqual(await messages(policy, stack), [below(5)]);
    });
});
