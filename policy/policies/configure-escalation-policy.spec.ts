import * as assert from "node:assert/strict";
import { describe, it } from "node:test";
import { compliantStack } from "../lib/fixtures";
import { editing, messages, ResourceSpec, without, withoutType } from "../lib/testing";
import { UNKNOWN } from "../lib/values";
import { configureEscalationPolicy as policy } from "./configure-escalation-policy";

const EP = "shop-escalation";

describe("configure-escalation-policy", () => {
    it("passes a service whose escalation policy has 2 levels and loops twice", async () => {
        assert.deepEqual(await messages(policy, compliantStack()), []);
    });

    it("fails a single-level escalation policy", async () => {
        const stack = editing(compliantStack(), EP, (r) => { r.props.rules = (r.props.rules as unknown[]).slice(0, 1); });
        assert.deepEqual(await messages(policy, stack), ["escalation policy 'shop-escalation' of service 'shop-api-pd' has 1 level(s); at least 2 are required"]);
    });

    it("fails numLoops 0", async () => {
        const stack = editing(compliantStack(), EP, (r) => { r.props.numLoops = 0; });
        assert.deepEqual(await messages(policy, stack), ["escalation policy 'shop-escalation' numLoops is '0'; at least 1 is required"]);
    });

    it("fails a level without targets or delay", async () => {
        const stack = editing(compliantStack(), EP, (r) => { (r.props.rules as Record<string, unknown>[])[1] = { targets: [] }; });
        assert.deepEqual(await messages(policy, stack), [
            "escalation policy 'shop-escalation' level 2 has escalationDelayInMinutes 'undefined'; it must be at least 1",
            "escalation policy 'shop-escalation' level 2 has no targets",
        ]);
    });

    it("is undecided when the escalation policy cannot be resolved", async () => {
        assert.deepEqual(await messages(policy, without(compliantStack(), EP)), [
            "[undecided] escalation policy of PagerDuty service 'shop-api-pd' is unknown in preview and no pagerduty:index/escalationPolicy:EscalationPolicy in the stack is its property dependency, so its levels and loops cannot be checked",
        ]);
    });

    it("is undecided for a fixed escalation policy id outside the stack", async () => {
        const stack = editing(without(compliantStack(), EP), "shop-api-pd", (r) => { r.props.escalationPolicy = "PABC123"; });
        assert.deepEqual(await messages(policy, stack), [
            "[undecided] escalation policy of PagerDuty service 'shop-api-pd' is a fixed id and no pagerduty:index/escalationPolicy:EscalationPolicy in the stack is its property dependency, so its levels and loops cannot be checked",
        ]);
    });

    it("judges every escalation policy the service's escalationPolicy refers to: which one the value is, a preview cannot tell", async () => {
        const hollow: ResourceSpec = { type: "pagerduty:index/escalationPolicy:EscalationPolicy", name: "hollow-ep",
            props: { name: "hollow", numLoops: 1, teams: "PTEAM", rules: [{ escalationDelayInMinutes: 10, targets: [] }] } };
        const stack = [...editing(compliantStack(), "shop-api-pd", (r) => { r.propertyDependencies = { escalationPolicy: [EP, "hollow-ep"] }; }), hollow];
        assert.deepEqual(await messages(policy, stack), [
            "escalation policy 'hollow-ep' of service 'shop-api-pd' has 1 level(s); at least 2 are required",
            "escalation policy 'hollow-ep' level 1 has no targets",
        ]);
    });

    it("fails a service without escalationPolicy", async () => {
        const stack = editing(without(compliantStack(), EP), "shop-api-pd", (r) => { delete r.props.escalationPolicy; });
        assert.deepEqual(await messages(policy, stack), ["PagerDuty service 'shop-api-pd' has no escalationPolicy"]);
    });

    it("fails a stack without PagerDuty services", async () => {
        assert.deepEqual(await messages(policy, withoutType(compliantStack(), "pagerduty:index/service:Service")), [
            "no PagerDuty service in the stack, so nothing escalates (expected pagerduty:index/service:Service with an escalation policy)",
        ]);
    });

    it("keeps the unknown sentinel out of messages", async () => {
        const all = (await messages(policy, without(compliantStack(), EP))).join("\n");
        assert.equal(all.includes(UNKNOWN), false);
    });
});

describe("configure-escalation-policy: people and team", () => {
    const sameUser = (r: ResourceSpec) => {
        r.props.rules = [
            { escalationDelayInMinutes: 10, targets: [{ type: "user_reference", id: "PALICE1" }] },
            { escalationDelayInMinutes: 15, targets: [{ type: "user_reference", id: "PALICE1" }] },
        ];
    };
    const noTeam = (r: ResourceSpec) => { delete r.props.teams; r.propertyDependencies = {}; };

    it("fails the hollow policy of the issue: two levels that are the same single user, and no team", async () => {
        const stack = editing(compliantStack(), EP, (r) => { sameUser(r); noTeam(r); });
        assert.deepEqual(await messages(policy, stack), [
            "escalation policy 'shop-escalation' calls only user 'PALICE1' at every level; it needs an on-call schedule or at least 2 distinct users, so someone else is called when the first responder does not answer",
            "escalation policy 'shop-escalation' has no team: set 'teams' to a pagerduty:index/team:Team of the stack (or a team id), so an owning team answers for it",
        ]);
    });

    it("passes two distinct users and a fixed team id", async () => {
        const stack = editing(compliantStack(), EP, (r) => {
            sameUser(r);
            (r.props.rules as { targets: { id: string }[] }[])[1].targets[0].id = "PBOB002";
            noTeam(r);
            r.props.teams = "PTEAM01";
        });
        assert.deepEqual(await messages(policy, stack), []);
    });

    it("passes users of the stack whose ids are unknown in preview, and is undecided when they are not in the stack", async () => {
        const users = ["alice", "bob"].map((n) => ({ type: "pagerduty:index/user:User", name: n, props: { name: n, email: `${n}@example.com` } }));
        const unknownIds = (r: ResourceSpec) => {
            r.props.rules = [
                { escalationDelayInMinutes: 10, targets: [{ type: "user_reference", id: UNKNOWN }] },
                { escalationDelayInMinutes: 15, targets: [{ type: "user_reference", id: UNKNOWN }] },
            ];
        };
        const withUsers = editing([...users, ...compliantStack()], EP, (r) => { unknownIds(r); r.propertyDependencies = { ...r.propertyDependencies, rules: ["alice", "bob"] }; });
        assert.deepEqual(await messages(policy, withUsers), []);
        assert.deepEqual(await messages(policy, editing(compliantStack(), EP, unknownIds)), [
            "[undecided] escalation policy 'shop-escalation' names targets whose ids are unknown in preview and fewer than 2 pagerduty:index/user:User in the stack it refers to, so whether two different people are called cannot be shown",
        ]);
    });

    it("is undecided when teams is unknown and no team of the stack is its dependency", async () => {
        const stack = editing(without(compliantStack(), "shop-team"), EP, () => undefined);
        assert.deepEqual(await messages(policy, stack), [
            "[undecided] teams of escalation policy 'shop-escalation' is unknown in preview and no pagerduty:index/team:Team in the stack is its property dependency, so its owning team cannot be shown",
        ]);
    });
});
