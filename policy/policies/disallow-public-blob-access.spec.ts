import * as assert from "node:assert/strict";
import { describe, it } from "node:test";
import { compliantStack } from "../lib/fixtures";
import { editing, messages } from "../lib/testing";
import { UNKNOWN } from "../lib/values";
import { disallowPublicBlobAccess as policy } from "./disallow-public-blob-access";

describe("disallow-public-blob-access", () => {
    it("passes allowBlobPublicAccess false", async () => {
        assert.deepEqual(await messages(policy, compliantStack()), []);
    });

    it("fails allowBlobPublicAccess true", async () => {
        const stack = editing(compliantStack(), "shopdata", (r) => { r.props.allowBlobPublicAccess = true; });
        assert.deepEqual(await messages(policy, stack), ["storage account 'shopdata' allowBlobPublicAccess is 'true'; it must be false"]);
    });

    it("fails an unset allowBlobPublicAccess, naming the default", async () => {
        const stack = editing(compliantStack(), "shopdata", (r) => { delete r.props.allowBlobPublicAccess; });
        assert.deepEqual(await messages(policy, stack), [
            "storage account 'shopdata' does not set allowBlobPublicAccess; the platform's documented default for this API version (true) would apply",
        ]);
    });

    it("is undecided on an unknown value", async () => {
        const stack = editing(compliantStack(), "shopdata", (r) => { r.props.allowBlobPublicAccess = UNKNOWN; });
        assert.deepEqual(await messages(policy, stack), ["[undecided] storage account 'shopdata' allowBlobPublicAccess is unknown in preview"]);
    });
});
