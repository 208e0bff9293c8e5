import * as assert from "node:assert/strict";
import { describe, it } from "node:test";
import { compliantStack } from "../lib/fixtures";
import { editing, messages, without } from "../lib/testing";
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
        assert.deepEqual(await messages(policy, stack), ["autoscale setting 'shop-api-autoscale' profile 1 capacity.minimum is 1; prod requires at least 2"]);
        assert.deepEqual(await messages(policy, stack, { minimumInstancesProd: 3 }), [
            "autoscale setting 'shop-api-autoscale' profile 1 capacity.minimum is 1; prod requires at least 3"]);
    });

    it("in prod, minimumInstancesProd below 2 fails the item as not checked, naming the setting", async () => {
        const stack = editing(compliantStack(), AUTOSCALE, (r) => { (r.props.profiles as Profile[])[0].capacity.minimum = "1"; });
        assert.deepEqual(await messages(policy, stack, { minimumInstancesProd: 1 }), [
            "autoscale setting 'shop-api-autoscale' profile 1 capacity.minimum is 1; prod requires at least 2",
            "[not-checked] capacity.autoscaling not checked as prod requires: enable-autoscaling's policy config sets minimumInstancesProd 1, below the prod floor 2; the item fails until the setting is removed (the check ran at 2)",
        ]);
    });

    it("fails a profile whose maximum is below its minimum", async () => {
        const stack = editing(compliantStack(), AUTOSCALE, (r) => { (r.props.profiles as Profile[])[0].capacity.maximum = "1"; });
        assert.deepEqual(await messages(policy, stack), [
            "autoscale setting 'shop-api-autoscale' profile 1 needs capacity.minimum <= capacity.maximum (got 2..1)",
        ]);
    });

    it("fails a profile without rules", async () => {
        const stack = editing(compliantStack(), AUTOSCALE, (r) => { (r.props.profiles as Profile[])[0].rules = []; });
        assert.deepEqual(await messages(policy, stack), ["autoscale setting 'shop-api-autoscale' profile 1 has no scale rules"]);
    });

    it("fails a setting without profiles", async () => {
        const stack = editing(compliantStack(), AUTOSCALE, (r) => { r.props.profiles = []; });
        assert.deepEqual(await messages(policy, stack), ["autoscale setting 'shop-api-autoscale' has no profiles"]);
    });

    it("fails a component without an autoscale setting", async () => {
        assert.deepEqual(await messages(policy, without(compliantStack(), AUTOSCALE)), [
            "component 'api' has no autoscale setting (azure-native:insights:AutoscaleSetting tagged component=api)",
        ]);
    });
});
