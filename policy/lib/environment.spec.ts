import * as assert from "node:assert/strict";
import { describe, it } from "node:test";
import { environmentNamed, judgeEnvironment } from "./environment";

describe("judgeEnvironment", () => {
    it("takes qa, prod and production from the stack name, in any case", () => {
        assert.deepEqual(judgeEnvironment("qa", {}), { environment: "qa", source: "stack name 'qa'", problems: [] });
        assert.deepEqual(judgeEnvironment("prod", {}), { environment: "prod", source: "stack name 'prod'", problems: [] });
        assert.equal(judgeEnvironment("Production", {}).environment, "prod");
    });

    it("takes readyservice:environment for a stack whose name says nothing", () => {
        assert.deepEqual(judgeEnvironment("dev", { "readyservice:environment": "qa" }),
            { environment: "qa", source: "stack config readyservice:environment = qa", problems: [] });
        assert.deepEqual(judgeEnvironment("staging", { "readyservice:environment": "prod" }).environment, "prod");
    });

    it("assumes prod, and says so, when nothing names the environment", () => {
        const judged = judgeEnvironment("dev", {});
        assert.equal(judged.environment, "prod");
        assert.equal(judged.source, "assumed (stack name 'dev' names no environment and readyservice:environment is not set)");
        assert.equal(judged.problems.length, 1);
        assert.equal(judgeEnvironment(undefined, {}).source, "assumed (the review gave no stack name and readyservice:environment is not set)");
    });

    it("never lets the config lower a named stack, and raises a qa stack the config calls prod", () => {
        assert.equal(judgeEnvironment("prod", { "readyservice:environment": "qa" }).environment, "prod");
        assert.equal(judgeEnvironment("qa", { "readyservice:environment": "prod" }).environment, "prod");
        assert.deepEqual(judgeEnvironment("qa", { "readyservice:environment": "qa" }),
            { environment: "qa", source: "stack name 'qa' (readyservice:environment agrees)", problems: [] });
    });

    it("treats a config value that names no environment as the strictest, with a finding", () => {
        const judged = judgeEnvironment("dev", { "readyservice:environment": "staging" });
        assert.equal(judged.environment, "prod");
        assert.deepEqual(judged.problems[0], "stack config readyservice:environment is 'staging', which names no environment (qa or prod)");
        assert.equal(judgeEnvironment("qa", { "readyservice:environment": "staging" }).environment, "prod");
    });

    it("reads labels the same way", () => {
        assert.equal(environmentNamed(" PROD "), "prod");
        assert.equal(environmentNamed("dev"), undefined);
        assert.equal(environmentNamed(undefined), undefined);
    });
});
