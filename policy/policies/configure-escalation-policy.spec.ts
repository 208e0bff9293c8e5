import * as assert from "node:assert/strict";
import { describe, it } from "node:test";
import { after, before } from "node:test";
import { setToday } from "../lib/clock";
import { compliantStack, TODAY } from "../lib/fixtures";
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
        assert.deepEqual(await messages(policy, stack), [
            "escalation policy 'shop-escalation' of service 'shop-api-pd' has 1 level(s); at least 2 are required",
            // The one level left calls the schedule: PagerDuty puts one of its users on call at a time.
            "escalation policy 'shop-escalation' calls one person at a time across all its levels (schedule 'shop-primary' puts user 'PALICE1', user 'PBOB002' on call, one at a time); at least 2 distinct people on call at the same moment (user targets, or the one user a schedule puts on call at a time from its layers on call now: started and not ended) are required, so someone else is called when the first responder does not answer",
        ]);
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
            "escalation policy 'shop-escalation' calls one person at a time across all its levels (schedule 'shop-primary' puts user 'PALICE1', user 'PBOB002' on call, one at a time); at least 2 distinct people on call at the same moment (user targets, or the one user a schedule puts on call at a time from its layers on call now: started and not ended) are required, so someone else is called when the first responder does not answer",
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

    it("judges a policy that several services share once, naming each service", async () => {
        const pd = compliantStack().find((r) => r.name === "shop-api-pd")!;
        const second: ResourceSpec = JSON.parse(JSON.stringify(pd));
        second.name = "shop-web-pd";
        const stack = [...editing(compliantStack(), EP, (r) => { r.props.rules = (r.props.rules as unknown[]).slice(0, 1); r.props.numLoops = 0; }), second];
        assert.deepEqual(await messages(policy, stack), [
            "escalation policy 'shop-escalation' of services 'shop-api-pd', 'shop-web-pd' has 1 level(s); at least 2 are required",
            "escalation policy 'shop-escalation' numLoops is '0'; at least 1 is required",
            "escalation policy 'shop-escalation' calls one person at a time across all its levels (schedule 'shop-primary' puts user 'PALICE1', user 'PBOB002' on call, one at a time); at least 2 distinct people on call at the same moment (user targets, or the one user a schedule puts on call at a time from its layers on call now: started and not ended) are required, so someone else is called when the first responder does not answer",
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
            "escalation policy 'shop-escalation' calls only user 'PALICE1' across all its levels; at least 2 distinct people on call at the same moment (user targets, or the one user a schedule puts on call at a time from its layers on call now: started and not ended) are required, so someone else is called when the first responder does not answer",
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
            "[undecided] escalation policy 'shop-escalation' is shown to call nobody, but 2 user target id(s) are unknown in preview and no pagerduty:index/user:User of the stack is a property dependency of its 'rules', so whether 2 distinct people are on call at once cannot be shown",
        ]);
    });

    it("is undecided when teams is unknown and no team of the stack is its dependency", async () => {
        const stack = editing(without(compliantStack(), "shop-team"), EP, () => undefined);
        assert.deepEqual(await messages(policy, stack), [
            "[undecided] teams of escalation policy 'shop-escalation' is unknown in preview and no pagerduty:index/team:Team in the stack is its property dependency, so its owning team cannot be shown",
        ]);
    });
});

describe("configure-escalation-policy: on-call schedules are judged by their layers", () => {
    before(() => setToday(TODAY));
    after(() => setToday(undefined));
    const SCHEDULE = "shop-primary";
    const RULE = "at least 2 distinct people on call at the same moment (user targets, or the one user a schedule puts on call at a time from its layers on call now: started and not ended) are required, so someone else is called when the first responder does not answer";
    /** Both levels call the schedule of the stack, and nobody else. */
    const scheduleOnly = (r: ResourceSpec) => {
        r.props.rules = [
            { escalationDelayInMinutes: 10, targets: [{ type: "schedule_reference", id: UNKNOWN }] },
            { escalationDelayInMinutes: 15, targets: [{ type: "schedule_reference", id: UNKNOWN }] },
        ];
    };
    const layers = (...l: Record<string, unknown>[]) => (r: ResourceSpec) => { r.props.layers = l; };
    const layer = (users: unknown[], extra: Record<string, unknown> = {}) => ({
        name: "weekly", start: "2026-01-05T09:00:00+01:00", rotationVirtualStart: "2026-01-05T09:00:00+01:00", rotationTurnLengthSeconds: 604800, users, ...extra,
    });
    const stack = (schedule: (r: ResourceSpec) => void, policyEdit: (r: ResourceSpec) => void = () => undefined) =>
        editing(editing(compliantStack(), SCHEDULE, schedule), EP, policyEdit);

    it("fails a schedule alone, however many it rotates: PagerDuty puts one of its users on call at a time", async () => {
        assert.deepEqual(await messages(policy, stack(() => undefined, scheduleOnly)), [
            "escalation policy 'shop-escalation' calls one person at a time across all its levels (schedule 'shop-primary' puts user 'PALICE1', user 'PBOB002' on call, one at a time); at least 2 distinct people on call at the same moment (user targets, or the one user a schedule puts on call at a time from its layers on call now: started and not ended) are required, so someone else is called when the first responder does not answer",
        ]);
    });

    describe("one user of a schedule is on call at a time", () => {
        /** Level 1 calls shop-primary (users `first`), level 2 the targets `second` (a second schedule's users, or a user id). */
        const levels = (first: string[], second: { schedule?: string[]; user?: string }) => {
            const base = editing(editing(compliantStack(), SCHEDULE, (r) => { r.props.id = "PSCHED1"; r.props.layers = [layer(first)]; }), EP, (r) => {
                r.props.rules = [
                    { escalationDelayInMinutes: 10, targets: [{ type: "schedule_reference", id: "PSCHED1" }] },
                    { escalationDelayInMinutes: 15, targets: [second.user !== undefined ? { type: "user_reference", id: second.user } : { type: "schedule_reference", id: "PSCHED2" }] },
                ];
                r.propertyDependencies = { teams: ["shop-team"], rules: [SCHEDULE, ...(second.schedule !== undefined ? ["shop-secondary"] : [])] };
            });
            if (second.schedule === undefined) {
                return base;
            }
            const secondary = structuredClone(base.find((r) => r.name === SCHEDULE)!);
            secondary.name = "shop-secondary";
            secondary.props.id = "PSCHED2";
            secondary.props.layers = [layer(second.schedule)];
            return [...base, secondary];
        };

        it("passes two schedules that rotate different people, and a schedule with a user outside its rotation", async () => {
            assert.deepEqual(await messages(policy, levels(["PALICE1", "PBOB002"], { schedule: ["PCAROL3", "PDAVE04"] })), []);
            assert.deepEqual(await messages(policy, levels(["PALICE1", "PBOB002"], { user: "PMANAGER" })), []);
            assert.deepEqual(await messages(policy, levels(["PALICE1"], { schedule: ["PBOB002"] })), []);
        });

        it("fails hours with one person at once: a schedule covering part of the week beside another, follow the sun", async () => {
            const office = (users: string[]) => layer(users, { restrictions: [1, 2, 3, 4, 5].map((day) => ({ type: "weekly_restriction", startDayOfWeek: day, startTimeOfDay: "09:00:00", durationSeconds: 8 * 3600 })) });
            const partTime = editing(levels(["PALICE1"], { schedule: ["PBOB002"] }), SCHEDULE, (r) => { r.props.layers = [office(["PALICE1"])]; });
            const [message, ...more] = await messages(policy, partTime);
            assert.match(message, /^escalation policy 'shop-escalation' has fewer than 2 distinct people on call at once for 128 h of the week's 168 h \(Mon 17:00 to Tue 09:00, /);
            assert.deepEqual(more, []);
        });

        it("is undecided when a schedule hides a layer that could name the other target", async () => {
            const hidden = editing(levels(["PBOB002"], { user: "PALICE1" }), SCHEDULE, (r) => { r.props.layers = [layer(["PBOB002"]), layer(["PALICE1"], { start: UNKNOWN })]; });
            const [message] = await messages(policy, hidden);
            assert.match(message, /^\[undecided\] .*the start of layer 2 is unknown in preview.*so whether 2 distinct people are on call at once cannot be shown$/);
        });

        it("computes who each rotation puts on call when the targets share people: primary and secondary offset by a turn pass", async () => {
            // layer(): weekly turns from 2026-01-05; on TODAY (2026-11-27) the first user's turn.
            assert.deepEqual(await messages(policy, levels(["PALICE1", "PBOB002"], { schedule: ["PBOB002", "PALICE1"] })), []);
            assert.deepEqual(await messages(policy, levels(["PALICE1", "PBOB002"], { schedule: ["PBOB002", "PCAROL3"] })), []);
        });

        it("fails when a rotation puts the other target's person on call: a lead in the rotation, two schedules in step", async () => {
            const [lead] = await messages(policy, levels(["PALICE1", "PBOB002"], { user: "PALICE1" }));
            assert.match(lead, /^escalation policy 'shop-escalation' calls user 'PALICE1', user 'PBOB002' across all its levels .*; at times one person is all it calls: user 'PALICE1' and schedule 'shop-primary' both call user 'PALICE1' in the turn from 2026-11-23T08:00:00.000Z; at least 2 distinct people/);
            const [inStep] = await messages(policy, levels(["PALICE1", "PBOB002"], { schedule: ["PALICE1", "PBOB002"] }));
            assert.match(inStep, /at times one person is all it calls: schedule 'shop-primary' and schedule 'shop-secondary' both call user 'PALICE1' in the turn from 2026-11-23T08:00:00.000Z/);
            // In step only every other week: the first shared turn is named.
            const [later] = await messages(policy, levels(["PALICE1", "PBOB002"], { schedule: ["PCAROL3", "PBOB002"] }));
            assert.match(later, /schedule 'shop-primary' and schedule 'shop-secondary' both call user 'PBOB002' in the turn from 2026-11-30T08:00:00.000Z/);
        });

        it("fails a user in a rotation however long its turns, and is undecided for schedules in step across time zones or with a turn length that is not a number", async () => {
            const slowWithLead = editing(levels(["PBOB002", "PCAROL3", "PALICE1"], { user: "PALICE1" }), SCHEDULE, (r) => {
                (r.props.layers as Record<string, unknown>[])[0].rotationTurnLengthSeconds = 200 * 86400;
            });
            const [lead] = await messages(policy, slowWithLead);
            assert.match(lead, /^escalation policy 'shop-escalation' calls .*both call user 'PALICE1' in the turn from /);
            // Handoffs keep their local time through daylight saving time, which Berlin and New York change on different days.
            const zones = editing(levels(["PALICE1", "PBOB002"], { schedule: ["PBOB002", "PALICE1"] }), "shop-secondary", (r) => { r.props.timeZone = "America/New_York"; });
            const textTurn = editing(levels(["PALICE1", "PBOB002"], { schedule: ["PBOB002", "PALICE1"] }), SCHEDULE, (r) => {
                (r.props.layers as Record<string, unknown>[])[0].rotationTurnLengthSeconds = "604800";
            });
            for (const [label, specs] of [["zones", zones], ["text turn", textTurn]] as const) {
                const [message] = await messages(policy, [...specs]);
                assert.match(message, /^\[undecided\] .*which user a rotation puts on call when cannot be computed/, label);
            }
        });

        it("is undecided when part-week schedules of different or unknown zones stand beside a user", async () => {
            const half = (from: string) => layer(["PALICE1"], { restrictions: [{ type: "daily_restriction", startTimeOfDay: from, durationSeconds: 12 * 3600 }] });
            for (const [zoneA, zoneB] of [["Europe/Berlin", "America/New_York"], [UNKNOWN, UNKNOWN]]) {
                const specs = editing(editing(levels(["PALICE1"], { schedule: ["PBOB002"] }), SCHEDULE, (r) => { r.props.layers = [half("00:00:00")]; r.props.timeZone = zoneA; }),
                    "shop-secondary", (r) => { r.props.layers = [layer(["PBOB002"], { restrictions: [{ type: "daily_restriction", startTimeOfDay: "12:00:00", durationSeconds: 12 * 3600 }] })]; r.props.timeZone = zoneB; });
                const policyWithUser = editing(specs, EP, (r) => { (r.props.rules as { targets: unknown[] }[])[1].targets.push({ type: "user_reference", id: "PMANAGER" }); });
                const found = await messages(policy, policyWithUser);
                assert.ok(found.some((m) => m.startsWith("[undecided] ") && m.includes("different or unknown time zones")), `${String(zoneA)}: ${found.join(" | ")}`);
            }
        });

        it("is undecided when fewer schedule targets of unknown id than schedules the rules depend on name them", async () => {
            const oneTarget = editing(levels(["PALICE1", "PBOB002"], { schedule: ["PCAROL3", "PDAVE04"] }), EP, (r) => {
                r.props.rules = [
                    { escalationDelayInMinutes: 10, targets: [{ type: "schedule_reference", id: UNKNOWN }] },
                    { escalationDelayInMinutes: 15, targets: [{ type: "user_reference", id: "PALICE1" }] },
                ];
            });
            const unknownIds = [SCHEDULE, "shop-secondary"].reduce((specs, name) => editing(specs, name, (r) => { delete r.props.id; }), oneTarget);
            const [message, ...more] = await messages(policy, unknownIds);
            assert.deepEqual(more, []);
            assert.match(message, /^\[undecided\] .*1 schedule target id\(s\) are unknown in preview and which of 'shop-primary', 'shop-secondary' \(pagerduty:index\/schedule:Schedule\) they name cannot be shown/);
        });

        it("never throws on extreme turn lengths, and counts no one for a blank user id", async () => {
            for (const turn of [1e13, 1e308, 1]) {
                const specs = editing(levels(["PALICE1", "PBOB002"], { user: "PALICE1" }), SCHEDULE, (r) => {
                    (r.props.layers as Record<string, unknown>[])[0].rotationTurnLengthSeconds = turn;
                });
                const found = await messages(policy, specs);
                assert.equal(found.length, 1, String(turn));
                assert.doesNotMatch(found[0], /failed to run|Invalid|undefined|NaN/, String(turn));
            }
            const blank = editing(compliantStack(), EP, (r) => {
                r.props.rules = [
                    { escalationDelayInMinutes: 10, targets: [{ type: "user_reference", id: "PALICE1" }] },
                    { escalationDelayInMinutes: 15, targets: [{ type: "user_reference", id: "  " }] },
                ];
            });
            assert.match((await messages(policy, blank))[0], /^escalation policy 'shop-escalation' calls only user 'PALICE1' across all its levels/);
        });

        it("is undecided when shared people meet a rotation that cannot be computed (restricted hours, several layers, a turn cycle over a year)", async () => {
            const office = layer(["PALICE1", "PBOB002"], { restrictions: [{ type: "daily_restriction", startTimeOfDay: "00:00:00", durationSeconds: 12 * 3600 }] });
            const restricted = editing(levels(["PALICE1", "PBOB002"], { schedule: ["PBOB002", "PALICE1"] }), SCHEDULE, (r) => { r.props.layers = [office]; });
            const layered = editing(levels(["PALICE1", "PBOB002"], { schedule: ["PBOB002", "PALICE1"] }), SCHEDULE, (r) => { r.props.layers = [layer(["PALICE1"]), layer(["PBOB002"])]; });
            const slow = editing(levels(["PALICE1", "PBOB002"], { schedule: ["PBOB002", "PALICE1"] }), SCHEDULE, (r) => {
                r.props.layers = [layer(["PALICE1", "PBOB002", "PCAROL3"], { rotationTurnLengthSeconds: 200 * 86400 })];
            });
            for (const [label, specs] of [["restricted", restricted], ["layered", layered], ["slow", slow]] as const) {
                const [message, ...more] = await messages(policy, [...specs]);
                assert.match(message, /^\[undecided\] escalation policy 'shop-escalation' is shown to call .*so whether 2 distinct people are on call at once cannot be shown$/, label);
                assert.deepEqual(more.filter((m) => !m.includes("of the week's 168 h")), [], label);
            }
        });

        it("fails two levels that both call one schedule, and two schedules of the same one person", async () => {
            const [same] = await messages(policy, stack(() => undefined, scheduleOnly));
            assert.ok(same.startsWith("escalation policy 'shop-escalation' calls one person at a time across all its levels (schedule 'shop-primary' puts user 'PALICE1', user 'PBOB002' on call, one at a time)"), same);
            assert.deepEqual(await messages(policy, levels(["PALICE1"], { schedule: ["PALICE1"] })), [
                `escalation policy 'shop-escalation' calls only user 'PALICE1' across all its levels (schedule 'shop-primary' puts user 'PALICE1' on call; schedule 'shop-secondary' puts user 'PALICE1' on call); ${RULE}`,
            ]);
        });
    });

    it("fails a schedule of one person when nobody else is called", async () => {
        assert.deepEqual(await messages(policy, stack(layers(layer(["PALICE1", "PALICE1"])), scheduleOnly)), [
            `escalation policy 'shop-escalation' calls only user 'PALICE1' across all its levels (schedule 'shop-primary' puts user 'PALICE1' on call); ${RULE}`,
        ]);
    });

    it("passes a schedule of one person and another user target: 2 people together", async () => {
        assert.deepEqual(await messages(policy, stack(layers(layer(["PALICE1"])))), []);
    });

    it("fails a schedule of one person whose only other target is that same person", async () => {
        const same = (r: ResourceSpec) => { (r.props.rules as { targets: { id: string }[] }[])[1].targets[0].id = "PALICE1"; };
        assert.deepEqual(await messages(policy, stack(layers(layer(["PALICE1"])), same)), [
            `escalation policy 'shop-escalation' calls only user 'PALICE1' across all its levels (schedule 'shop-primary' puts user 'PALICE1' on call); ${RULE}`,
        ]);
    });

    it("fails a schedule without layers: it puts nobody on call", async () => {
        assert.deepEqual(await messages(policy, stack(layers(), scheduleOnly)), [
            `escalation policy 'shop-escalation' calls nobody across all its levels (schedule 'shop-primary' has no layers); ${RULE}`,
        ]);
        assert.deepEqual(await messages(policy, stack(layers())), [
            `escalation policy 'shop-escalation' calls only user 'PMANAGER' across all its levels (schedule 'shop-primary' has no layers); ${RULE}`,
        ]);
    });

    it("fails a schedule whose every layer has ended, and counts only the layers still running", async () => {
        const ended = layer(["PALICE1", "PBOB002"], { end: "2026-06-01T00:00:00Z" });
        assert.deepEqual(await messages(policy, stack(layers(ended), scheduleOnly)), [
            `escalation policy 'shop-escalation' calls nobody across all its levels (schedule 'shop-primary' has no layer on call now (layer 1 ended 2026-06-01T00:00:00Z)); ${RULE}`,
        ]);
        assert.deepEqual(await messages(policy, stack(layers(ended, layer(["PCAROL3"])), scheduleOnly)), [
            `escalation policy 'shop-escalation' calls only user 'PCAROL3' across all its levels (schedule 'shop-primary' puts user 'PCAROL3' on call); ${RULE}`,
        ]);
        assert.deepEqual(await messages(policy, stack(layers(ended, layer(["PCAROL3"]), layer(["PDAVE04"], { end: "2027-06-01T00:00:00Z" })), scheduleOnly)), [
            "escalation policy 'shop-escalation' calls one person at a time across all its levels (schedule 'shop-primary' puts user 'PCAROL3', user 'PDAVE04' on call, one at a time); at least 2 distinct people on call at the same moment (user targets, or the one user a schedule puts on call at a time from its layers on call now: started and not ended) are required, so someone else is called when the first responder does not answer",
        ]);
    });

    describe("judged again at every later moment a layer starts or ends", () => {
        // TODAY is 2026-11-27; level 1 calls the schedule, level 2 user PMANAGER (the compliant stack).
        const until = (users: string[], end: string, extra: Record<string, unknown> = {}) => layer(users, { end, ...extra });
        const from = (users: unknown[], start: string) => layer(users, { start, rotationVirtualStart: start });

        it("fails a schedule whose only layer ends later: from then the policy calls one person", async () => {
            assert.deepEqual(await messages(policy, stack(layers(until(["PALICE1", "PBOB002"], "2027-03-01T00:00:00Z")))), [
                `from 2027-03-01T00:00:00Z (layer 1 of schedule 'shop-primary' ends) on: escalation policy 'shop-escalation' calls only user 'PMANAGER' across all its levels (schedule 'shop-primary' has no layer on call then (layer 1 ended 2027-03-01T00:00:00Z)); ${RULE}`,
            ]);
        });

        it("passes a handover: a layer that starts when the other ends", async () => {
            assert.deepEqual(await messages(policy, stack(layers(until(["PALICE1", "PBOB002"], "2027-03-01T00:00:00Z"), from(["PCAROL3"], "2027-03-01T00:00:00Z")))), []);
            // Overlapping by a day is a handover too; offsets are read as written.
            assert.deepEqual(await messages(policy, stack(layers(until(["PALICE1"], "2027-03-02T00:00:00+01:00"), from(["PCAROL3"], "2027-03-01T00:00:00Z")))), []);
        });

        it("fails a handover with a gap, naming the moment nobody of the schedule is on call", async () => {
            assert.deepEqual(await messages(policy, stack(layers(until(["PALICE1", "PBOB002"], "2027-03-01T00:00:00Z"), from(["PCAROL3"], "2027-03-01T06:00:00Z")))), [
                `from 2027-03-01T00:00:00Z (layer 1 of schedule 'shop-primary' ends) on: escalation policy 'shop-escalation' calls only user 'PMANAGER' across all its levels (schedule 'shop-primary' has no layer on call then (layer 1 ended 2027-03-01T00:00:00Z, layer 2 starts 2027-03-01T06:00:00Z)); ${RULE}`,
            ]);
        });

        it("fails when a later layer brings the other level's user into the schedule, and names the first failing moment only", async () => {
            const found = await messages(policy, stack(layers(until(["PALICE1"], "2027-03-01T00:00:00Z"), from(["PMANAGER"], "2027-03-01T00:00:00Z"), until(["PBOB002"], "2027-02-01T00:00:00Z", { start: "2027-01-01T00:00:00Z" }))));
            assert.deepEqual(found, [
                `from 2027-03-01T00:00:00Z (layer 1 of schedule 'shop-primary' ends, layer 2 of schedule 'shop-primary' starts) on: escalation policy 'shop-escalation' calls only user 'PMANAGER' across all its levels (schedule 'shop-primary' puts user 'PMANAGER' on call); ${RULE}`,
            ]);
        });

        it("is undecided from a later moment that a preview cannot show", async () => {
            assert.deepEqual(await messages(policy, stack(layers(until(["PALICE1"], "2027-03-01T00:00:00Z"), from([UNKNOWN], "2027-03-01T00:00:00Z")), (r) => {
                r.propertyDependencies = { teams: ["shop-team"], rules: ["shop-primary"] };
            })), [
                "[undecided] from 2027-03-01T00:00:00Z (layer 1 of schedule 'shop-primary' ends, layer 2 of schedule 'shop-primary' starts) on: escalation policy 'shop-escalation' is shown to call only user 'PMANAGER' (schedule 'shop-primary' names no user in its running layers), but for schedule 'shop-primary' (pagerduty:index/schedule:Schedule), 1 user id(s) of its layers are unknown in preview and no pagerduty:index/user:User of the stack is a property dependency of its 'layers'; what a preview hides of a schedule may name anyone, so whether 2 distinct people are on call at once cannot be shown",
            ]);
        });

        it("judges at most 64 later moments: more are undecided, never passed", async () => {
            const week = 7 * 86_400_000;
            const weekly = (count: number) => Array.from({ length: count }, (_, i) => layer([`PUSER${i}`], {
                start: new Date(Date.parse("2026-11-23T00:00:00Z") + i * week).toISOString(),
                end: new Date(Date.parse("2026-11-23T00:00:00Z") + (i + 1) * week).toISOString(),
            }));
            // 60 weekly layers, one after another: 60 moments ahead, the last leaves the schedule empty.
            const [last, ...rest] = await messages(policy, stack(layers(...weekly(60))));
            assert.deepEqual(rest, []);
            assert.match(last, /^from 2028-01-17T00:00:00Z \(layer 60 of schedule 'shop-primary' ends\) on: escalation policy 'shop-escalation' calls only user 'PMANAGER'/);
            const [over, ...none] = await messages(policy, stack(layers(...weekly(66))));
            assert.deepEqual(none, []);
            assert.match(over, /^\[undecided\] escalation policy 'shop-escalation': its schedules' layers start or end at 66 moments ahead and the first 64 are judged, so whether its targets still call 2 distinct people at every hour from 2028-02-21T00:00:00Z \(layer 65 of schedule 'shop-primary' ends, layer 66 of schedule 'shop-primary' starts\) on cannot be shown$/);
        });
    });

    it("is undecided when a layer's end is unknown in preview and what is seen is fewer than 2 people", async () => {
        assert.deepEqual(await messages(policy, stack(layers(layer(["PALICE1", "PBOB002"], { end: UNKNOWN })), scheduleOnly)), [
            "[undecided] escalation policy 'shop-escalation' is shown to call nobody (schedule 'shop-primary' names no user in its running layers), but for schedule 'shop-primary' (pagerduty:index/schedule:Schedule), the end of layer 1 is unknown in preview, so whether 2 distinct people are on call at once cannot be shown",
        ]);
    });

    it("is undecided for a schedule target that is a fixed id outside the stack, unless the rest shows 2 people", async () => {
        const external = (r: ResourceSpec) => {
            (r.props.rules as { targets: { id: string }[] }[])[0].targets[0].id = "PEXT001";
            r.propertyDependencies = { teams: ["shop-team"] };
        };
        assert.deepEqual(await messages(policy, stack(() => undefined, external)), [
            "[undecided] escalation policy 'shop-escalation' is shown to call only user 'PMANAGER', but schedule target(s) 'PEXT001' name no pagerduty:index/schedule:Schedule of the stack its 'rules' refer to, whose members a preview cannot see, so whether 2 distinct people are on call at once cannot be shown",
        ]);
        const anotherUser = (r: ResourceSpec) => {
            external(r);
            (r.props.rules as { targets: unknown[] }[])[1].targets.push({ type: "user_reference", id: "PLEAD05" });
        };
        assert.deepEqual(await messages(policy, stack(() => undefined, anotherUser)), []);
    });

    it("is undecided for a schedule target unknown in preview that no schedule of the stack explains", async () => {
        assert.deepEqual(await messages(policy, without(compliantStack(), SCHEDULE)), [
            "[undecided] escalation policy 'shop-escalation' is shown to call only user 'PMANAGER', but schedule target(s) an id unknown in preview name no pagerduty:index/schedule:Schedule of the stack its 'rules' refer to, whose members a preview cannot see, so whether 2 distinct people are on call at once cannot be shown",
        ]);
    });

    it("is undecided when one schedule of the stack is seen and another schedule target is a fixed id", async () => {
        const mixed = (r: ResourceSpec) => {
            scheduleOnly(r);
            (r.props.rules as { targets: { id: string }[] }[])[1].targets[0].id = "PEXT001";
        };
        assert.deepEqual(await messages(policy, stack(layers(layer(["PALICE1"])), mixed)), [
            "[undecided] escalation policy 'shop-escalation' is shown to call only user 'PALICE1' (schedule 'shop-primary' puts user 'PALICE1' on call), but schedule target(s) 'PEXT001' name no pagerduty:index/schedule:Schedule of the stack its 'rules' refer to, whose members a preview cannot see, so whether 2 distinct people are on call at once cannot be shown",
        ]);
    });

    it("matches a known schedule id only to the schedule of the stack whose id it is (a preview of a deployed stack)", async () => {
        const deployed = (id: string) => (r: ResourceSpec) => { r.props.id = id; };
        const byId = (id: string) => (r: ResourceSpec) => {
            scheduleOnly(r);
            (r.props.rules as { targets: { id: string }[] }[]).forEach((rule) => { rule.targets[0].id = id; });
        };
        assert.deepEqual(await messages(policy, stack(deployed("PSCHED1"), byId("PSCHED1"))), [
            "escalation policy 'shop-escalation' calls one person at a time across all its levels (schedule 'shop-primary' puts user 'PALICE1', user 'PBOB002' on call, one at a time); at least 2 distinct people on call at the same moment (user targets, or the one user a schedule puts on call at a time from its layers on call now: started and not ended) are required, so someone else is called when the first responder does not answer",
        ]);
        // A schedule of the stack the rules depend on is no evidence for a target naming another id.
        assert.deepEqual(await messages(policy, stack(deployed("PSCHED1"), byId("PEXT001"))), [
            "[undecided] escalation policy 'shop-escalation' is shown to call nobody, but schedule target(s) 'PEXT001' name no pagerduty:index/schedule:Schedule of the stack its 'rules' refer to, whose members a preview cannot see, so whether 2 distinct people are on call at once cannot be shown",
        ]);
    });

    it("counts nobody of a layer that starts later: until its start it puts nobody on call", async () => {
        // TODAY is 2026-11-27.
        const later = layer(["PALICE1", "PBOB002"], { start: "2027-01-04T09:00:00+01:00" });
        assert.deepEqual(await messages(policy, stack(layers(later), scheduleOnly)), [
            `escalation policy 'shop-escalation' calls nobody across all its levels (schedule 'shop-primary' has no layer on call now (layer 1 starts 2027-01-04T09:00:00+01:00)); ${RULE}`,
        ]);
        assert.deepEqual(await messages(policy, stack(layers(later, layer(["PCAROL3"])), scheduleOnly)), [
            `escalation policy 'shop-escalation' calls only user 'PCAROL3' across all its levels (schedule 'shop-primary' puts user 'PCAROL3' on call); ${RULE}`,
        ]);
        // Started today at midnight UTC: on call.
        assert.deepEqual(await messages(policy, stack(layers(layer(["PALICE1", "PBOB002"], { start: "2026-11-27T00:00:00Z" })), scheduleOnly)), [
            "escalation policy 'shop-escalation' calls one person at a time across all its levels (schedule 'shop-primary' puts user 'PALICE1', user 'PBOB002' on call, one at a time); at least 2 distinct people on call at the same moment (user targets, or the one user a schedule puts on call at a time from its layers on call now: started and not ended) are required, so someone else is called when the first responder does not answer",
        ]);
    });

    it("is undecided when a layer's start is unknown in preview or unreadable", async () => {
        assert.deepEqual(await messages(policy, stack(layers(layer(["PALICE1", "PBOB002"], { start: UNKNOWN })), scheduleOnly)), [
            "[undecided] escalation policy 'shop-escalation' is shown to call nobody (schedule 'shop-primary' names no user in its running layers), but for schedule 'shop-primary' (pagerduty:index/schedule:Schedule), the start of layer 1 is unknown in preview, so whether 2 distinct people are on call at once cannot be shown",
        ]);
        // JavaScript would read '5' as 2001 and a time without offset in the reviewing machine's zone.
        for (const start of ["next monday", "5", "2026-01-05T09:00:00"]) {
            assert.deepEqual(await messages(policy, stack(layers(layer(["PALICE1", "PBOB002"], { start })), scheduleOnly)), [
                `[undecided] escalation policy 'shop-escalation' is shown to call nobody (schedule 'shop-primary' names no user in its running layers), but for schedule 'shop-primary' (pagerduty:index/schedule:Schedule), the start '${start}' of layer 1 is not an ISO 8601 time, so whether 2 distinct people are on call at once cannot be shown`,
            ]);
        }
    });

    describe("someone is on call at every hour of the week", () => {
        // Only the hours findings: calling one schedule at both levels is one person at a time, judged above.
        const hourMessages = async (specs: ResourceSpec[]) => (await messages(policy, specs))
            .filter((m) => (m.includes("of the week's 168 h") || m.includes("on call at every hour")) && !m.includes("distinct people"));
        const weekdays = (from: string, seconds: number) => [1, 2, 3, 4, 5].map((day) =>
            ({ type: "weekly_restriction", startDayOfWeek: day, startTimeOfDay: from, durationSeconds: seconds }));
        const officeHours = layer(["PALICE1", "PBOB002"], { restrictions: weekdays("09:00:00", 8 * 3600) });

        it("fails schedules whose layers on call now are restricted to office hours, with no user target", async () => {
            assert.deepEqual(await hourMessages(stack(layers(officeHours), scheduleOnly)), [
                "escalation policy 'shop-escalation' calls nobody for 128 h of the week's 168 h (Mon 17:00 to Tue 09:00, Tue 17:00 to Wed 09:00, Wed 17:00 to Thu 09:00 and 2 more, Europe/Berlin): its targets are on-call schedules only, and their layers on call now are restricted to part of the week (schedule 'shop-primary' layer 1 is on call Mon 09:00 to Mon 17:00, Tue 09:00 to Tue 17:00, Wed 09:00 to Wed 17:00 and 2 more); an incident raised in those hours is assigned to no one, so add a layer or a user target that covers them",
            ]);
            const daily = layer(["PALICE1", "PBOB002"], { restrictions: [{ type: "daily_restriction", startTimeOfDay: "08:00:00", durationSeconds: 12 * 3600 }] });
            const [message] = await hourMessages(stack(layers(daily), scheduleOnly));
            assert.match(message, /calls nobody for 84 h of the week's 168 h \(Mon 20:00 to Tue 08:00, /);
        });

        it("names a gap over the week's end once (Friday evening to Monday morning)", async () => {
            const weekdaysRoundTheClock = layer(["PALICE1", "PBOB002"], { restrictions: [{ type: "weekly_restriction", startDayOfWeek: 1, startTimeOfDay: "08:00:00", durationSeconds: (4 * 24 + 10) * 3600 }] });
            const [message] = await hourMessages(stack(layers(weekdaysRoundTheClock), scheduleOnly));
            assert.match(message, /calls nobody for 62 h of the week's 168 h \(Fri 18:00 to Mon 08:00, Europe\/Berlin\)/);
        });

        it("passes when the layers together cover the week, or a user target is called at any hour", async () => {
            const evenings = layer(["PCAROL3"], { restrictions: weekdays("17:00:00", 16 * 3600) });
            const weekend = layer(["PDAVE04"], { restrictions: [{ type: "weekly_restriction", startDayOfWeek: 6, startTimeOfDay: "09:00:00", durationSeconds: 48 * 3600 }] });
            assert.deepEqual(await hourMessages(stack(layers(officeHours, evenings, weekend), scheduleOnly)), []);
            // With a user at level 2 someone is called at every hour, but out of office hours only that user.
            assert.deepEqual(await hourMessages(stack(layers(officeHours))), []);
            const [alone] = await messages(policy, stack(layers(officeHours)));
            assert.match(alone, /^escalation policy 'shop-escalation' has fewer than 2 distinct people on call at once for 128 h of the week's 168 h \(Mon 17:00 to Tue 09:00, .*Europe\/Berlin\): /);
        });

        it("fails one schedule whatever hides its hours: it is one person at a time", async () => {
            for (const restrictions of [UNKNOWN, [{ type: "daily_restriction", startTimeOfDay: "9 am", durationSeconds: 3600 }], "weekdays"]) {
                const found = await messages(policy, stack(layers(layer(["PALICE1", "PBOB002"], { restrictions })), scheduleOnly));
                assert.equal(found.length, 1, String(restrictions));
                assert.match(found[0], /^escalation policy 'shop-escalation' calls one person at a time across all its levels/);
            }
        });

        it("counts only layers on call now, and only layers with users", async () => {
            const ended = layer(["PCAROL3"], { end: "2026-06-01T00:00:00Z" });
            const nobody = layer([]);
            const blank = layer(["", "  "]);
            const [message] = await hourMessages(stack(layers(officeHours, ended, nobody, blank), scheduleOnly));
            assert.match(message, /calls nobody for 128 h of the week's 168 h/);
        });

        /** Office hours in `officeZone`, and every other hour from a second schedule in `restZone`, its weekday windows starting at `from` (local) for `seconds`. */
        const twoSchedules = (officeZone: string, restZone: string, from: string, seconds: number) => {
            const base = editing(editing(compliantStack(), SCHEDULE, (r) => { r.props.timeZone = officeZone; r.props.layers = [officeHours]; }), EP, (r) => {
                r.props.rules = [
                    { escalationDelayInMinutes: 10, targets: [{ type: "schedule_reference", id: "PSCHED1" }] },
                    { escalationDelayInMinutes: 15, targets: [{ type: "schedule_reference", id: "PSCHED2" }] },
                ];
                r.propertyDependencies = { teams: ["shop-team"], rules: [SCHEDULE, "shop-secondary"] };
            });
            const primary = editing(base, SCHEDULE, (r) => { r.props.id = "PSCHED1"; });
            const secondary = structuredClone(primary.find((r) => r.name === SCHEDULE)!);
            secondary.name = "shop-secondary";
            secondary.props.id = "PSCHED2";
            secondary.props.timeZone = restZone;
            secondary.props.layers = [layer(["PCAROL3", "PDAVE04"], { restrictions: [
                ...[1, 2, 3, 4].map((day) => ({ type: "weekly_restriction", startDayOfWeek: day, startTimeOfDay: from, durationSeconds: seconds })),
                { type: "weekly_restriction", startDayOfWeek: 5, startTimeOfDay: from, durationSeconds: seconds + 2 * 24 * 3600 },
            ] })];
            return [...primary, secondary];
        };
        it("compares schedules of different time zones in UTC, through the year's daylight saving changes", async () => {
            // Berlin's 09:00 to 17:00 is 08:00 to 16:00 UTC in winter and 07:00 to 15:00 in summer; 15:00 to 08:00 UTC covers the rest all year.
            assert.deepEqual(await hourMessages(twoSchedules("Europe/Berlin", "UTC", "15:00:00", 17 * 3600)), []);
            // From 17:00 UTC the evenings are uncovered an hour in winter and two in summer: the gaps of every season are named.
            const [seasonal] = await hourMessages(twoSchedules("Europe/Berlin", "UTC", "17:00:00", 15 * 3600));
            assert.match(seasonal, /calls nobody for 10 h of the week's 168 h in some weeks of the coming year, as daylight saving time starts and ends \(Mon 15:00 to Mon 17:00, Tue 15:00 to Tue 17:00, Wed 15:00 to Wed 17:00 and 2 more, UTC\)/);
            assert.match(seasonal, /schedule 'shop-primary' \(Europe\/Berlin\) layer 1 is on call Mon 09:00 to Mon 17:00, .*schedule 'shop-secondary' \(UTC\) layer 1 is on call/);
            // Kolkata keeps UTC+05:30 all year: its 09:00 to 17:00 is 03:30 to 11:30 UTC; a rest from 12:00 UTC leaves half an hour a day.
            const [steady] = await hourMessages(twoSchedules("Asia/Kolkata", "UTC", "12:00:00", 15 * 3600 + 1800));
            assert.match(steady, /calls nobody for 2.5 h of the week's 168 h \(Mon 11:30 to Mon 12:00, Tue 11:30 to Tue 12:00, Wed 11:30 to Wed 12:00 and 2 more, UTC\)/);
        });

        it("reads one schedule in its own zone, and is undecided when another zone is in play that cannot be read", async () => {
            const zoned = (zone: unknown) => (r: ResourceSpec) => { r.props.timeZone = zone; };
            const [alone] = await hourMessages(editing(stack(layers(officeHours), scheduleOnly), SCHEDULE, zoned("Mars/Olympus_Mons")));
            assert.match(alone, /^escalation policy 'shop-escalation' calls nobody for 128 h of the week's 168 h \(Mon 17:00 to Tue 09:00, .*Mars\/Olympus_Mons\)/);
            for (const zone of ["Mars/Olympus_Mons", UNKNOWN]) {
                const [message] = await hourMessages(twoSchedules(zone as string, "UTC", "17:00:00", 15 * 3600));
                assert.match(message, /^\[undecided\] .* as far as a preview shows, but schedule 'shop-primary' has (timeZone 'Mars\/Olympus_Mons', which is no IANA time zone|a timeZone unknown in preview or unreadable), so its hours cannot be set beside the others', so whether someone is on call at every hour cannot be shown$/);
            }
        });

        it("is undecided when what a preview hides could fill the gap", async () => {
            const unknownRestrictions = layer(["PCAROL3"], { restrictions: UNKNOWN });
            assert.deepEqual(await hourMessages(stack(layers(officeHours, unknownRestrictions), scheduleOnly)), [
                "[undecided] escalation policy 'shop-escalation' calls nobody for 128 h of the week's 168 h (Mon 17:00 to Tue 09:00, Tue 17:00 to Wed 09:00, Wed 17:00 to Thu 09:00 and 2 more, Europe/Berlin) as far as a preview shows, but for schedule 'shop-primary' (pagerduty:index/schedule:Schedule), the restrictions of layer 2 are unknown in preview, so whether someone is on call at every hour cannot be shown",
            ]);
            const unreadable = layer(["PCAROL3"], { restrictions: [{ type: "hourly_restriction", startTimeOfDay: "00:00:00", durationSeconds: 3600 }] });
            const [message] = await hourMessages(stack(layers(officeHours, unreadable), scheduleOnly));
            assert.match(message, /^\[undecided\] .* restriction 1 of layer 2 is not readable \(type 'hourly_restriction' is neither daily_restriction nor weekly_restriction\)/);
        });
    });

    describe("layer users unknown in preview", () => {
        const users = ["alice", "bob"].map((n) => ({ type: "pagerduty:index/user:User", name: n, props: { name: n, email: `${n}@example.com` } }));
        const unknownUsers = (deps: string[]) => (r: ResourceSpec) => {
            r.props.layers = [layer([UNKNOWN, UNKNOWN])];
            r.propertyDependencies = { layers: deps };
        };

        it("counts the distinct user resources its layers refer to", async () => {
            assert.deepEqual(await messages(policy, [...users, ...stack(unknownUsers(["alice", "bob"]), scheduleOnly)]), [
                "escalation policy 'shop-escalation' calls one person at a time across all its levels (schedule 'shop-primary' puts 'alice' (pagerduty:index/user:User), 'bob' (pagerduty:index/user:User) on call, one at a time); at least 2 distinct people on call at the same moment (user targets, or the one user a schedule puts on call at a time from its layers on call now: started and not ended) are required, so someone else is called when the first responder does not answer",
            ]);
        });

        it("fails when they are one user resource", async () => {
            assert.deepEqual(await messages(policy, [...users, ...stack(unknownUsers(["alice"]), scheduleOnly)]), [
                `escalation policy 'shop-escalation' calls only 'alice' (pagerduty:index/user:User) across all its levels (schedule 'shop-primary' puts 'alice' (pagerduty:index/user:User) on call); ${RULE}`,
            ]);
        });

        it("is undecided when no user resource explains them", async () => {
            assert.deepEqual(await messages(policy, stack(unknownUsers([]), scheduleOnly)), [
                "[undecided] escalation policy 'shop-escalation' is shown to call nobody (schedule 'shop-primary' names no user in its running layers), but for schedule 'shop-primary' (pagerduty:index/schedule:Schedule), 2 user id(s) of its layers are unknown in preview and no pagerduty:index/user:User of the stack is a property dependency of its 'layers', so whether 2 distinct people are on call at once cannot be shown",
            ]);
        });

        it("counts a schedule of one user resource and a user target of another as 2 people, and the same one as 1", async () => {
            const bobTarget = (who: string) => (r: ResourceSpec) => {
                scheduleOnly(r);
                (r.props.rules as { targets: unknown[] }[])[1].targets = [{ type: "user_reference", id: UNKNOWN }];
                r.propertyDependencies = { ...r.propertyDependencies, rules: [SCHEDULE, who] };
            };
            assert.deepEqual(await messages(policy, [...users, ...stack(unknownUsers(["alice"]), bobTarget("bob"))]), []);
            assert.deepEqual(await messages(policy, [...users, ...stack(unknownUsers(["alice"]), bobTarget("alice"))]), [
                `escalation policy 'shop-escalation' calls only 'alice' (pagerduty:index/user:User) across all its levels (schedule 'shop-primary' puts 'alice' (pagerduty:index/user:User) on call); ${RULE}`,
            ]);
        });
    });
});

describe("configure-escalation-policy: escalation delay ceiling", () => {
    const delay = (minutes: unknown) => (r: ResourceSpec) => { (r.props.rules as Record<string, unknown>[])[0].escalationDelayInMinutes = minutes; };

    it("fails a level that waits a day before calling anyone else", async () => {
        assert.deepEqual(await messages(policy, editing(compliantStack(), EP, delay(1440))), [
            "escalation policy 'shop-escalation' level 1 has escalationDelayInMinutes 1440; at most 30 is allowed (maximumDelayMinutes), so an unanswered incident moves on to someone else in time",
        ]);
    });

    it("passes PagerDuty's default delay of 30 minutes", async () => {
        assert.deepEqual(await messages(policy, editing(compliantStack(), EP, delay(30))), []);
        assert.deepEqual(await messages(policy, editing(compliantStack(), EP, delay(31))), [
            "escalation policy 'shop-escalation' level 1 has escalationDelayInMinutes 31; at most 30 is allowed (maximumDelayMinutes), so an unanswered incident moves on to someone else in time",
        ]);
    });

    it("is undecided for a delay unknown in preview", async () => {
        assert.deepEqual(await messages(policy, editing(compliantStack(), EP, delay(UNKNOWN))), [
            "[undecided] escalation policy 'shop-escalation' level 1 has an escalationDelayInMinutes unknown in preview, so whether the next level is called within 30 minutes cannot be shown",
        ]);
    });

    it("lets QA raise the ceiling, and fails the item as not checked when prod does", async () => {
        const stack = editing(compliantStack(), EP, delay(45));
        assert.deepEqual(await messages(policy, stack, { maximumDelayMinutes: 60 }, "qa"), []);
        assert.deepEqual(await messages(policy, stack, { maximumDelayMinutes: 60 }), [
            "escalation policy 'shop-escalation' level 1 has escalationDelayInMinutes 45; at most 30 is allowed (maximumDelayMinutes), so an unanswered incident moves on to someone else in time",
            "[not-checked] pagerduty.escalation not checked as prod requires: configure-escalation-policy's policy config sets maximumDelayMinutes 60, above the prod ceiling 30; the item fails until the setting is removed (the check ran at 30)",
        ]);
    });
});
