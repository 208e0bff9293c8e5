import * as assert from "node:assert/strict";
import { afterEach, describe, it } from "node:test";
import { configuredLevel, fromConfigureStack, fromLaunchEnvironment, judgedEnvironment, recording, setStackConfiguration, stackConfiguration } from "./stack-configuration";
import { configureStackRequest } from "./testing";

/* eslint-disable @typescript-eslint/no-require-imports */
const pb = require("@pulumi/pulumi/proto/analyzer_pb");
/* eslint-enable @typescript-eslint/no-require-imports */

const initial = stackConfiguration();

describe("the stack the engine describes", () => {
    afterEach(() => setStackConfiguration(initial));

    it("reads stack, project and config from ConfigureStack", () => {
        assert.deepEqual(fromConfigureStack(configureStackRequest("dev", { "readyservice:environment": "qa" }) as never), {
            stack: "dev", project: "shop", organization: "example", config: { "readyservice:environment": "qa" }, via: "ConfigureStack",
        });
    });

    it("reads the CLI's launch environment, Node.js variables first", () => {
        assert.deepEqual(fromLaunchEnvironment({
            PULUMI_NODEJS_STACK: "prod", PULUMI_STACK: "other", PULUMI_PROJECT: "shop",
            PULUMI_CONFIG: JSON.stringify({ "readyservice:environment": "prod", "readyservice:components": [1] }),
        }), {
            stack: "prod", project: "shop", organization: undefined,
            config: { "readyservice:environment": "prod", "readyservice:components": "[1]" }, via: "launch environment",
        });
        assert.deepEqual(fromLaunchEnvironment({ PULUMI_CONFIG: "not json" }), { stack: undefined, project: undefined, organization: undefined, config: {}, via: "nothing" });
    });

    it("records what ConfigureStack and Configure carry, then hands the calls on unchanged", () => {
        const seen: string[] = [];
        const wrapped = recording({
            configureStack: (_call: unknown, callback: (e: null, r: string) => void) => { seen.push("configureStack"); callback(null, "ok"); },
            configure: (_call: unknown, callback: (e: null, r: string) => void) => { seen.push("configure"); callback(null, "ok"); },
            analyze: "untouched",
        });
        const answers: unknown[] = [];
        (wrapped.configureStack as (c: unknown, cb: (...a: unknown[]) => void) => void)({ request: configureStackRequest("qa", {}) }, (...a) => answers.push(a));
        assert.equal(judgedEnvironment().environment, "qa");
        assert.equal(judgedEnvironment().source, "stack name 'qa'");

        const configure = new pb.ConfigureAnalyzerRequest();
        const advisory = new pb.PolicyConfig();
        advisory.setEnforcementlevel(pb.EnforcementLevel.ADVISORY);
        configure.getPolicyconfigMap().set("enforce-tls-floor", advisory);
        (wrapped.configure as (c: unknown, cb: (...a: unknown[]) => void) => void)({ request: configure }, (...a) => answers.push(a));
        assert.equal(configuredLevel("enforce-tls-floor"), "advisory");
        assert.equal(configuredLevel("missing-backups"), undefined);
        assert.deepEqual(seen, ["configureStack", "configure"]);
        assert.deepEqual(answers, [[null, "ok"], [null, "ok"]]);
        assert.equal(wrapped.analyze, "untouched");
    });

    it("keeps the launch environment when ConfigureStack names no stack", () => {
        setStackConfiguration({ stack: "prod", config: {}, via: "launch environment" });
        const wrapped = recording({ configureStack: (_c: unknown, cb: () => void) => cb() });
        (wrapped.configureStack as (c: unknown, cb: () => void) => void)({ request: configureStackRequest("", {}) }, () => undefined);
        assert.equal(stackConfiguration().stack, "prod");
    });
});
