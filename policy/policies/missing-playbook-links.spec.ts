import * as assert from "node:assert/strict";
import { describe, it } from "node:test";
import { compliantStack } from "../lib/fixtures";
import { editing, messages } from "../lib/testing";
import { missingPlaybookLinks as policy } from "./missing-playbook-links";

const MONITOR = "shop-api-latency";
const FILE = "https://git.example.com/shop/blob/main/docs/playbooks/latency.md";
const withMessage = (text: string) => editing(compliantStack(), MONITOR, (r) => { r.props.message = text; });

describe("missing-playbook-links", () => {
    it("passes monitors whose messages link .md playbook files", async () => {
        assert.deepEqual(await messages(policy, compliantStack()), []);
    });

    it("fails a monitor without a Playbook line", async () => {
        assert.deepEqual(await messages(policy, withMessage("latency is high @pagerduty-shop-api")), ["monitor 'shop-api-latency' message has no 'Playbook: <url>' line"]);
    });

    it("fails a placeholder instead of a link, and an empty Playbook line", async () => {
        assert.deepEqual(await messages(policy, withMessage("Playbook: ask Bob")), ["monitor 'shop-api-latency' links 'ask' as its playbook, which is a placeholder, not a link"]);
        assert.deepEqual(await messages(policy, withMessage("Playbook: TBD")), ["monitor 'shop-api-latency' links 'TBD' as its playbook, which is a placeholder, not a link"]);
        assert.deepEqual(await messages(policy, withMessage("Playbook:\n@pagerduty-shop-api")), ["monitor 'shop-api-latency' has a 'Playbook:' line without a link"]);
    });

    it("checks every Playbook line, not only the first", async () => {
        assert.deepEqual(await messages(policy, withMessage(`Playbook: ${FILE}\nPlaybook: <link to come>`)), [
            "monitor 'shop-api-latency' links '<link' as its playbook, which is a placeholder, not a link",
        ]);
    });

    it("fails a wiki link to a host not listed as a documentation site, and passes it once listed", async () => {
        const stack = withMessage(`Playbook: ${FILE}\nPlaybook: https://wiki.example.com/shop/latency`);
        assert.deepEqual(await messages(policy, stack), [
            "monitor 'shop-api-latency' links the playbook 'https://wiki.example.com/shop/latency', which names no .md playbook file and is on 'wiki.example.com', not a documentation site listed in documentationHosts",
        ]);
        assert.deepEqual(await messages(policy, stack, { documentationHosts: ["Wiki.Example.com"] }), []);
        assert.deepEqual(await messages(policy, stack, { documentationHosts: ["docs.example.com"] }), [
            "monitor 'shop-api-latency' links the playbook 'https://wiki.example.com/shop/latency', which names no .md playbook file and is on 'wiki.example.com', not a documentation site listed in documentationHosts",
        ]);
    });

    it("fails a non-http link", async () => {
        assert.deepEqual(await messages(policy, withMessage("Playbook: file:///home/bob/latency.md")), [
            "monitor 'shop-api-latency' links 'file:///home/bob/latency.md' as its playbook, which is not an http(s) link",
        ]);
    });

    it("fails a stack without monitors", async () => {
        assert.deepEqual(await messages(policy, []), ["no monitor in the stack, so no alert links a playbook (expected datadog:index/monitor:Monitor)"]);
    });
});
