import * as assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { setToday } from "../lib/clock";
import { compliantStack, CONTAINER_APP_QUERIES, containerAppStack, setThresholdQuery, signOffs, TODAY, TRIGGER } from "../lib/fixtures";
import { ReadinessPolicy, Report } from "../lib/readiness-policy";
import { ResourceSpec, run, without, withoutType } from "../lib/testing";
import { ALL_POLICIES } from "./all";

/** Runs every policy over `specs`; returns findings as "<policy>: <message>", skipping [platform-limit] notes. */
async function failures(specs: ResourceSpec[]): Promise<string[]> {
    const out: string[] = [];
    for (const policy of ALL_POLICIES) {
        const reports = await run(policy, specs, { signOffs: signOffs() });
        out.push(...reports.filter((r: Report) => !r.message.startsWith("[platform-limit]")).map((r) => `${policy.name}: ${r.message}`));
    }
    return out;
}

function itemsOf(lines: string[]): string[] {
    const byName = new Map(ALL_POLICIES.map((p: ReadinessPolicy) => [p.name, p.items]));
    return [...new Set(lines.flatMap((l) => byName.get(l.substring(0, l.indexOf(":"))) ?? []))].sort();
}

describe("hand-written stacks without ReadyService", () => {
    before(() => setToday(TODAY));
    after(() => setToday(undefined));

    it("the complete compliant stack passes every policy", async () => {
        assert.deepEqual(await failures(compliantStack()), []);
    });

    it("the compliant stack with its component on a container app (no plan, no autoscale setting) passes every policy", async () => {
        const stack = containerAppStack();
        for (const [signal, query] of Object.entries(CONTAINER_APP_QUERIES)) {
            const monitor = stack.find((r) => r.name === `shop-api-${signal}`)!;
            setThresholdQuery(monitor, `avg(last_5m):${query} ${TRIGGER[signal]}`);
        }
        assert.deepEqual(await failures(stack), []);
    });

    it("reports the TLS 1.2 floors of the compliant stack as platform limits, advisory", async () => {
        const tls = ALL_POLICIES.find((p) => p.name === "enforce-tls-floor")!;
        const reports = await run(tls, compliantStack());
        assert.deepEqual(reports.map((r) => [r.message, r.enforcementLevel]), [
            ["[platform-limit] storage account 'shopdata' enforces TLS 1.2, the highest minimum the storage API allows (MinimumTlsVersion stops at TLS1_2); TLS 1.3 cannot be required", "advisory"],
            ["[platform-limit] web app 'shop-api-app' enforces TLS 1.2, the highest minimum the App Service API allows (SupportedTlsVersions stops at 1.2); TLS 1.3 cannot be required", "advisory"],
            ["[platform-limit] key vault 'shop-kv' accepts TLS 1.2 and 1.3 and the Key Vault API has no setting to require 1.3; the service's own 1.2 floor applies", "advisory"],
        ]);
    });

    const cases: [string, () => ResourceSpec[], string[]][] = [
        ["no SLO", () => withoutType(compliantStack(), "datadog:index/serviceLevelObjective:ServiceLevelObjective"), ["slo.indicators", "slo.objectives"]],
        ["no monitors", () => withoutType(compliantStack(), "datadog:index/monitor:Monitor"),
            ["monitoring.anomaly-alerts", "monitoring.golden-signals", "slo.objectives", "support.out-of-hours", "tech.playbooks"]],
        ["no PagerDuty service", () => withoutType(compliantStack(), "pagerduty:index/service:Service"),
            ["pagerduty.business-services", "pagerduty.escalation", "pagerduty.technical-services", "slo.objectives", "support.out-of-hours"]],
        // Burn-rate alerts must reach a PagerDuty service through Datadog's integration.
        ["no Datadog PagerDuty integration", () => without(compliantStack(), "shop-api-pagerduty-link"), ["slo.objectives", "support.out-of-hours"]],
        ["no business service", () => withoutType(compliantStack(), "pagerduty:index/businessService:BusinessService"), ["pagerduty.business-services"]],
        ["no escalation policy", () => without(compliantStack(), "shop-escalation"), ["pagerduty.escalation"]],
        ["no backup instance", () => without(compliantStack(), "shopdata-backup"), ["security.backups"]],
        ["no autoscale setting", () => without(compliantStack(), "shop-api-autoscale"), ["capacity.autoscaling", "capacity.headroom", "capacity.plan"]],
        ["no service catalog entry", () => without(compliantStack(), "shop-api-catalog"), ["tech.documentation"]],
        ["no endpoints or data", () => compliantStack().filter((r) => !r.type.startsWith("azure-native:")),
            ["capacity.autoscaling", "capacity.headroom", "capacity.plan", "security.backups", "security.encryption-at-rest", "security.tls-in-transit"]],
    ];
    for (const [what, stack, items] of cases) {
        it(`a stack with ${what} fails exactly ${items.join(", ")}`, async () => {
            assert.deepEqual(itemsOf(await failures(stack())), items);
        });
    }

    it("an empty stack fails every infra and sign-off item, none passes vacuously", async () => {
        const reports: string[] = [];
        for (const policy of ALL_POLICIES) {
            reports.push(...(await run(policy, [], {})).map((r) => `${policy.name}: ${r.message}`));
        }
        const failedPolicies = new Set(reports.map((r) => r.substring(0, r.indexOf(":"))));
        const silent = ALL_POLICIES.map((p) => p.name).filter((n) => !failedPolicies.has(n)).sort();
        // These check properties of resources that are absent here (the last one: tags against the
        // environment the stack name gives); their items fail through other policies.
        const failedItems = itemsOf(reports);
        assert.ok(failedItems.includes("security.backups") && failedItems.includes("security.encryption-at-rest") && failedItems.includes("quality.pulumi"));
        assert.deepEqual(silent, ["configure-stack-environment", "disallow-public-blob-access", "enable-key-vault-purge-protection", "enable-resource-protection",
            "missing-backup-assessment", "missing-component-assignment", "missing-encryption-assessment", "missing-tls-assessment"]);
    });
});
