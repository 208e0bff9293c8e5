import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { after, before, describe, it } from "node:test";
import { ALL_POLICIES } from "../policies/all";
import { setToday } from "./clock";
import { compliantStack, signOffs, TODAY } from "./fixtures";
import { run, ResourceSpec } from "./testing";

const CONFIG_DIR = path.resolve(__dirname, "..", "..", "config");
const LEVELS = ["advisory", "mandatory", "remediate", "disabled"];

function load(env: string): Record<string, Record<string, unknown>> {
    return JSON.parse(fs.readFileSync(path.join(CONFIG_DIR, `${env}.json`), "utf8"));
}

function qa(stack: ResourceSpec[]): ResourceSpec[] {
    return JSON.parse(JSON.stringify(stack).replace(/"environment":"prod"/g, "\"environment\":\"qa\"").replace(/env:prod/g, "env:qa"));
}

for (const env of ["qa", "prod"]) {
    describe(`config/${env}.json`, () => {
        before(() => setToday(TODAY));
        after(() => setToday(undefined));
        const config = load(env);

        it("configures every policy and nothing else", () => {
            assert.deepEqual(Object.keys(config).sort(), ALL_POLICIES.map((p) => p.name).sort());
        });

        it("uses only valid levels and properties each policy's configSchema declares", () => {
            const problems: string[] = [];
            for (const policy of ALL_POLICIES) {
                const { enforcementLevel, ...props } = config[policy.name];
                if (!LEVELS.includes(String(enforcementLevel))) {
                    problems.push(`${policy.name}: level ${String(enforcementLevel)}`);
                }
                for (const key of Object.keys(props)) {
                    if (policy.configSchema?.properties[key] === undefined) {
                        problems.push(`${policy.name}: unknown property ${key}`);
                    }
                }
            }
            assert.deepEqual(problems, []);
        });

        it(`the compliant ${env} stack passes every mandatory policy under it`, async () => {
            const stack = env === "qa" ? qa(compliantStack()) : compliantStack();
            const failures: string[] = [];
            for (const policy of ALL_POLICIES) {
                const { enforcementLevel, ...props } = config[policy.name];
                const reports = await run(policy, stack, { ...props, signOffs: signOffs() }, env);
                failures.push(...reports.filter((r) => (r.enforcementLevel ?? enforcementLevel) === "mandatory").map((r) => `${policy.name}: ${r.message}`));
            }
            assert.deepEqual(failures, []);
        });
    });
}

describe("config levels", () => {
    it("prod makes every policy mandatory; QA keeps security mandatory and the rest advisory", () => {
        const prod = load("prod");
        const qaConfig = load("qa");
        assert.deepEqual(Object.values(prod).filter((c) => c.enforcementLevel !== "mandatory"), []);
        assert.deepEqual(Object.entries(qaConfig).filter(([, c]) => c.enforcementLevel === "mandatory").map(([n]) => n).sort(),
            ["disallow-public-blob-access", "enable-infrastructure-encryption", "enforce-tls-floor", "missing-encryption-assessment", "missing-stack-resources",
                "missing-tls-assessment"]);
    });
});
