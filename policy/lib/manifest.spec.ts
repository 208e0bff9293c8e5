import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { describe, it } from "node:test";
import { ALL_POLICIES } from "../policies/all";
import { CHECKLIST_ITEMS, isItemId } from "./items";
import { buildManifest, PACK_NAME } from "./manifest";

// From bin/lib/ back to policy/, then to the shared folder beside the clone.
const POLICY_DIR = path.resolve(__dirname, "..", "..");
const SHARED_ITEMS = path.resolve(POLICY_DIR, "..", "..", "shared", "prr-items.md");

/** The pinned table: name, items, level, waivable in prod. Changing a policy means changing this on purpose. */
const EXPECTED: [string, string[], string, boolean][] = [
    ["missing-availability-slo", ["slo.objectives"], "mandatory", true],
    ["configure-slo-indicators", ["slo.indicators"], "mandatory", true],
    ["missing-burn-rate-alerts", ["slo.objectives"], "mandatory", true],
    ["missing-golden-signal-monitors", ["monitoring.golden-signals"], "mandatory", true],
    ["missing-anomaly-monitors", ["monitoring.anomaly-alerts"], "mandatory", true],
    ["missing-pagerduty-technical-service", ["pagerduty.technical-services"], "mandatory", true],
    ["missing-business-service", ["pagerduty.business-services"], "mandatory", true],
    ["configure-escalation-policy", ["pagerduty.escalation"], "mandatory", true],
    ["configure-out-of-hours-routing", ["support.out-of-hours"], "mandatory", true],
    ["missing-backups", ["security.backups"], "mandatory", false],
    ["enable-key-vault-purge-protection", ["security.backups"], "mandatory", false],
    ["enable-resource-protection", ["security.backups"], "mandatory", false],
    ["missing-backup-assessment", ["security.backups"], "mandatory", false],
    ["enforce-tls-floor", ["security.tls-in-transit"], "mandatory", false],
    ["missing-tls-assessment", ["security.tls-in-transit"], "mandatory", false],
    ["enable-infrastructure-encryption", ["security.encryption-at-rest"], "mandatory", false],
    ["disallow-public-blob-access", ["security.encryption-at-rest"], "mandatory", false],
    ["missing-encryption-assessment", ["security.encryption-at-rest"], "mandatory", false],
    ["missing-capacity-plan", ["capacity.plan"], "mandatory", true],
    ["configure-capacity-headroom", ["capacity.headroom"], "mandatory", true],
    ["enable-autoscaling", ["capacity.autoscaling"], "mandatory", true],
    ["missing-sign-off-customer-onboarding", ["customer.onboarding"], "mandatory", true],
    ["missing-sign-off-customer-first-line", ["customer.first-line"], "mandatory", true],
    ["missing-sign-off-customer-success", ["customer.success"], "mandatory", true],
    ["missing-service-catalog-entry", ["tech.documentation"], "mandatory", true],
    ["missing-sign-off-tech-handover", ["tech.handover"], "mandatory", true],
    ["missing-playbook-links", ["tech.playbooks"], "mandatory", true],
    ["missing-sign-off-tech-change-management", ["tech.change-management"], "mandatory", true],
    ["missing-sign-off-tech-team-handover", ["tech.team-handover"], "mandatory", true],
    ["missing-stack-resources", ["quality.pulumi"], "mandatory", true],
    ["configure-stack-environment", ["quality.pulumi"], "mandatory", true],
    ["missing-component-assignment", ["slo.objectives", "monitoring.golden-signals", "monitoring.anomaly-alerts", "pagerduty.technical-services", "capacity.plan", "capacity.headroom", "capacity.autoscaling", "tech.documentation"], "mandatory", true],
];

const VERBS = ["missing-", "disallow-", "enable-", "configure-", "enforce-"];

describe("manifest", () => {
    const manifest = buildManifest("1.0.0", ALL_POLICIES);

    it("pins every policy's name, items, level and waivability", () => {
        assert.deepEqual(manifest.policies.map((p) => [p.name, p.items, p.enforcementLevel, p.waivableInProd]), EXPECTED);
    });

    it("names the pack and version", () => {
        assert.equal(manifest.pack, PACK_NAME);
        assert.equal(manifest.version, "1.0.0");
    });

    it("names policies in kebab-case from the closed verb list", () => {
        const bad = manifest.policies.map((p) => p.name).filter((n) => !/^[a-z]+(-[a-z0-9]+)+$/.test(n) || !VERBS.some((v) => n.startsWith(v)));
        assert.deepEqual(bad, []);
    });

    it("declares only known item ids, and never waives encryption, TLS or backups in prod", () => {
        assert.deepEqual(manifest.policies.flatMap((p) => p.items).filter((i) => !isItemId(i)), []);
        const protectedItems = ["security.encryption-at-rest", "security.tls-in-transit", "security.backups"];
        const waivable = manifest.policies.filter((p) => p.waivableInProd && p.items.some((i) => protectedItems.includes(i)));
        assert.deepEqual(waivable.map((p) => p.name), []);
    });

    it("has at least one policy for every infra and sign-off item", () => {
        const covered = new Set(manifest.policies.flatMap((p) => p.items));
        const uncovered = CHECKLIST_ITEMS.filter((i) => i.kind !== "project" && !covered.has(i.id)).map((i) => i.id);
        assert.deepEqual(uncovered, []);
    });

    it("keeps lib/items.ts equal to shared/prr-items.md and covers its infra and sign-off items", (t) => {
        if (!fs.existsSync(SHARED_ITEMS)) {
            t.skip(`SKIPPED: ${SHARED_ITEMS} is absent (shared/ sits beside the clone in CI); the pack's own item list was checked above`);
            return;
        }
        const rows = fs.readFileSync(SHARED_ITEMS, "utf8").split("\n")
            .map((line) => /^\|\s*`([a-z.-]+)`\s*\|.*\|\s*(infra|sign-off|project)\s*\|\s*$/.exec(line))
            .filter((m): m is RegExpExecArray => m !== null)
            .map((m) => ({ id: m[1], kind: m[2] }));
        assert.deepEqual(rows, CHECKLIST_ITEMS.map((i) => ({ id: i.id, kind: i.kind })));
        const covered = new Set(manifest.policies.flatMap((p) => p.items));
        assert.deepEqual(rows.filter((r) => r.kind !== "project" && !covered.has(r.id)).map((r) => r.id), []);
    });

    it("was written at build time with the package version", () => {
        const written = JSON.parse(fs.readFileSync(path.join(POLICY_DIR, "bin", "manifest.json"), "utf8"));
        const version = JSON.parse(fs.readFileSync(path.join(POLICY_DIR, "package.json"), "utf8")).version;
        assert.deepEqual(written, buildManifest(version, ALL_POLICIES));
    });

    it("lists evidence types and a description for every infra policy", () => {
        const empty = manifest.policies.filter((p) => p.description === "" || (p.evidenceTypes.length === 0 && !["missing-stack-resources", "configure-stack-environment"].includes(p.name)));
        assert.deepEqual(empty.map((p) => p.name), []);
    });

    it("keeps the README policy table equal to the manifest", () => {
        const readme = fs.readFileSync(path.join(POLICY_DIR, "README.md"), "utf8");
        const rows = manifest.policies.map((p) => `| \`${p.name}\` | ${p.items.map((i) => `\`${i}\``).join(", ")} | ${p.enforcementLevel} | ${p.waivableInProd ? "yes" : "**no**"} | ${p.evidenceTypes.map((t) => `\`${t}\``).join(", ") || "any resource"} |`);
        assert.deepEqual(rows.filter((row) => !readme.includes(row)), []);
    });

    it("keeps the README config defaults equal to the policies' defaults", () => {
        const readme = fs.readFileSync(path.join(POLICY_DIR, "README.md"), "utf8");
        const missing: string[] = [];
        for (const policy of ALL_POLICIES) {
            for (const [key, schema] of Object.entries(policy.configSchema?.properties ?? {})) {
                const fallback = (schema as { default?: unknown }).default;
                if (typeof fallback === "number" && !new RegExp(`\`${key}\`[^\n]*\\| [^\n]*${fallback}`).test(readme)) {
                    missing.push(`${policy.name}.${key}=${fallback}`);
                }
            }
        }
        assert.deepEqual(missing, []);
    });
});
