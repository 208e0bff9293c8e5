import * as assert from "node:assert/strict";
import { describe, it } from "node:test";
import { compliantStack, containerAppStack, functionAppStack } from "../lib/fixtures";
import { editing, messages, ResourceSpec, runShaped, without } from "../lib/testing";
import { UNKNOWN } from "../lib/values";
import { enableAutoscaling as policy } from "./enable-autoscaling";

const AUTOSCALE = "shop-api-autoscale";
type Profile = { capacity: Record<string, string>; rules: unknown[] };

describe("enable-autoscaling", () => {
    it("passes an enabled setting with rules and 2..8 instances", async () => {
        assert.deepEqual(await messages(policy, compliantStack()), []);
    });

    it("fails a disabled setting", async () => {
        const stack = editing(compliantStack(), AUTOSCALE, (r) => { r.props.enabled = false; });
        assert.deepEqual(await messages(policy, stack), ["autoscale setting 'shop-api-autoscale' enabled is 'false'; it must be true"]);
    });

    it("is undecided when enabled is unknown", async () => {
        const stack = editing(compliantStack(), AUTOSCALE, (r) => { r.props.enabled = UNKNOWN; });
        assert.deepEqual(await messages(policy, stack), ["[undecided] autoscale setting 'shop-api-autoscale' enabled is unknown in preview"]);
    });

    it("fails a single instance minimum in prod, and honours the configured minimum", async () => {
        const stack = editing(compliantStack(), AUTOSCALE, (r) => { (r.props.profiles as Profile[])[0].capacity.minimum = "1"; });
        assert.deepEqual(await messages(policy, stack), ["autoscale setting 'shop-api-autoscale' profile 'default' capacity.minimum is 1; prod requires at least 2"]);
        assert.deepEqual(await messages(policy, stack, { minimumInstancesProd: 3 }), [
            "autoscale setting 'shop-api-autoscale' profile 'default' capacity.minimum is 1; prod requires at least 3"]);
    });

    it("in prod, minimumInstancesProd below 2 fails the item as not checked, naming the setting", async () => {
        const stack = editing(compliantStack(), AUTOSCALE, (r) => { (r.props.profiles as Profile[])[0].capacity.minimum = "1"; });
        assert.deepEqual(await messages(policy, stack, { minimumInstancesProd: 1 }), [
            "autoscale setting 'shop-api-autoscale' profile 'default' capacity.minimum is 1; prod requires at least 2",
            "[not-checked] capacity.autoscaling not checked as prod requires: enable-autoscaling's policy config sets minimumInstancesProd 1, below the prod floor 2; the item fails until the setting is removed (the check ran at 2)",
        ]);
    });

    it("fails a profile whose maximum is below its minimum", async () => {
        const stack = editing(compliantStack(), AUTOSCALE, (r) => { (r.props.profiles as Profile[])[0].capacity.maximum = "1"; });
        assert.deepEqual(await messages(policy, stack), [
            "autoscale setting 'shop-api-autoscale' profile 'default' needs capacity.minimum < capacity.maximum (got 2..1); a profile that cannot grow does not scale",
        ]);
    });

    it("fails a profile without rules", async () => {
        const stack = editing(compliantStack(), AUTOSCALE, (r) => { (r.props.profiles as Profile[])[0].rules = []; });
        assert.deepEqual(await messages(policy, stack), [
            "autoscale setting 'shop-api-autoscale' profile 'default' has no scale-out rule (scaleAction.direction 'Increase'), so it never adds instances under load",
            "autoscale setting 'shop-api-autoscale' profile 'default' has no scale-in rule (scaleAction.direction 'Decrease'), so it never gives instances back",
        ]);
    });

    it("fails a setting without profiles", async () => {
        const stack = editing(compliantStack(), AUTOSCALE, (r) => { r.props.profiles = []; });
        assert.deepEqual(await messages(policy, stack), ["autoscale setting 'shop-api-autoscale' has no profiles"]);
    });

    it("fails a component without an autoscale setting", async () => {
        assert.deepEqual(await messages(policy, without(compliantStack(), AUTOSCALE)), [
            "component 'api' has no autoscale setting whose targetResourceUri refers to its App Service plan (or other compute resource)",
        ]);
    });
});

describe("enable-autoscaling: what the setting scales, by reference", () => {
    const OTHER_PLAN = { type: "azure-native:web:AppServicePlan", name: "shop-legacy-plan", props: { resourceGroupName: UNKNOWN, name: "shop-legacy", sku: { name: "B1" } } };
    const targeting = (plan: string) => (r: ResourceSpec) => { r.propertyDependencies = { targetResourceUri: [plan], profiles: [plan] }; };
    const onlyScaleIn = (r: ResourceSpec) => { (r.props.profiles as Profile[])[0].rules.splice(0, 1); };

    it("fails the hollow setting of the issue: tagged for the component, targeting another plan, min = max, only a scale-in rule", async () => {
        const stack = editing([OTHER_PLAN, ...compliantStack()], AUTOSCALE, (r) => {
            targeting("shop-legacy-plan")(r);
            (r.props.profiles as Profile[])[0].capacity.maximum = "2";
            onlyScaleIn(r);
        });
        assert.deepEqual(await messages(policy, stack), [
            "autoscale setting 'shop-api-autoscale' is tagged component=api but scales 'shop-legacy-plan', no App Service plan or compute resource of component 'api'",
            "component 'api' has no autoscale setting whose targetResourceUri refers to its App Service plan (or other compute resource)",
        ]);
    });

    it("counts a setting on an untagged plan a readiness:index:Monitoring block claims for the component, and only then", async () => {
        const block = (deps: Record<string, string[]>): ResourceSpec => ({
            type: "readiness:index:Monitoring", name: "shop-api-block", custom: false, props: { component: "api", namesOutsideTheProgram: [] },
            outputs: { component: "api", namesOutsideTheProgram: [] }, propertyDependencies: deps,
        });
        const onLegacy = (stack: ResourceSpec[]) => editing([OTHER_PLAN, ...stack], AUTOSCALE, targeting("shop-legacy-plan"));
        // The setting counts for the claimed plan; the component's own tagged plan, now scaled by none, is named.
        assert.deepEqual(await messages(policy, onLegacy([block({ planId: ["shop-legacy-plan"] }), ...compliantStack()])), [
            "App Service plan 'shop-api-plan' of component 'api' has no autoscale setting whose targetResourceUri refers to it",
        ]);
        const claimedOnly = (stack: ResourceSpec[]) => editing(onLegacy(stack), "shop-api-plan", (r) => { r.props.tags = {}; });
        assert.deepEqual(await messages(policy, claimedOnly([block({ planId: ["shop-legacy-plan"] }), ...without(compliantStack(), "shop-api-app")])), []);
        assert.deepEqual(await messages(policy, onLegacy([block({}), ...compliantStack()])), [
            "autoscale setting 'shop-api-autoscale' is tagged component=api but scales 'shop-legacy-plan', no App Service plan or compute resource of component 'api'",
            "component 'api' has no autoscale setting whose targetResourceUri refers to its App Service plan (or other compute resource)",
        ]);
    });

    it("fails min = max and a setting with only a scale-in rule on the component's own plan", async () => {
        const stack = editing(compliantStack(), AUTOSCALE, (r) => { (r.props.profiles as Profile[])[0].capacity.maximum = "2"; onlyScaleIn(r); });
        assert.deepEqual(await messages(policy, stack), [
            "autoscale setting 'shop-api-autoscale' profile 'default' needs capacity.minimum < capacity.maximum (got 2..2); a profile that cannot grow does not scale",
            "autoscale setting 'shop-api-autoscale' profile 'default' has no scale-out rule (scaleAction.direction 'Increase'), so it never adds instances under load",
        ]);
    });

    it("fails scaling out on a metric of another resource", async () => {
        const stack = editing(compliantStack(), AUTOSCALE, (r) => { r.propertyDependencies = { targetResourceUri: ["shop-api-plan"], profiles: ["shopdata"] }; });
        assert.deepEqual(await messages(policy, stack), [
            "autoscale setting 'shop-api-autoscale' profile 'default' scale-out rule 1 watches no metric of plan 'shop-api-plan' or an app on it (metricTrigger.metricResourceUri must refer to one of them; the profiles also refer to 'shopdata', whose metric a rule may watch instead)",
        ]);
    });

    it("fails profiles that refer to the plan and another resource: which rule watches which cannot be shown; the plan's web app is the plan's own", async () => {
        const both = editing(compliantStack(), AUTOSCALE, (r) => { r.propertyDependencies = { targetResourceUri: ["shop-api-plan"], profiles: ["shop-api-plan", "shopdata"] }; });
        assert.deepEqual(await messages(policy, both), [
            "autoscale setting 'shop-api-autoscale' profile 'default' scale-out rule 1 watches no metric of plan 'shop-api-plan' or an app on it (metricTrigger.metricResourceUri must refer to one of them; the profiles also refer to 'shopdata', whose metric a rule may watch instead)",
        ]);
        const onApp = editing(compliantStack(), AUTOSCALE, (r) => { r.propertyDependencies = { targetResourceUri: ["shop-api-plan"], profiles: ["shop-api-plan", "shop-api-app"] }; });
        assert.deepEqual(await messages(policy, onApp), []);
    });

    it("judges known ids by value: the rule's metricResourceUri must be the target's (or its app's) id", async () => {
        const PLAN_ID = "/subscriptions/0000/resourceGroups/shop-prod/providers/Microsoft.Web/serverfarms/shop-prod-api";
        const withIds = (metricUri: string) => editing(compliantStack(), AUTOSCALE, (r) => {
            r.props.targetResourceUri = PLAN_ID;
            for (const rule of (r.props.profiles as Profile[])[0].rules as { metricTrigger: Record<string, unknown> }[]) {
                rule.metricTrigger.metricResourceUri = metricUri;
            }
        });
        assert.deepEqual(await messages(policy, withIds(PLAN_ID.toUpperCase())), []);
        assert.deepEqual(await messages(policy, withIds(`${PLAN_ID}-other`)), [
            "autoscale setting 'shop-api-autoscale' profile 'default' scale-out rule 1 watches no metric of plan 'shop-api-plan' or an app on it (metricTrigger.metricResourceUri must refer to one of them)",
        ]);
    });

    it("fails a setting whose targetResourceUri refers to the plan and another resource, tagged or not: it counts for no plan", async () => {
        const both = (tags: Record<string, string> | undefined) => editing(compliantStack(), AUTOSCALE, (r) => {
            r.propertyDependencies = { targetResourceUri: ["shop-api-plan", "shopdata"], profiles: ["shop-api-plan"] };
            if (tags !== undefined) {
                r.props.tags = tags;
            }
        });
        const expected = [
            "autoscale setting 'shop-api-autoscale' targetResourceUri refers to 'shop-api-plan', 'shopdata', not to exactly one App Service plan (or scale set) of component 'api': Azure scales the one resource the uri names, so it cannot be shown to scale the plan; set it to the plan's id alone",
            "component 'api' has no autoscale setting whose targetResourceUri refers to its App Service plan (or other compute resource)",
        ];
        assert.deepEqual(await messages(policy, both(undefined)), expected);
        assert.deepEqual(await messages(policy, both({})), expected);
        // Nor does a setting on another compute resource of the component (its web app) count: only a plan is scaled.
        const onApp = editing(compliantStack(), AUTOSCALE, (r) => { r.propertyDependencies = { targetResourceUri: ["shop-api-app"], profiles: ["shop-api-app"] }; });
        assert.deepEqual(await messages(policy, onApp), [
            "autoscale setting 'shop-api-autoscale' targetResourceUri refers to 'shop-api-app', not to exactly one App Service plan (or scale set) of component 'api': Azure scales the one resource the uri names, so it cannot be shown to scale the plan; set it to the plan's id alone",
            "component 'api' has no autoscale setting whose targetResourceUri refers to its App Service plan (or other compute resource)",
        ]);
    });

    it("is undecided for a tagged setting whose target is a fixed id, not a resource of the stack", async () => {
        const stack = editing(compliantStack(), AUTOSCALE, (r) => { r.propertyDependencies = {}; r.props.targetResourceUri = "/subscriptions/x/resourceGroups/y/providers/Microsoft.Web/serverfarms/z"; });
        assert.deepEqual(await messages(policy, stack), [
            "[undecided] autoscale setting 'shop-api-autoscale' is tagged component=api but its targetResourceUri refers to no resource of the stack, so what it scales cannot be shown",
            "component 'api' has no autoscale setting whose targetResourceUri refers to its App Service plan (or other compute resource)",
        ]);
    });

    it("counts a setting on the component's scale set, and still fails its plan that no setting scales", async () => {
        const VMSS = { type: "azure-native:compute:VirtualMachineScaleSet", name: "shop-api-vmss", props: { resourceGroupName: UNKNOWN, tags: { product: "shop", component: "api", environment: "prod" } } };
        const onVmss = (r: ResourceSpec) => { r.propertyDependencies = { targetResourceUri: ["shop-api-vmss"], profiles: ["shop-api-vmss"] }; };
        // lib/response-shapes.json has no scale set shape, so these run over the program's properties.
        const overInputs = async (stack: ResourceSpec[]) => (await runShaped(policy, stack, {}, "inputs")).map((r) => r.message);
        const planless = without(compliantStack(), "shop-api-plan", "shop-api-app");
        assert.deepEqual(await overInputs(editing([VMSS, ...planless], AUTOSCALE, onVmss)), []);
        assert.deepEqual(await overInputs(editing([VMSS, ...compliantStack()], AUTOSCALE, onVmss)), [
            "App Service plan 'shop-api-plan' of component 'api' has no autoscale setting whose targetResourceUri refers to it",
        ]);
    });

    it("counts an untagged setting that targets the plan of the component's web app", async () => {
        const stack = editing(editing(compliantStack(), "shop-api-plan", (r) => { r.props.tags = {}; }), AUTOSCALE, (r) => {
            r.props.tags = { "capacity-planned-peak-rps": "200", "capacity-rps-per-instance": "50", "capacity-headroom": "1.5" };
        });
        assert.deepEqual(await messages(policy, stack), []);
    });
});

describe("enable-autoscaling: a scale-out rule that can never fire does not scale out", () => {
    type Rule = { metricTrigger: Record<string, unknown>; scaleAction: Record<string, unknown> };
    const scaleOut = (edit: (rule: Rule) => void) => editing(compliantStack(), AUTOSCALE, (r) => { edit((r.props.profiles as Profile[])[0].rules[0] as Rule); });
    const rule1 = "autoscale setting 'shop-api-autoscale' profile 'default' scale-out rule 1";

    it("fails a percentage above 100, or at 100 with GreaterThan, and passes GreaterThanOrEqual 100 or NotEquals", async () => {
        assert.deepEqual(await messages(policy, scaleOut((r) => { r.metricTrigger.threshold = 200; })), [
            `${rule1} can never fire: metric 'CpuPercentage' is a percentage (0..100) and the rule fires when it is GreaterThan 200`,
        ]);
        assert.deepEqual(await messages(policy, scaleOut((r) => { r.metricTrigger.threshold = 100; })), [
            `${rule1} can never fire: metric 'CpuPercentage' is a percentage (0..100) and the rule fires when it is GreaterThan 100`,
        ]);
        assert.deepEqual(await messages(policy, scaleOut((r) => { r.metricTrigger.threshold = 100; r.metricTrigger.operator = "GreaterThanOrEqual"; })), []);
        assert.deepEqual(await messages(policy, scaleOut((r) => { r.metricTrigger.threshold = 200; r.metricTrigger.operator = "NotEquals"; })), []);
    });

    it("lifts a percentage's upper bound when the trigger sums (statistic Sum, timeAggregation Total or Count); undecided when that is unknown", async () => {
        assert.deepEqual(await messages(policy, scaleOut((r) => { r.metricTrigger.threshold = 200; r.metricTrigger.statistic = "Sum"; })), []);
        assert.deepEqual(await messages(policy, scaleOut((r) => { r.metricTrigger.threshold = 200; r.metricTrigger.timeAggregation = "Total"; })), []);
        assert.deepEqual(await messages(policy, scaleOut((r) => { r.metricTrigger.threshold = 200; r.metricTrigger.statistic = "Average"; r.metricTrigger.timeAggregation = "Maximum"; })), [
            `${rule1} can never fire: metric 'CpuPercentage' is a percentage (0..100) and the rule fires when it is GreaterThan 200`,
        ]);
        assert.deepEqual(await messages(policy, scaleOut((r) => { r.metricTrigger.threshold = 200; r.metricTrigger.statistic = UNKNOWN; })), [
            `[undecided] ${rule1} metricTrigger.statistic or timeAggregation is unknown in preview, so whether metric 'CpuPercentage' can be GreaterThan 200 cannot be shown`,
        ]);
        assert.deepEqual(await messages(policy, scaleOut((r) => { r.metricTrigger.operator = "LessThan"; r.metricTrigger.threshold = 0; r.metricTrigger.statistic = "Sum"; })), [
            `${rule1} can never fire: metric 'CpuPercentage' is a sum of percentages (never below 0) and the rule fires when it is LessThan 0`,
        ]);
    });

    it("fails a count LessThan 0 and a percentage Equals 150; passes a count above a threshold and an unbounded metric at any threshold", async () => {
        assert.deepEqual(await messages(policy, scaleOut((r) => { r.metricTrigger.metricName = "HttpQueueLength"; r.metricTrigger.operator = "LessThan"; r.metricTrigger.threshold = 0; })), [
            `${rule1} can never fire: metric 'HttpQueueLength' is a count (never below 0) and the rule fires when it is LessThan 0`,
        ]);
        assert.deepEqual(await messages(policy, scaleOut((r) => { r.metricTrigger.operator = "Equals"; r.metricTrigger.threshold = 150; })), [
            `${rule1} can never fire: metric 'CpuPercentage' is a percentage (0..100) and the rule fires when it is Equals 150`,
        ]);
        assert.deepEqual(await messages(policy, scaleOut((r) => { r.metricTrigger.metricName = "HttpQueueLength"; r.metricTrigger.threshold = 500; })), []);
        assert.deepEqual(await messages(policy, scaleOut((r) => { r.metricTrigger.metricName = "BytesReceived"; r.metricTrigger.operator = "LessThan"; r.metricTrigger.threshold = -1; })), []);
    });

    it("fails a missing threshold or an operator Azure does not have; is undecided on a threshold unknown in preview", async () => {
        assert.deepEqual(await messages(policy, scaleOut((r) => { delete r.metricTrigger.threshold; })), [
            `${rule1} needs metricTrigger.metricName, an operator (GreaterThan, GreaterThanOrEqual, LessThan, LessThanOrEqual, Equals, NotEquals) and a numeric threshold (got CpuPercentage GreaterThan undefined), so it never fires`,
        ]);
        assert.deepEqual(await messages(policy, scaleOut((r) => { r.metricTrigger.operator = "Above"; })), [
            `${rule1} needs metricTrigger.metricName, an operator (GreaterThan, GreaterThanOrEqual, LessThan, LessThanOrEqual, Equals, NotEquals) and a numeric threshold (got CpuPercentage Above 70), so it never fires`,
        ]);
        assert.deepEqual(await messages(policy, scaleOut((r) => { r.metricTrigger.threshold = UNKNOWN; })), [
            `[undecided] ${rule1} metricTrigger.threshold is unknown in preview, so whether it can fire cannot be shown`,
        ]);
    });

    it("passes when another scale-out rule of the profile can fire", async () => {
        const stack = editing(compliantStack(), AUTOSCALE, (r) => {
            const rules = (r.props.profiles as Profile[])[0].rules as Rule[];
            rules.push({ ...structuredClone(rules[0]), metricTrigger: { ...rules[0].metricTrigger, threshold: 200 } });
        });
        assert.deepEqual(await messages(policy, stack), []);
    });
});

describe("enable-autoscaling: a scale-out rule must add at least one instance", () => {
    type Rule = { metricTrigger: Record<string, unknown>; scaleAction: Record<string, unknown> };
    const action = (edit: (a: Record<string, unknown>) => void) => editing(compliantStack(), AUTOSCALE, (r) => {
        edit(((r.props.profiles as Profile[])[0].rules[0] as Rule).scaleAction);
    });
    const rule1 = "autoscale setting 'shop-api-autoscale' profile 'default' scale-out rule 1";

    it("fails ChangeCount by 0, by a negative, a fraction or a word; passes by 2 and an unset value (Azure's default 1)", async () => {
        for (const value of ["0", "-1", "1.5", "one"]) {
            assert.deepEqual(await messages(policy, action((a) => { a.value = value; })), [
                `${rule1} scaleAction.value is '${value}': it must be a whole number of at least 1, or the scale-out adds no instance`,
            ]);
        }
        assert.deepEqual(await messages(policy, action((a) => { a.value = "2"; })), []);
        assert.deepEqual(await messages(policy, action((a) => { delete a.value; })), []);
    });

    it("PercentChangeCount must reach one instance of the minimum; ExactCount must exceed it; ServiceAllowedNextValue states no count", async () => {
        assert.deepEqual(await messages(policy, action((a) => { a.type = "PercentChangeCount"; a.value = "20"; })), [
            `${rule1} scaleAction PercentChangeCount 20% of capacity.minimum 2 is 0.4 instances, less than one, so it may add none`,
        ]);
        assert.deepEqual(await messages(policy, action((a) => { a.type = "PercentChangeCount"; a.value = "50"; })), []);
        assert.deepEqual(await messages(policy, action((a) => { a.type = "ExactCount"; a.value = "2"; })), [
            `${rule1} scaleAction ExactCount 2 is not above capacity.minimum 2, so it adds no instance`,
        ]);
        assert.deepEqual(await messages(policy, action((a) => { a.type = "ExactCount"; a.value = "4"; })), []);
        assert.deepEqual(await messages(policy, action((a) => { a.type = "ServiceAllowedNextValue"; })), [
            `${rule1} scaleAction.type is 'ServiceAllowedNextValue': only ChangeCount, PercentChangeCount or ExactCount state how many instances a scale-out adds`,
        ]);
    });

    it("fails a cooldown of days (it adds instances at most once per week), an unset or unreadable one; passes PT1H; undecided when unknown", async () => {
        assert.deepEqual(await messages(policy, action((a) => { a.cooldown = "P7D"; })), [
            `${rule1} scaleAction.cooldown is P7D: it adds instances at most once per P7D, too slowly to follow a surge; at most PT1H is required`,
        ]);
        assert.deepEqual(await messages(policy, action((a) => { a.cooldown = "PT61M"; })), [
            `${rule1} scaleAction.cooldown is PT61M: it adds instances at most once per PT61M, too slowly to follow a surge; at most PT1H is required`,
        ]);
        assert.deepEqual(await messages(policy, action((a) => { delete a.cooldown; })), [
            `${rule1} scaleAction.cooldown is 'undefined': state an ISO-8601 duration of at most PT1H (such as PT5M)`,
        ]);
        assert.deepEqual(await messages(policy, action((a) => { a.cooldown = "5 minutes"; })), [
            `${rule1} scaleAction.cooldown is '5 minutes': state an ISO-8601 duration of at most PT1H (such as PT5M)`,
        ]);
        assert.deepEqual(await messages(policy, action((a) => { a.cooldown = "PT1H"; })), []);
        assert.deepEqual(await messages(policy, action((a) => { a.cooldown = UNKNOWN; })), [
            `[undecided] ${rule1} scaleAction.cooldown is unknown in preview, so how often it can add instances cannot be shown`,
        ]);
    });

    it("is undecided on a value unknown in preview", async () => {
        assert.deepEqual(await messages(policy, action((a) => { a.value = UNKNOWN; })), [
            `[undecided] ${rule1} scaleAction.value is unknown in preview, so whether it adds an instance cannot be shown`,
        ]);
    });
});

describe("enable-autoscaling: a component on an Azure container app scales by its template.scale", () => {
    const APP = "shop-api-ca";
    type Scale = { minReplicas?: unknown; maxReplicas?: unknown; rules?: unknown };
    const scaling = (edit: (scale: Scale) => void) => editing(containerAppStack(), APP, (r) => {
        edit((r.props.template as { scale: Scale }).scale);
    });

    it("passes 2..8 replicas on an HTTP scale rule, with no plan and no autoscale setting", async () => {
        assert.deepEqual(await messages(policy, containerAppStack()), []);
    });

    it("fails an app that cannot grow (minReplicas = maxReplicas) or has no scale rule", async () => {
        assert.deepEqual(await messages(policy, scaling((s) => { s.maxReplicas = 2; s.rules = []; })), [
            "container app 'shop-api-ca' needs template.scale.minReplicas < maxReplicas (got 2..2); an app that cannot grow does not scale",
            "container app 'shop-api-ca' has no scale rule (template.scale.rules: http, tcp, azureQueue or custom), so it never adds replicas under load",
        ]);
    });

    it("fails scale rules that set no trigger (a name alone); passes when one rule has a trigger", async () => {
        assert.deepEqual(await messages(policy, scaling((s) => { s.rules = [{ name: "http" }]; })), [
            "container app 'shop-api-ca' has no scale rule with a trigger (template.scale.rules[] sets none of http, tcp, azureQueue, custom), so it never adds replicas under load",
        ]);
        assert.deepEqual(await messages(policy, scaling((s) => { s.rules = [{ name: "empty" }, { name: "queue", azureQueue: { queueName: "orders", queueLength: 20 } }]; })), []);
    });

    it("fails an app that scales to zero, whatever the environment, and one replica in prod", async () => {
        const toZero = scaling((s) => { s.minReplicas = 0; });
        const zero = "container app 'shop-api-ca' template.scale.minReplicas is 0: it scales to zero, so the first request after idle waits for a cold start; at least 1 is required";
        assert.deepEqual(await messages(policy, toZero), [zero]);
        assert.deepEqual(await messages(policy, toZero, {}, "qa"), [zero]);
        assert.deepEqual(await messages(policy, scaling((s) => { delete s.minReplicas; })), [zero]);
        const one = scaling((s) => { s.minReplicas = 1; });
        assert.deepEqual(await messages(policy, one), ["container app 'shop-api-ca' template.scale.minReplicas is 1; prod requires at least 2"]);
        assert.deepEqual(await messages(policy, one, {}, "qa"), []);
    });

    it("fails an app with no scale at all: the platform's defaults (0..10 replicas) are no decision", async () => {
        const stack = editing(containerAppStack(), APP, (r) => { delete (r.props.template as Record<string, unknown>).scale; });
        assert.deepEqual(await messages(policy, stack), [
            "container app 'shop-api-ca' template.scale.maxReplicas is unset: state the most replicas it may scale to (the platform's default is no capacity decision)",
            "container app 'shop-api-ca' template.scale.minReplicas is 0: it scales to zero, so the first request after idle waits for a cold start; at least 1 is required",
            "container app 'shop-api-ca' has no scale rule (template.scale.rules: http, tcp, azureQueue or custom), so it never adds replicas under load",
        ]);
    });

    it("is undecided when the scale is unknown in preview", async () => {
        assert.deepEqual(await messages(policy, scaling((s) => { s.maxReplicas = UNKNOWN; })), [
            "[undecided] container app 'shop-api-ca' template.scale.maxReplicas is unknown in preview",
        ]);
        const unknownScale = editing(containerAppStack(), APP, (r) => { (r.props.template as Record<string, unknown>).scale = UNKNOWN; });
        assert.deepEqual(await messages(policy, unknownScale), ["[undecided] container app 'shop-api-ca' template.scale is unknown in preview"]);
    });

    it("still fails a web app's plan in the same component that no autoscale setting scales", async () => {
        const appService = compliantStack().filter((r) => ["shop-api-plan", "shop-api-app"].includes(r.name));
        assert.deepEqual(await messages(policy, [...appService, ...containerAppStack()]), [
            "component 'api' has no autoscale setting whose targetResourceUri refers to its App Service plan (or other compute resource)",
        ]);
    });

    it("is undecided on a container app outside the program, given to a monitoring block by ID", async () => {
        const id = "/subscriptions/0000/resourceGroups/shop-prod/providers/Microsoft.App/containerApps/shop-prod-api";
        const block: ResourceSpec = {
            type: "readiness:index:Monitoring", name: "shop-api-block", custom: false,
            props: { component: "api", containerAppId: id, namesOutsideTheProgram: ["shop-prod-api"] },
            outputs: { component: "api", containerAppId: id, namesOutsideTheProgram: ["shop-prod-api"] },
        };
        assert.deepEqual(await messages(policy, [block, ...without(containerAppStack(), APP)]), [
            "[undecided] component 'api' runs on a container app outside the program (monitoring block 'shop-api-block' names it by containerAppId), whose template.scale the stack cannot show",
        ]);
    });
});

describe("enable-autoscaling: every profile of a setting may be in force, each is judged and named", () => {
    type Rule = { metricTrigger: Record<string, unknown>; scaleAction: Record<string, unknown> };
    type Named = { name: string; capacity: Record<string, string>; rules: Rule[]; recurrence?: unknown; fixedDate?: unknown };
    const OFFICE_HOURS = { frequency: "Week", schedule: { timeZone: "W. Europe Standard Time", days: ["Monday", "Friday"], hours: [8], minutes: [0] } };
    /** The compliant setting plus a copy of its profile named `name`, on `schedule`, edited by `edit`. */
    const withProfile = (name: string, schedule: Record<string, unknown>, edit: (p: Named) => void) => editing(compliantStack(), AUTOSCALE, (r) => {
        const list = r.props.profiles as Named[];
        const second: Named = { ...structuredClone(list[0]), name, ...schedule };
        edit(second);
        list.push(second);
    });
    const office = "autoscale setting 'shop-api-autoscale' profile 'office-hours'";

    it("passes a recurrence profile that scales like the default one", async () => {
        assert.deepEqual(await messages(policy, withProfile("office-hours", { recurrence: OFFICE_HOURS }, () => undefined)), []);
    });

    it("fails a recurrence profile whose scale-out rule can never fire, or that cannot grow, naming it", async () => {
        assert.deepEqual(await messages(policy, withProfile("office-hours", { recurrence: OFFICE_HOURS }, (p) => { p.rules[0].metricTrigger.threshold = 200; })), [
            `${office} scale-out rule 1 can never fire: metric 'CpuPercentage' is a percentage (0..100) and the rule fires when it is GreaterThan 200`,
        ]);
        assert.deepEqual(await messages(policy, withProfile("office-hours", { recurrence: OFFICE_HOURS }, (p) => { p.capacity.maximum = "2"; })), [
            `${office} needs capacity.minimum < capacity.maximum (got 2..2); a profile that cannot grow does not scale`,
        ]);
    });

    it("fails a fixed-date profile below the prod minimum, and one that scales to zero in any environment", async () => {
        const blackFriday = { fixedDate: { timeZone: "UTC", start: "2026-11-27T00:00:00Z", end: "2026-11-28T00:00:00Z" } };
        assert.deepEqual(await messages(policy, withProfile("black-friday", blackFriday, (p) => { p.capacity.minimum = "1"; })), [
            "autoscale setting 'shop-api-autoscale' profile 'black-friday' capacity.minimum is 1; prod requires at least 2",
        ]);
        const toZero = withProfile("nights", { recurrence: OFFICE_HOURS }, (p) => { p.capacity.minimum = "0"; });
        assert.deepEqual(await messages(policy, toZero, {}, "qa"), [
            "autoscale setting 'shop-api-autoscale' profile 'nights' capacity.minimum is 0: it scales to zero, so the first request after idle waits for a cold start; at least 1 is required",
        ]);
    });

    it("names profiles that share a name, or have none, by position; is undecided on a capacity unknown in preview", async () => {
        assert.deepEqual(await messages(policy, withProfile("default", {}, (p) => { p.rules[0].scaleAction.value = "0"; })), [
            "autoscale setting 'shop-api-autoscale' profile 2 scale-out rule 1 scaleAction.value is '0': it must be a whole number of at least 1, or the scale-out adds no instance",
        ]);
        assert.deepEqual(await messages(policy, withProfile("peak", {}, (p) => { p.capacity.maximum = UNKNOWN; })), [
            "[undecided] autoscale setting 'shop-api-autoscale' profile 'peak' capacity.maximum is unknown in preview",
        ]);
    });
});

describe("enable-autoscaling: a container app's scale rule counts only when it can add a replica", () => {
    const APP = "shop-api-ca";
    const app = "container app 'shop-api-ca'";
    type Scale = { rules: Record<string, unknown>[] };
    const rules = (...list: Record<string, unknown>[]) => editing(containerAppStack(), APP, (r) => { (r.props.template as { scale: Scale }).scale.rules = list; });
    const http = (concurrentRequests: unknown) => ({ name: "http", http: { metadata: { concurrentRequests } } });
    const cpu = (value: unknown, type = "Utilization") => ({ name: "cpu", custom: { type: "cpu", metadata: { type, value } } });

    it("fails an http rule whose concurrentRequests per replica is never reached, or no whole number; passes 10000 and the platform's default", async () => {
        assert.deepEqual(await messages(policy, rules(http("50000"))), [
            `${app} scale rule 'http' http.metadata.concurrentRequests is 50000: a replica never holds that many at once, so the rule never adds a replica; at most 10000 per replica is allowed`,
        ]);
        for (const value of ["0", "-5", "2.5", "many"]) {
            assert.deepEqual(await messages(policy, rules(http(value))), [
                `${app} scale rule 'http' http.metadata.concurrentRequests is '${value}': it must be a whole number of at least 1, or the rule never adds a replica`,
            ]);
        }
        assert.deepEqual(await messages(policy, rules(http("10000"))), []);
        assert.deepEqual(await messages(policy, rules({ name: "http", http: { metadata: {} } })), []);
        assert.deepEqual(await messages(policy, rules({ name: "tcp", tcp: { metadata: { concurrentConnections: "20000" } } })), [
            `${app} scale rule 'tcp' tcp.metadata.concurrentConnections is 20000: a replica never holds that many at once, so the rule never adds a replica; at most 10000 per replica is allowed`,
        ]);
    });

    it("fails a cpu or memory rule whose utilization is above 90, or not above 0; passes 90, 70 and an AverageValue", async () => {
        assert.deepEqual(await messages(policy, rules(cpu("150"))), [
            `${app} scale rule 'cpu' custom (cpu) metadata.value is 150: it is a utilization of the container's cpu, which never exceeds 100%, and a replica is added only when usage exceeds the target by more than 10% (the HPA's tolerance), so the rule never adds a replica; a target above 0 and at most 90 is required`,
        ]);
        assert.deepEqual(await messages(policy, rules({ name: "mem", custom: { type: "memory", metadata: { type: "Utilization", value: "100" } } })), [
            `${app} scale rule 'mem' custom (memory) metadata.value is 100: it is a utilization of the container's memory, which never exceeds 100%, and a replica is added only when usage exceeds the target by more than 10% (the HPA's tolerance), so the rule never adds a replica; a target above 0 and at most 90 is required`,
        ]);
        assert.deepEqual(await messages(policy, rules(cpu("0"))), [
            `${app} scale rule 'cpu' custom (cpu) metadata.value is '0': state a target above 0, or the rule never adds a replica`,
        ]);
        for (const value of ["91", "95", "99"]) {
            assert.deepEqual(await messages(policy, rules(cpu(value))), [
                `${app} scale rule 'cpu' custom (cpu) metadata.value is ${value}: it is a utilization of the container's cpu, which never exceeds 100%, and a replica is added only when usage exceeds the target by more than 10% (the HPA's tolerance), so the rule never adds a replica; a target above 0 and at most 90 is required`,
            ], `at 100% usage, ${value} is not exceeded by more than 10%`);
        }
        assert.deepEqual(await messages(policy, rules(cpu("90"))), [], "100% usage is 11% above 90");
        assert.deepEqual(await messages(policy, rules(cpu("70"))), []);
        assert.deepEqual(await messages(policy, rules(cpu("500", "AverageValue"))), []);
    });

    it("fails what KEDA's cpu and memory scalers cannot read: a Utilization that is not a whole number, a type not spelled exactly", async () => {
        for (const value of ["70.5", "70%", " 70", "1e2", "seventy"]) {
            assert.deepEqual(await messages(policy, rules(cpu(value))), [
                `${app} scale rule 'cpu' custom (cpu) metadata.value is '${String(value)}': KEDA reads a Utilization target as a whole number (a percentage such as '70') and fails on anything else, so the rule never adds a replica`,
            ], `KEDA's strconv.ParseInt rejects ${JSON.stringify(value)}`);
        }
        for (const value of ["500 m", "0.5cores", "lots"]) {
            assert.deepEqual(await messages(policy, rules(cpu(value, "AverageValue"))), [
                `${app} scale rule 'cpu' custom (cpu) metadata.value is '${value}': KEDA reads an AverageValue target as a Kubernetes quantity (such as '500m' or '256Mi') and fails on anything else, so the rule never adds a replica`,
            ]);
        }
        assert.deepEqual(await messages(policy, rules(cpu("0m", "AverageValue"))), [
            `${app} scale rule 'cpu' custom (cpu) metadata.value is '0m': state a target above 0, or the rule never adds a replica`,
        ]);
        for (const type of ["utilization", "UTILIZATION", "Value", "averagevalue"]) {
            assert.deepEqual(await messages(policy, rules(cpu("70", type))), [
                `${app} scale rule 'cpu' custom (cpu) metadata.type is '${type}': KEDA's cpu scaler reads exactly 'Utilization' or 'AverageValue' and fails on anything else, so the rule never adds a replica`,
            ]);
        }
        // A container app's rule has no metricType: without metadata.type KEDA's scaler fails.
        assert.deepEqual(await messages(policy, rules({ name: "cpu", custom: { type: "cpu", metadata: { value: "70" } } })), [
            `${app} scale rule 'cpu' custom (cpu) metadata.type is unset: KEDA's cpu scaler needs 'Utilization' or 'AverageValue' there (a container app's rule has no metricType) and fails without it, so the rule never adds a replica`,
        ]);
        // What KEDA reads: whole numbers (with a sign too) and AverageValue quantities.
        for (const ok of [cpu("70"), cpu("+70"), cpu("500m", "AverageValue"), cpu("100n", "AverageValue"), cpu("1.5", "AverageValue"), cpu("256Mi", "AverageValue")]) {
            assert.deepEqual(await messages(policy, rules(ok)), [], JSON.stringify(ok));
        }
    });

    it("fails a custom rule naming no scaler and a queue rule with a length of 0; passes another scaler's custom rule", async () => {
        assert.deepEqual(await messages(policy, rules({ name: "bus", custom: { metadata: { queueName: "orders" } } })), [
            `${app} scale rule 'bus' custom.type is unset: a custom rule names no scaler, so it never adds a replica`,
        ]);
        assert.deepEqual(await messages(policy, rules({ name: "queue", azureQueue: { queueName: "orders", queueLength: 0 } })), [
            `${app} scale rule 'queue' azureQueue.queueLength is '0': it must be a whole number of at least 1, or the rule never adds a replica`,
        ]);
        assert.deepEqual(await messages(policy, rules({ name: "bus", custom: { type: "azure-servicebus", metadata: { queueName: "orders", messageCount: "20" } } })), []);
    });

    it("lists every rule's defect when none counts, and passes when one does", async () => {
        assert.deepEqual(await messages(policy, rules(http("50000"), cpu("150"))), [
            `${app} scale rule 'http' http.metadata.concurrentRequests is 50000: a replica never holds that many at once, so the rule never adds a replica; at most 10000 per replica is allowed`,
            `${app} scale rule 'cpu' custom (cpu) metadata.value is 150: it is a utilization of the container's cpu, which never exceeds 100%, and a replica is added only when usage exceeds the target by more than 10% (the HPA's tolerance), so the rule never adds a replica; a target above 0 and at most 90 is required`,
        ]);
        assert.deepEqual(await messages(policy, rules(http("50000"), cpu("70"))), []);
    });

    it("is undecided when a rule's metadata is unknown in preview and no other rule counts", async () => {
        assert.deepEqual(await messages(policy, rules(http(UNKNOWN))), [
            `[undecided] ${app} scale rule 'http' http.metadata.concurrentRequests is unknown in preview, so whether it can add a replica cannot be shown`,
        ]);
        assert.deepEqual(await messages(policy, rules(cpu(UNKNOWN), http("50000"))), [
            `[undecided] ${app} scale rule 'cpu' custom.metadata.value is unknown in preview, so whether the cpu rule can add a replica cannot be shown`,
        ]);
        assert.deepEqual(await messages(policy, rules({ name: "http", http: { metadata: UNKNOWN } })), [
            `[undecided] ${app} scale rule 'http' http.metadata is unknown in preview, so whether it can add a replica cannot be shown`,
        ]);
        assert.deepEqual(await messages(policy, rules(http(UNKNOWN), http("50"))), []);
    });
});

describe("enable-autoscaling: a function app on a plan the platform scales (Consumption, Elastic Premium, Flex Consumption)", () => {
    const FUNC = "shop-api-func";
    const PLAN = "shop-api-plan";
    const EP = "function app 'shop-api-func' on Elastic Premium plan 'shop-api-plan' (sku EP1)";
    const FLEX = "function app 'shop-api-func' on Flex Consumption plan 'shop-api-plan' (sku FC1)";
    const siteConfig = (r: ResourceSpec) => r.props.siteConfig as Record<string, unknown>;
    const flexScale = (r: ResourceSpec) => (r.props.functionAppConfig as { scaleAndConcurrency: Record<string, unknown> }).scaleAndConcurrency;
    /** The compliant stack's dedicated-plan autoscale setting, retargeted to the function app's plan. */
    const readyServiceSetting = () => compliantStack().filter((r) => r.name === AUTOSCALE)
        .map((r) => ({ ...r, propertyDependencies: { targetResourceUri: [PLAN], profiles: [PLAN] } }));

    /**
     * Flex Consumption's scale is the app's `functionAppConfig` (Microsoft.Web 2023-12-01 and later),
     * which azure-native 2.10.0, whose response shapes lib/preview-shape.ts applies, does not have:
     * a preview by a newer provider sends it, so the Flex specs run over the program's properties as
     * such a preview would send them; over 2.10.0's outputs the app states no scale and fails.
     */
    const overNewerProvider = async (stack: ResourceSpec[], env = "prod") =>
        (await runShaped(policy, stack, {}, "inputs", env)).map((r) => r.message);

    it("passes Elastic Premium with 2 always-ready instances up to the plan's 8, and Flex Consumption with 2 always-ready up to 8, with no autoscale setting", async () => {
        assert.deepEqual(await messages(policy, functionAppStack()), []);
        assert.deepEqual(await overNewerProvider(functionAppStack("flexConsumption")), []);
    });

    it("fails Flex Consumption over azure-native 2.10.0's outputs, which carry no functionAppConfig: no scale is shown", async () => {
        assert.deepEqual((await runShaped(policy, functionAppStack("flexConsumption"), {}, "outputs")).map((r) => r.message), [
            "function app 'shop-api-func' on Flex Consumption plan 'shop-api-plan' (sku FC1): functionAppConfig.scaleAndConcurrency.maximumInstanceCount is unset: state the most instances it may scale to (the platform's default is no capacity decision)",
            "function app 'shop-api-func' on Flex Consumption plan 'shop-api-plan' (sku FC1): functionAppConfig.scaleAndConcurrency.alwaysReady[].instanceCount is 0: it scales to zero, so the first request after idle waits for a cold start; at least 1 is required",
        ]);
    });

    it("fails the dedicated plan of the same function app when no autoscale setting scales it: the sku decides, not the app's kind", async () => {
        const dedicated = editing(functionAppStack(), PLAN, (r) => { r.props.sku = { name: "P1v3", tier: "PremiumV3" }; });
        assert.deepEqual(await messages(policy, dedicated), [
            "component 'api' has no autoscale setting whose targetResourceUri refers to its App Service plan (or other compute resource)",
        ]);
    });

    it("judges the plan by its sku name, else its tier; undecided when neither is known", async () => {
        const tierOnly = editing(functionAppStack(), PLAN, (r) => { r.props.sku = { tier: "ElasticPremium" }; });
        assert.deepEqual(await messages(policy, tierOnly), []);
        // An EP name decides even when the tier says otherwise; a P name is dedicated whatever the tier says.
        assert.deepEqual(await messages(policy, editing(functionAppStack(), PLAN, (r) => { r.props.sku = { name: "ep2", tier: "Standard" }; })), []);
        assert.deepEqual(await messages(policy, editing(functionAppStack(), PLAN, (r) => { r.props.sku = { name: "P1v2", tier: "ElasticPremium" }; })), [
            "component 'api' has no autoscale setting whose targetResourceUri refers to its App Service plan (or other compute resource)",
        ]);
        const unknown = "[undecided] App Service plan 'shop-api-plan' sku is unknown in preview, so whether the platform or an autoscale setting scales it cannot be shown";
        assert.deepEqual(await messages(policy, editing(functionAppStack(), PLAN, (r) => { r.props.sku = UNKNOWN; })), [unknown]);
        assert.deepEqual(await messages(policy, editing(functionAppStack(), PLAN, (r) => { r.props.sku = { name: UNKNOWN, tier: UNKNOWN }; })), [unknown]);
        assert.deepEqual(await messages(policy, editing(functionAppStack(), PLAN, (r) => { r.props.sku = { name: UNKNOWN, tier: "ElasticPremium" }; })), []);
    });

    it("fails a Consumption plan in every environment: it scales to zero, and says what to use instead", async () => {
        const consumption = functionAppStack("consumption");
        const message = "function app 'shop-api-func' runs on Consumption plan 'shop-api-plan' (sku Y1), which keeps no instance warm: it scales to zero, so the first request after idle waits for a cold start; at least 1 is required; run it on a Flex Consumption or Elastic Premium plan with always-ready instances, or on a dedicated plan with an autoscale setting";
        assert.deepEqual(await messages(policy, consumption), [message]);
        assert.deepEqual(await messages(policy, consumption, {}, "qa"), [message]);
        const tierDynamic = editing(consumption, PLAN, (r) => { r.props.sku = { tier: "Dynamic" }; });
        assert.deepEqual(await messages(policy, tierDynamic, {}, "qa"), [message.replace("(sku Y1)", "(sku tier Dynamic)")]);
    });

    it("fails an autoscale setting on a plan the platform scales: it is no evidence, and it is named", async () => {
        const refused = "autoscale setting 'shop-api-autoscale' targets Elastic Premium plan 'shop-api-plan' (sku EP1), which the platform scales: Azure does not scale the apps there by an autoscale setting, so it is no evidence; remove it (ReadyService: ExistingCompute...platformScaled(instanceMemoryMb))";
        assert.deepEqual(await messages(policy, [...functionAppStack(), ...readyServiceSetting()]), [refused]);
        // Nor does it make a Consumption plan pass.
        const onConsumption = await messages(policy, [...functionAppStack("consumption"), ...readyServiceSetting()]);
        assert.equal(onConsumption.length, 2);
        assert.match(onConsumption[0], /^autoscale setting 'shop-api-autoscale' targets Consumption plan 'shop-api-plan' \(sku Y1\)/);
        assert.match(onConsumption[1], /runs on Consumption plan 'shop-api-plan'.*scales to zero/);
    });

    it("Elastic Premium: fails always-ready instances of 0 anywhere, 1 in prod, unset, and a plan maximum not above them", async () => {
        const alwaysReady = (n: unknown) => editing(functionAppStack(), FUNC, (r) => { siteConfig(r).minimumElasticInstanceCount = n; });
        const zero = `${EP}: siteConfig.minimumElasticInstanceCount is 0: it scales to zero, so the first request after idle waits for a cold start; at least 1 is required`;
        assert.deepEqual(await messages(policy, alwaysReady(0), {}, "qa"), [zero]);
        assert.deepEqual(await messages(policy, alwaysReady(1)), [`${EP}: siteConfig.minimumElasticInstanceCount is 1; prod requires at least 2`]);
        assert.deepEqual(await messages(policy, alwaysReady(1), {}, "qa"), []);
        assert.deepEqual(await messages(policy, alwaysReady(1), { minimumInstancesProd: 3 }), [`${EP}: siteConfig.minimumElasticInstanceCount is 1; prod requires at least 3`]);
        assert.deepEqual(await messages(policy, editing(functionAppStack(), FUNC, (r) => { delete siteConfig(r).minimumElasticInstanceCount; })), [
            `${EP}: siteConfig.minimumElasticInstanceCount is unset: state the always-ready instances it keeps warm (at least 1)`,
        ]);
        assert.deepEqual(await messages(policy, alwaysReady(8)), [
            `${EP} needs siteConfig.minimumElasticInstanceCount < plan 'shop-api-plan' maximumElasticWorkerCount (got 8..8); an app that cannot grow does not scale`,
        ]);
    });

    it("Elastic Premium: the app's scale limit caps the plan's maximum; an unset plan maximum is no capacity decision", async () => {
        const limited = editing(functionAppStack(), FUNC, (r) => { siteConfig(r).functionAppScaleLimit = 2; });
        assert.deepEqual(await messages(policy, limited), [
            `${EP} needs siteConfig.minimumElasticInstanceCount < plan 'shop-api-plan' maximumElasticWorkerCount capped by siteConfig.functionAppScaleLimit (got 2..2); an app that cannot grow does not scale`,
        ]);
        assert.deepEqual(await messages(policy, editing(functionAppStack(), FUNC, (r) => { siteConfig(r).functionAppScaleLimit = 0; })), []);
        assert.deepEqual(await messages(policy, editing(functionAppStack(), PLAN, (r) => { delete r.props.maximumElasticWorkerCount; })), [
            `${EP}: plan 'shop-api-plan' maximumElasticWorkerCount is unset: state the most instances it may scale to (the platform's default is no capacity decision)`,
        ]);
        assert.deepEqual(await messages(policy, editing(functionAppStack(), PLAN, (r) => { r.props.maximumElasticWorkerCount = UNKNOWN; })), [
            `[undecided] ${EP}: plan 'shop-api-plan' maximumElasticWorkerCount is unknown in preview`,
        ]);
    });

    it("Flex Consumption: fails no always-ready instances (it scales to zero), the fewest always-ready below the prod minimum, and an unset maximum", async () => {
        const flex = (edit: (scale: Record<string, unknown>) => void) => editing(functionAppStack("flexConsumption"), FUNC, (r) => { edit(flexScale(r)); });
        const zero = `${FLEX}: functionAppConfig.scaleAndConcurrency.alwaysReady[].instanceCount is 0: it scales to zero, so the first request after idle waits for a cold start; at least 1 is required`;
        assert.deepEqual(await overNewerProvider(flex((s) => { delete s.alwaysReady; }), "qa"), [zero]);
        assert.deepEqual(await overNewerProvider(flex((s) => { s.alwaysReady = [{ name: "http", instanceCount: 3 }, { name: "blob", instanceCount: 0 }]; }), "qa"), [zero]);
        assert.deepEqual(await overNewerProvider(flex((s) => { s.alwaysReady = [{ name: "http", instanceCount: 1 }]; })), [
            `${FLEX}: functionAppConfig.scaleAndConcurrency.alwaysReady[].instanceCount is 1; prod requires at least 2`,
        ]);
        assert.deepEqual(await overNewerProvider(flex((s) => { delete s.maximumInstanceCount; })), [
            `${FLEX}: functionAppConfig.scaleAndConcurrency.maximumInstanceCount is unset: state the most instances it may scale to (the platform's default is no capacity decision)`,
        ]);
        assert.deepEqual(await overNewerProvider(flex((s) => { s.maximumInstanceCount = 2; })), [
            `${FLEX} needs functionAppConfig.scaleAndConcurrency.alwaysReady[].instanceCount < functionAppConfig.scaleAndConcurrency.maximumInstanceCount (got 2..2); an app that cannot grow does not scale`,
        ]);
        assert.deepEqual(await overNewerProvider(flex((s) => { s.alwaysReady = UNKNOWN; })), [
            `[undecided] ${FLEX}: functionAppConfig.scaleAndConcurrency.alwaysReady[].instanceCount is unknown in preview`,
        ]);
    });

    it("a plan the platform scales with no function app of the stack on it: Consumption fails, the others are undecided", async () => {
        const planOnly = (sku: "elasticPremium" | "consumption") => without(functionAppStack(sku), FUNC);
        assert.deepEqual(await messages(policy, planOnly("elasticPremium")), [
            "[undecided] Elastic Premium plan 'shop-api-plan' (sku EP1) is scaled by the platform through the scale settings of the function apps on it, and no function app of the stack runs on it, so its scaling cannot be shown",
        ]);
        assert.deepEqual(await messages(policy, planOnly("consumption")), [
            "Consumption plan 'shop-api-plan' (sku Y1) keeps no instance of its apps warm: it scales to zero, so the first request after idle waits for a cold start; at least 1 is required; use a Flex Consumption or Elastic Premium plan with always-ready instances, or a dedicated plan with an autoscale setting",
        ]);
    });
});
