import * as assert from "node:assert/strict";
import { describe, it } from "node:test";
import { compliantStack } from "../lib/fixtures";
import { editing, messages, without, withoutType } from "../lib/testing";
import { missingBusinessService as policy } from "./missing-business-service";

describe("missing-business-service", () => {
    it("passes a business service that depends on the technical service", async () => {
        assert.deepEqual(await messages(policy, compliantStack()), []);
    });

    it("fails without a business service", async () => {
        assert.deepEqual(await messages(policy, without(compliantStack(), "shop-business")), [
            "no PagerDuty business service in the stack (expected pagerduty:index/businessService:BusinessService)",
        ]);
    });

    it("fails a technical service without a dependency", async () => {
        assert.deepEqual(await messages(policy, without(compliantStack(), "shop-api-dependency")), [
            "technical service 'shop-api-pd' is not a dependency of any business service (a pagerduty:index/serviceDependency:ServiceDependency whose 'dependency' refers to both)",
        ]);
    });

    it("fails a dependency that does not refer to the business service", async () => {
        const stack = editing(compliantStack(), "shop-api-dependency", (r) => { r.propertyDependencies = { dependency: ["shop-api-pd"] }; });
        assert.deepEqual(await messages(policy, stack), [
            "technical service 'shop-api-pd' is not a dependency of any business service (a pagerduty:index/serviceDependency:ServiceDependency whose 'dependency' refers to both)",
        ]);
    });

    it("fails a business service with no technical service", async () => {
        assert.deepEqual(await messages(policy, withoutType(compliantStack(), "pagerduty:index/service:Service")), [
            "no PagerDuty technical service for the business service to depend on (expected pagerduty:index/service:Service)",
        ]);
    });
});
