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
            "component 'api' states a capacity plan in tags of 'shop-api-ca', but 'shop-api-ca' (azure-native:app:ContainerApp) shows no maximum it scales to (an autoscale profile's capacity.maximum, template.scale.maxReplicas or a platform maximum), so the headroom of that plan cannot be shown",
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
            "component 'api' states a capacity plan in tags of 'shop-api-func', but 'shop-api-func' (azure-native:web:WebApp) shows no maximum it scales to (an autoscale profile's capacity.maximum, template.scale.maxReplicas or a platform maximum), so the headroom of that plan cannot be shown",
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

describe("configure-capacity-headroom: a setting that does not scale out gives only what it holds (the judgement of enable-autoscaling)", () => {
    type Rule = { metricTrigger: Record<string, unknown>; scaleAction: Record<string, unknown> };
    type RuledProfile = Profile & { name?: string; rules: Rule[]; recurrence?: unknown; fixedDate?: unknown };
    const profiles = (r: ResourceSpec) => r.props.profiles as RuledProfile[];
    const scaleOut = (edit: (rule: Rule) => void) => editing(compliantStack(), AUTOSCALE, (r) => { edit(profiles(r)[0].rules[0]); });
    const holds = (n: number) => scalesTo(n, `autoscale setting 'shop-api-autoscale' profile 'default' holds ${n}: no scale-out rule of it can add an instance (see capacity.autoscaling)`);
    const planCapacity = (stack: ResourceSpec[], n: number) => editing(stack, "shop-api-plan", (r) => { (r.props.sku as Record<string, unknown>).capacity = n; });

    it("passes the setting ReadyService emits (profile 'cpu', CpuPercentage Average over PT10M, ChangeCount 1, PT5M)", async () => {
        const java = editing(compliantStack(), AUTOSCALE, (r) => {
            const p = profiles(r)[0];
            p.name = "cpu";
            for (const rule of p.rules) {
                Object.assign(rule.metricTrigger, { timeGrain: "PT1M", statistic: "Average", timeWindow: "PT10M", timeAggregation: "Average" });
            }
        });
        assert.deepEqual(await messages(policy, java), []);
    });

    it("fails on the minimum a profile holds when its scale-out rule watches another resource, can never fire, adds no instance or cools down for days", async () => {
        const hollow: [string, ResourceSpec[]][] = [
            ["another resource", editing(compliantStack(), AUTOSCALE, (r) => { r.propertyDependencies = { targetResourceUri: ["shop-api-plan"], profiles: ["shopdata"] }; })],
            ["never fires", scaleOut((rule) => { rule.metricTrigger.threshold = 200; })],
            ["adds none", scaleOut((rule) => { rule.scaleAction.value = "0"; })],
            ["a week's cooldown", scaleOut((rule) => { rule.scaleAction.cooldown = "P7D"; })],
            ["no scale-out rule", editing(compliantStack(), AUTOSCALE, (r) => { profiles(r)[0].rules.splice(0, 1); })],
        ];
        for (const [what, stack] of hollow) {
            assert.deepEqual(await messages(policy, stack), [holds(2)], what);
        }
        // What it holds may cover the plan by itself: 6 x 50 RPS = 300 RPS.
        const heldEnough = editing(hollow[1][1], AUTOSCALE, (r) => { profiles(r)[0].capacity.minimum = "6"; });
        assert.deepEqual(await messages(policy, heldEnough), []);
    });

    it("fails a profile that cannot grow on what it holds", async () => {
        const fixed = editing(compliantStack(), AUTOSCALE, (r) => { profiles(r)[0].capacity.maximum = "2"; });
        assert.deepEqual(await messages(policy, fixed), [
            scalesTo(2, "autoscale setting 'shop-api-autoscale' profile 'default' holds 2: capacity.minimum 2 is not below capacity.maximum 2 (see capacity.autoscaling)"),
        ]);
    });

    it("a disabled setting, or none, leaves the plan on its sku.capacity: fails 2, passes 6", async () => {
        const disabled = editing(compliantStack(), AUTOSCALE, (r) => { r.props.enabled = false; });
        assert.deepEqual(await messages(policy, disabled), [
            scalesTo(2, "plan 'shop-api-plan' sku.capacity 2: autoscale setting 'shop-api-autoscale' is not enabled, so it runs on that capacity"),
        ]);
        assert.deepEqual(await messages(policy, planCapacity(disabled, 6)), []);
        const spec = {
            type: "readiness:index:ReadyService", name: "shop",
            props: { product: { name: "shop", environment: "prod" }, components: [{ name: "api", capacity: { plannedPeakRps: 200, rpsPerInstance: 50, headroom: 1.5 } }] },
        };
        const unscaled = [spec, ...without(compliantStack(), AUTOSCALE)];
        assert.deepEqual(await messages(policy, unscaled), [
            scalesTo(2, "plan 'shop-api-plan' sku.capacity 2: no autoscale setting scales it, so it runs on that capacity"),
        ]);
        assert.deepEqual(await messages(policy, planCapacity(unscaled, 6)), []);
    });

    it("is undecided when the plan's sku, or its sku.capacity a disabled setting leaves it on, is unknown in preview", async () => {
        assert.deepEqual(await messages(policy, editing(compliantStack(), "shop-api-plan", (r) => { r.props.sku = UNKNOWN; })), [
            "[undecided] App Service plan 'shop-api-plan' sku is unknown in preview (the platform or an autoscale setting may scale it), so the maximum scaled capacity of component 'api' cannot be shown",
        ]);
        const disabled = editing(compliantStack(), AUTOSCALE, (r) => { r.props.enabled = false; });
        assert.deepEqual(await messages(policy, editing(disabled, "shop-api-plan", (r) => { (r.props.sku as Record<string, unknown>).capacity = UNKNOWN; })), [
            "[undecided] plan 'shop-api-plan' sku.capacity is unknown in preview (autoscale setting 'shop-api-autoscale' is not enabled, it runs on that capacity), so the maximum scaled capacity of component 'api' cannot be shown",
        ]);
    });

    it("is undecided when preview hides whether the profile scales out or the setting is enabled, unless what it holds covers the plan", async () => {
        assert.deepEqual(await messages(policy, scaleOut((rule) => { rule.metricTrigger.threshold = UNKNOWN; })), [
            "[undecided] whether autoscale setting 'shop-api-autoscale' profile 'default' scales out is unknown in preview (scale-out rule 1 metricTrigger.threshold is unknown in preview, so whether it can fire cannot be shown), so the maximum scaled capacity of component 'api' cannot be shown",
        ]);
        const heldEnough = editing(scaleOut((rule) => { rule.metricTrigger.threshold = UNKNOWN; }), AUTOSCALE, (r) => { profiles(r)[0].capacity.minimum = "6"; });
        assert.deepEqual(await messages(policy, heldEnough), []);
        assert.deepEqual(await messages(policy, editing(compliantStack(), AUTOSCALE, (r) => { r.props.enabled = UNKNOWN; })), [
            "[undecided] autoscale setting 'shop-api-autoscale' enabled is unknown in preview, so the maximum scaled capacity of component 'api' cannot be shown",
        ]);
    });
});

describe("configure-capacity-headroom: every profile may be in force, the lowest maximum counts", () => {
    type RuledProfile = Profile & { name: string; rules: { metricTrigger: Record<string, unknown> }[]; recurrence?: unknown; fixedDate?: unknown };
    const OFFICE_HOURS = { frequency: "Week", schedule: { timeZone: "W. Europe Standard Time", days: ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"], hours: [8], minutes: [0] } };
    /** The compliant setting with its default profile at `defaults` and a second profile `name` at `extra`, scheduled by `schedule`. */
    const withProfile = (defaults: [string, string], name: string, extra: [string, string], schedule: Record<string, unknown>, edit: (p: RuledProfile) => void = () => undefined) =>
        editing(compliantStack(), AUTOSCALE, (r) => {
            const list = r.props.profiles as RuledProfile[];
            [list[0].capacity.minimum, list[0].capacity.maximum] = defaults;
            const second: RuledProfile = { ...structuredClone(list[0]), name, ...schedule };
            [second.capacity.minimum, second.capacity.maximum] = extra;
            edit(second);
            list.push(second);
        });

    it("fails the issue's setting: a default profile of 1..1 beside an office-hours recurrence of 3..10, naming the default profile", async () => {
        assert.deepEqual(await messages(policy, withProfile(["1", "1"], "office-hours", ["3", "10"], { recurrence: OFFICE_HOURS })), [
            scalesTo(1, "autoscale setting 'shop-api-autoscale' profile 'default' holds 1: capacity.minimum 1 is not below capacity.maximum 1 (see capacity.autoscaling), the lowest of its 2 profiles (any may be in force)"),
        ]);
    });

    it("passes when every profile reaches the plan (default 2..8, office hours 3..10), and fails a fixed-date profile whose maximum does not", async () => {
        assert.deepEqual(await messages(policy, withProfile(["2", "8"], "office-hours", ["3", "10"], { recurrence: OFFICE_HOURS })), []);
        const blackFriday = { fixedDate: { timeZone: "UTC", start: "2026-11-27T00:00:00Z", end: "2026-11-28T00:00:00Z" } };
        assert.deepEqual(await messages(policy, withProfile(["2", "8"], "black-friday", ["2", "5"], blackFriday)), [
            scalesTo(5, "autoscale setting 'shop-api-autoscale' profile 'black-friday' capacity.maximum 5, the lowest of its 2 profiles (any may be in force)"),
        ]);
    });

    it("fails a scheduled profile whose scale-out rule can never fire on the minimum it holds, naming it", async () => {
        const stack = withProfile(["2", "8"], "office-hours", ["3", "10"], { recurrence: OFFICE_HOURS }, (p) => { p.rules[0].metricTrigger.threshold = 200; });
        assert.deepEqual(await messages(policy, stack), [
            scalesTo(3, "autoscale setting 'shop-api-autoscale' profile 'office-hours' holds 3: no scale-out rule of it can add an instance (see capacity.autoscaling), the lowest of its 2 profiles (any may be in force)"),
        ]);
    });
});

describe("configure-capacity-headroom: a container app's maxReplicas counts only when a scale rule of it can add a replica", () => {
    const APP = "shop-api-ca";
    type Scale = { minReplicas?: unknown; maxReplicas?: unknown; rules: Record<string, unknown>[] };
    const scaling = (edit: (scale: Scale) => void) => editing(containerAppStack(), APP, (r) => { edit((r.props.template as { scale: Scale }).scale); });
    const http = (value: unknown) => (s: Scale) => { s.rules = [{ name: "http", http: { metadata: { concurrentRequests: value } } }]; };

    it("fails on minReplicas when the http rule's concurrentRequests is never reached, or a cpu rule's utilization is above 100", async () => {
        const held = scalesTo(2, "container app 'shop-api-ca' holds 2 replicas: no scale rule of it can add a replica (see capacity.autoscaling)");
        assert.deepEqual(await messages(policy, scaling(http("50000"))), [held]);
        assert.deepEqual(await messages(policy, scaling((s) => { s.rules = [{ name: "cpu", custom: { type: "cpu", metadata: { type: "Utilization", value: "150" } } }]; })), [held]);
        assert.deepEqual(await messages(policy, scaling((s) => { http("50000")(s); s.minReplicas = 6; })), []);
        assert.deepEqual(await messages(policy, scaling(http("10000"))), []);
    });

    it("is undecided when the rule's metadata is unknown in preview", async () => {
        assert.deepEqual(await messages(policy, scaling(http(UNKNOWN))), [
            "[undecided] whether container app 'shop-api-ca' adds replicas is unknown in preview (scale rule 'http' http.metadata.concurrentRequests is unknown in preview, so whether it can add a replica cannot be shown), so the maximum scaled capacity of component 'api' cannot be shown",
        ]);
    });
});

describe("configure-capacity-headroom: every plan stated is judged, each against what it is stated on", () => {
    const APP = "shop-api-ca";
    /** The container app stack with a second app of component 'api' (shop-api-ca-2) whose tags state `tags` and which scales to `max`. */
    const twoApps = (tags: Record<string, string>, max = 8) => {
        const base = containerAppStack();
        const second = structuredClone(base.find((r) => r.name === APP)!);
        second.name = "shop-api-ca-2";
        second.props.containerAppName = "shop-prod-api-2";
        ((second.props.template as { scale: Record<string, unknown> }).scale).maxReplicas = max;
        second.props.tags = { ...(second.props.tags as Record<string, string>), ...tags };
        return [...base, second];
    };
    const spec = (capacity: unknown) => ({
        type: "readiness:index:ReadyService", name: "shop",
        props: { product: { name: "shop", environment: "prod" }, components: [{ name: "api", kind: "api", customerFacing: true, capacity }] },
    });

    it("passes two apps whose plans each fit what they reach", async () => {
        assert.deepEqual(await messages(policy, twoApps({})), []);
    });

    it("fails a plan on one app that its own maximum does not cover, beside one that is covered", async () => {
        // Before: the first complete plan was the component's, against its largest reach; the second went unjudged.
        assert.deepEqual(await messages(policy, twoApps({ "capacity-planned-peak-rps": "5000" }, 20)), [
            "component 'api' scales to 20 instances (container app 'shop-api-ca-2' template.scale.maxReplicas 20) x 50 RPS = 1000 RPS, below the planned peak 5000 RPS x headroom 1.5 = 7500 RPS (the plan in tags of 'shop-api-ca-2')",
        ]);
        // A plan is judged against what it is stated on, not the largest reach of the component.
        assert.deepEqual(await messages(policy, twoApps({}, 4)), [
            "component 'api' scales to 4 instances (container app 'shop-api-ca-2' template.scale.maxReplicas 4) x 50 RPS = 200 RPS, below the planned peak 200 RPS x headroom 1.5 = 300 RPS (the plan in tags of 'shop-api-ca-2')",
        ]);
    });

    it("judges the ReadyService spec's plan too when it differs from the tags, and once when it is the same", async () => {
        assert.deepEqual(await messages(policy, [...containerAppStack(), spec({ plannedPeakRps: 5000, rpsPerInstance: 50, headroom: 1.5 })]), [
            "component 'api' scales to 8 instances (container app 'shop-api-ca' template.scale.maxReplicas 8) x 50 RPS = 400 RPS, below the planned peak 5000 RPS x headroom 1.5 = 7500 RPS (the plan in the ReadyService spec)",
        ]);
        const same = editing([...containerAppStack(), spec({ plannedPeakRps: 200, rpsPerInstance: 50, headroom: 1.5 })], APP, (r) => {
            ((r.props.template as { scale: Record<string, unknown> }).scale).maxReplicas = 5;
        });
        assert.deepEqual(await messages(policy, same), [scalesTo(5, "container app 'shop-api-ca' template.scale.maxReplicas 5")]);
    });

    it("fails a spec plan alone that no scaler of the component shows a maximum for", async () => {
        const bare = editing(containerAppStack(), APP, (r) => {
            delete ((r.props.template as { scale: Record<string, unknown> }).scale).maxReplicas;
            r.props.tags = { product: "shop", component: "api", environment: "prod" };
        });
        assert.deepEqual(await messages(policy, [...bare, spec({ plannedPeakRps: 200, rpsPerInstance: 50, headroom: 1.5 })]), [
            "component 'api' has no autoscale profile with capacity.maximum, no container app with template.scale.maxReplicas and no function app with a platform maximum, so its maximum scaled capacity is unknown",
        ]);
    });
});
