import { Finding, undecided, violation } from "../lib/findings";
import { readinessPolicy } from "../lib/readiness-policy";
import { nowMs } from "../lib/clock";
import { firstSharedTurn, onCallAt, Rotation, turnStart } from "../lib/rotations";
import { describe, duration, gaps, ROUND_THE_CLOCK, shift, union, utcOffsets, Windows } from "../lib/on-call-hours";
import { OnCallRoster, onCallRoster, rosterChanges, userById, userResource, usersBehindUnknownIds } from "../lib/paging";
import { StackResource, StackView, TYPES } from "../lib/stack";
import { asArray, asNumber, asString, at, isUnknown } from "../lib/values";

const ITEM = "pagerduty.escalation";

const TWO_PEOPLE = "at least 2 distinct people on call at the same moment (user targets, or the one user a schedule puts on call at a time from its layers on call now: started and not ended) are required, so someone else is called when the first responder does not answer";

/** Thresholds of the escalation check. */
export interface EscalationConfig {
    /** Fewest escalation levels (rules). Default 2: someone else is called when the first responder does not answer. */
    minimumLevels: number;
    /** Fewest repeats of the whole policy. Default 1. */
    minimumLoops: number;
    /**
     * Longest escalationDelayInMinutes of any level. Default 30 (PagerDuty's own default delay): a
     * longer delay leaves an unanswered incident with one person, e.g. 1440 for a whole day.
     */
    maximumDelayMinutes: number;
}

/**
 * What the targets of a policy show: the people its user targets call, the people each schedule
 * target may put on call (PagerDuty puts one user of a schedule on call at a time), what a preview
 * hides, what each schedule gives.
 */
interface Callees {
    /** The moment judged: now when absent, else a later moment at which a schedule's layer starts or ends. */
    readonly at?: number;
    readonly users: Map<string, string>;
    /** Each schedule a target names; `certain` false when it may be one of several that unknown ids name. */
    readonly rosters: Array<{ readonly schedule: StackResource; readonly roster: OnCallRoster; readonly certain: boolean }>;
    readonly unseen: string[];
    readonly schedules: string[];
    /** Schedule targets whose hours a preview cannot see (outside the stack). */
    readonly hoursUnseen: string[];
}

/**
 * The people the user targets call: fixed ids, and for ids unknown in preview the user resources
 * the policy's `rules` refer to (when as many unknown ids as user resources are in play).
 */
function userTargets(stack: StackView, policy: StackResource, targets: readonly unknown[], into: Callees): void {
    let unknownIds = 0;
    for (const target of targets) {
        const id = at(target, ["id"]);
        if (isUnknown(id)) {
            unknownIds += 1;
        } else if ((asString(id) ?? "").trim() !== "") {
            into.users.set(...userById(id as string));
        }
    }
    if (unknownIds === 0) {
        return;
    }
    const candidates = stack.dependenciesOf(policy, "rules").filter((r) => r.type === TYPES.pdUser);
    const behind = usersBehindUnknownIds(candidates, unknownIds);
    if (behind !== undefined) {
        behind.forEach((user) => into.users.set(...userResource(user)));
    } else {
        into.unseen.push(candidates.length === 0
            ? `${unknownIds} user target id(s) are unknown in preview and no ${TYPES.pdUser} of the stack is a property dependency of its 'rules'`
            : `${unknownIds} user target id(s) are unknown in preview and which of ${candidates.map((u) => `'${u.name}'`).join(", ")} (${TYPES.pdUser}) they are cannot be shown`);
    }
}

/**
 * The people the schedule targets put on call: each `pagerduty:index/schedule:Schedule` of the stack
 * the policy's `rules` refer to, and a target names, is read from its layers (lib/paging.ts,
 * `onCallRoster`). A target names a schedule by its id: a known id names the schedule whose `id`
 * output is that id (a preview of a deployed stack); an id unknown in preview may name any schedule
 * whose id is not known yet (a preview cannot tell which). A schedule target that is a fixed id of no
 * schedule of the stack, or unknown with no such schedule behind it, hides its members.
 */
function scheduleTargets(stack: StackView, policy: StackResource, targets: readonly unknown[], into: Callees): void {
    if (targets.length === 0) {
        return;
    }
    const ids = targets.map((t) => at(t, ["id"]));
    const fixed = [...new Set(ids.filter((id) => !isUnknown(id) && (asString(id) ?? "").trim() !== "").map((id) => String(id)))];
    const unknownTargets = ids.filter(isUnknown).length;
    const unknown = unknownTargets > 0;
    const schedules = stack.dependenciesOf(policy, "rules").filter((r) => r.type === TYPES.pdSchedule);
    const idOf = (schedule: StackResource) => asString(schedule.props.id);
    const behindUnknown = schedules.filter((s) => idOf(s) === undefined);
    // Each schedule the rules depend on feeds some target; fewer targets of unknown id than such
    // schedules, and which of them the targets name cannot be shown.
    const ambiguous = unknownTargets > 0 && unknownTargets < behindUnknown.length;
    if (ambiguous) {
        into.unseen.push(`${unknownTargets} schedule target id(s) are unknown in preview and which of ${behindUnknown.map((s) => `'${s.name}'`).join(", ")} (${TYPES.pdSchedule}) they name cannot be shown`);
        into.hoursUnseen.push(`which schedule ${unknownTargets} schedule target(s) of unknown id name cannot be shown`);
    }
    if (ids.some((id) => !isUnknown(id) && (asString(id) ?? "").trim() === "")) {
        into.unseen.push("a schedule target has no id, so whom it calls cannot be shown");
        into.hoursUnseen.push("a schedule target has no id");
    }
    const named = schedules.filter((s) => (idOf(s) === undefined ? unknown : fixed.includes(idOf(s) as string)));
    for (const schedule of named) {
        const roster = onCallRoster(stack, schedule, into.at);
        into.rosters.push({ schedule, roster, certain: !(ambiguous && idOf(schedule) === undefined) });
        if (roster.unseen !== undefined) {
            into.unseen.push(`for schedule '${schedule.name}' (${TYPES.pdSchedule}), ${roster.unseen}`);
        }
        const whom = roster.empty ?? (roster.people.size === 0 ? "names no user in its running layers"
            : `puts ${[...roster.people.values()].join(", ")} on call${roster.people.size > 1 ? ", one at a time" : ""}`);
        into.schedules.push(`schedule '${schedule.name}' ${whom}`);
    }
    const outside = [
        ...fixed.filter((id) => !named.some((s) => idOf(s) === id)).map((id) => `'${id}'`),
        ...(unknown && !named.some((s) => idOf(s) === undefined) ? ["an id unknown in preview"] : []),
    ];
    if (outside.length > 0) {
        into.unseen.push(`schedule target(s) ${outside.join(", ")} name no ${TYPES.pdSchedule} of the stack its 'rules' refer to, whose members a preview cannot see`);
        into.hoursUnseen.push(`schedule target(s) ${outside.join(", ")} name no ${TYPES.pdSchedule} of the stack, whose hours a preview cannot see`);
    }
}

/** A target as a source of one person at a time: who it may be, and in which hours of the week. */
interface Slot {
    readonly people: ReadonlyMap<string, string>;
    readonly windows: Windows;
    /** The schedule's time zone, for hours short of the whole week. */
    readonly zone: string | undefined;
    /** Nothing of its people or hours is hidden from a preview. */
    readonly complete: boolean;
    /** Who it puts on call when: a user's own key, or a schedule's computed rotation (lib/rotations.ts). */
    readonly turns: Rotation | string | undefined;
    /** How a message names it. */
    readonly label: string;
}

/** The name of the person two slots with known turns both put on call at `t`. */
function sharedName(a: Slot, b: Slot, t: number): string {
    const key = onCallAt(a.turns as Rotation | string, t);
    return a.people.get(key) ?? b.people.get(key) ?? key;
}

/**
 * The hours of the week in which the targets put at least 2 distinct people on call at once, and
 * whether a preview hides what could add to them. PagerDuty puts one user of a schedule on call at a
 * time, however many its layers rotate, so each target is one person at a time: a user at every
 * hour, a schedule in the hours its layers on call now cover. Two targets are two people in the
 * hours both cover when they can never be the same one: two users, a user and a schedule whose
 * layers do not name that user, or two schedules with no user in common (a user named by a user
 * resource counts apart from ids only as that resource). Targets that may share one person (a user
 * in a schedule's rotation, schedules rotating a common user) count as two only when their turns are
 * computed (a schedule of one round-the-clock layer of fixed ids, lib/rotations.ts) and never put the
 * same person on call over their joint cycle; a shared turn fails, naming it. A schedule target with an id unknown in preview is taken to be
 * each schedule its `rules` depend on (every one of them feeds some target).
 */
function twoAtOnce(callees: Callees): { covered: Windows; unsure: string[]; collisions: string[]; zone: string | undefined } {
    const slots: Slot[] = [
        ...[...callees.users].map(([key, name]) => ({ people: new Map([[key, name]]), windows: ROUND_THE_CLOCK, zone: undefined, complete: true,
            turns: key, label: name })),
        ...callees.rosters.filter((r) => r.roster.people.size > 0 || r.roster.unseen !== undefined).map((r) => ({
            people: r.roster.people, windows: r.roster.hours.windows, zone: r.roster.hours.zone,
            complete: r.certain && r.roster.unseen === undefined && r.roster.hours.unseen === undefined,
            turns: r.roster.rotation, label: `schedule '${r.schedule.name}'`,
        })),
    ];
    const partial = slots.filter((s) => gaps(s.windows).length > 0);
    const partialZones = new Set(partial.map((s) => s.zone));
    // Part-week hours are read in each schedule's own zone: set beside each other only in one known zone.
    const comparable = partial.length <= 1 || (partialZones.size === 1 && !partialZones.has(undefined));
    const unsure = new Set<string>();
    const collisions = new Set<string>();
    if (!comparable) {
        unsure.add("schedules of different or unknown time zones cover part of the week each, and their hours are not set beside each other here");
    }
    const overlaps: Windows[] = [];
    slots.forEach((a, i) => slots.slice(i + 1).forEach((b) => {
        const shared = [...a.people.keys()].filter((k) => b.people.has(k));
        if (a.complete && b.complete && shared.length === 0) {
            if (comparable || (gaps(a.windows).length === 0 && gaps(b.windows).length === 0)) {
                overlaps.push(gaps(union(gaps(a.windows), gaps(b.windows))));
            }
        } else if (a.complete && b.complete && a.people.size === 1 && b.people.size === 1) {
            // The same single person twice is one person.
        } else if (a.complete && b.complete && a.turns !== undefined && b.turns !== undefined
            && (typeof a.turns === "string" || typeof b.turns === "string" || (a.zone !== undefined && a.zone === b.zone))) {
            // Two schedules' handoffs keep their local time through daylight saving time: compared in one known zone only.
            // Both round the clock with known turns: compare who they put on call over their joint cycle.
            const shared = firstSharedTurn(a.turns, b.turns, callees.at ?? nowMs());
            if (shared === undefined) {
                overlaps.push(ROUND_THE_CLOCK);
            } else if (shared === "cannot tell") {
                unsure.add(`the rotations of ${a.label} and ${b.label} repeat together only after more than a year, so whether they put the same person on call at once is not computed`);
            } else {
                const since = Math.max(...[a.turns, b.turns].map((x) => (typeof x === "string" ? -Infinity : turnStart(x, shared))));
                const from = Number.isFinite(since) ? since : shared;
                collisions.add(`${a.label} and ${b.label} both call ${sharedName(a, b, shared)} in the turn from ${Math.abs(from) <= 8.64e15 ? new Date(from).toISOString() : "a far date"}`);
            }
        } else {
            unsure.add(a.complete && b.complete
                ? "its targets may put the same person on call at once, and which user a rotation puts on call when cannot be computed (a restricted or layered schedule, or one with user ids unknown in preview)"
                : "what a preview hides of a schedule may name anyone");
        }
    }));
    return { covered: union(...overlaps), unsure: [...unsure], collisions: [...collisions], zone: partialZones.size === 1 ? [...partialZones][0] : undefined };
}

/** The most later moments at which a policy's schedules change that are judged (`checkTargets`). */
const MAX_CHANGES = 64;

/**
 * Someone else is called when the first responder does not answer: at every moment of the week the
 * targets of all levels together put at least 2 distinct people on call (`twoAtOnce`). Fewer at
 * some hours fails, naming them; what a preview hides (external schedule ids, ids unknown in
 * preview, hidden layers) or targets that may share one person make it undecided. And someone is on
 * call at every hour of the week (`checkHours`). Judged now and again at every later moment a layer
 * of a schedule it calls starts or ends, the only moments whom it calls changes: cover that lapses
 * when a layer ends fails today, naming the moment.
 */
function checkTargets(stack: StackView, policy: StackResource): Finding[] {
    const targets = asArray(policy.props.rules).flatMap((rule) => asArray(at(rule, ["targets"])));
    if (targets.length === 0) {
        return [];
    }
    const now = targetsAt(stack, policy, targets, undefined);
    if (now.findings.length > 0) {
        return now.findings;
    }
    const from = nowMs();
    const changes = new Map<number, string[]>();
    now.callees.rosters.flatMap((r) => rosterChanges(r.schedule, from)).sort((a, b) => a.at - b.at)
        .forEach((c) => changes.set(c.at, [...(changes.get(c.at) ?? []), c.what]));
    const moments = [...changes];
    for (const [index, [moment, what]] of moments.entries()) {
        const when = `from ${new Date(moment).toISOString().replace(".000Z", "Z")} (${what.join(", ")})`;
        if (index === MAX_CHANGES) {
            return [undecided(ITEM, `escalation policy '${policy.name}': its schedules' layers start or end at ${moments.length} moments ahead and the first ${MAX_CHANGES} are judged, so whether its targets still call 2 distinct people at every hour ${when} on cannot be shown`, policy)];
        }
        const later = targetsAt(stack, policy, targets, moment).findings;
        if (later.length > 0) {
            return later.map((f) => ({ ...f, message: `${when} on: ${f.message}` }));
        }
    }
    return [];
}

/** `checkTargets` at one moment (now when `moment` is absent), and what the targets showed then. */
function targetsAt(stack: StackView, policy: StackResource, targets: readonly unknown[], moment: number | undefined): { findings: Finding[]; callees: Callees } {
    const callees: Callees = { at: moment, users: new Map(), rosters: [], unseen: [], schedules: [], hoursUnseen: [] };
    const kind = (t: unknown) => at(t, ["type"]) ?? "user_reference";
    if (targets.some((t) => isUnknown(kind(t)))) {
        callees.unseen.push("the type of some targets is unknown in preview");
        callees.hoursUnseen.push("the type of some targets is unknown in preview");
    }
    userTargets(stack, policy, targets.filter((t) => kind(t) === "user_reference"), callees);
    scheduleTargets(stack, policy, targets.filter((t) => kind(t) === "schedule_reference"), callees);
    const userTarget = targets.some((t) => kind(t) === "user_reference");
    const pairs = twoAtOnce(callees);
    const short = gaps(pairs.covered);
    const hours = userTarget ? [] : checkHours(policy, callees);
    return { findings: short.length === 0 ? hours : [findPeople(policy, callees, pairs, short), ...hours], callees };
}

/** The finding when 2 distinct people are not shown on call at once at every hour (`short`). */
function findPeople(policy: StackResource, callees: Callees, pairs: ReturnType<typeof twoAtOnce>, short: Windows): Finding {
    const everyone = new Map([...callees.users, ...callees.rosters.flatMap((r) => [...r.roster.people])]);
    const slots = callees.users.size + callees.rosters.filter((r) => r.roster.people.size > 0).length;
    const seen = everyone.size === 0 ? "nobody" : everyone.size === 1 ? `only ${[...everyone.values()][0]}`
        : slots <= 1 ? "one person at a time" : [...everyone.values()].join(", ");
    const schedules = callees.schedules.length > 0 ? ` (${callees.schedules.join("; ")})` : "";
    const whole = gaps(short).length === 0;
    const when = whole ? "" : ` for ${duration(short)} of the week's 168 h (${describe(short)}${pairs.zone === undefined ? "" : `, ${pairs.zone}`})`;
    const hidden = [...callees.unseen, ...pairs.unsure];
    if (hidden.length > 0) {
        return undecided(ITEM, `escalation policy '${policy.name}' is shown to call ${seen}${schedules}${whole ? "" : `, and not 2 distinct people at once${when}`}, but ${hidden.join("; ")}, so whether 2 distinct people are on call at once cannot be shown`, policy);
    }
    const shared = pairs.collisions.length > 0 ? `; at times one person is all it calls: ${pairs.collisions.join("; ")}` : "";
    return whole
        ? violation(ITEM, `escalation policy '${policy.name}' calls ${seen} across all its levels${schedules}${shared}; ${TWO_PEOPLE}`, policy)
        : violation(ITEM, `escalation policy '${policy.name}' has fewer than 2 distinct people on call at once${when}: its targets (${[...everyone.values()].join(", ")}${schedules}) are one person at a time outside the hours their schedules' layers cover together${shared}; ${TWO_PEOPLE}`, policy);
}

/**
 * Someone is on call at every hour of the week. A user target is called whatever the hour; a
 * schedule target only in the hours its running layers' `restrictions` leave (lib/on-call-hours.ts).
 * So a policy whose targets are all schedules must have their layers together cover the whole week:
 * an incident raised in a gap is assigned to no one. Schedules in different time zones are compared
 * in UTC, at every pair of offsets the coming year brings (daylight saving time starts and ends on
 * different days in different zones). A policy that calls nobody at all is `checkTargets`'s finding.
 */
function checkHours(policy: StackResource, callees: Callees): Finding[] {
    const blind = [...callees.hoursUnseen];
    const inStackBlind: string[] = [];
    const seen: Array<{ schedule: StackResource; windows: Windows; zone: string | undefined; restricted: readonly string[] }> = [];
    for (const { schedule, roster: { hours: h } } of callees.rosters) {
        if (h.unseen !== undefined) {
            inStackBlind.push(`for schedule '${schedule.name}' (${TYPES.pdSchedule}), ${h.unseen}`);
        }
        if (h.windows.length > 0) {
            seen.push({ schedule, ...h });
        }
    }
    blind.push(...inStackBlind);
    if (seen.some((s) => gaps(s.windows).length === 0)) {
        return [];
    }
    if (seen.length === 0) {
        // Nobody seen on call at any hour: checkTargets's finding (no 2 people at once) says so.
        return [];
    }
    const zones = [...new Set(seen.map((s) => s.zone))];
    const mixed = zones.length > 1;
    let missing: Windows;
    let seasonal = false;
    if (!mixed) {
        missing = gaps(union(...seen.map((s) => s.windows)));
    } else {
        const gapsByOffsets = new Map<string, Windows>();
        const days = Array.from({ length: 366 }, (_, d) => (callees.at ?? nowMs()) + d * 86_400_000);
        const offsets = seen.map((s) => (s.zone === undefined ? undefined : utcOffsets(s.zone, days)));
        seen.forEach((s, i) => {
            if (offsets[i] === undefined) {
                blind.push(`schedule '${s.schedule.name}' has ${s.zone === undefined ? "a timeZone unknown in preview or unreadable" : `timeZone '${s.zone}', which is no IANA time zone`}, so its hours cannot be set beside the others'`);
            }
        });
        const known = seen.flatMap((s, i) => (offsets[i] === undefined ? [] : [{ windows: s.windows, offsets: offsets[i]! }]));
        days.forEach((_, d) => {
            const key = known.map((k) => k.offsets[d]).join(",");
            if (!gapsByOffsets.has(key)) {
                gapsByOffsets.set(key, gaps(union(...known.map((k) => shift(k.windows, -k.offsets[d])))));
            }
        });
        const all = [...gapsByOffsets.values()];
        missing = union(...all);
        seasonal = all.some((g) => duration(g) !== duration(missing) || describe(g) !== describe(missing));
    }
    if (missing.length === 0) {
        return [];
    }
    const zone = mixed ? "UTC" : zones[0];
    const when = seasonal ? " in some weeks of the coming year, as daylight saving time starts and ends" : "";
    const what = `escalation policy '${policy.name}' calls nobody for ${duration(missing)} of the week's 168 h${when} (${describe(missing)}${zone === undefined ? "" : `, ${zone}`})`;
    if (blind.length > 0) {
        return [undecided(ITEM, `${what} as far as a preview shows, but ${blind.join("; ")}, so whether someone is on call at every hour cannot be shown`, policy)];
    }
    const why = seen.flatMap((s) => s.restricted.map((r) => `schedule '${s.schedule.name}'${mixed ? ` (${s.zone})` : ""} ${r}`)).join("; ");
    return [violation(ITEM, `${what}: its targets are on-call schedules only, and their layers on call now are restricted to part of the week (${why}); an incident raised in those hours is assigned to no one, so add a layer or a user target that covers them`, policy)];
}

/** The policy is owned by a team: `teams` refers to a PagerDuty team of the stack, or is a team id. */
function checkTeam(stack: StackView, policy: StackResource): Finding[] {
    if (stack.dependenciesOf(policy, "teams").some((r) => r.type === TYPES.pdTeam)) {
        return [];
    }
    const teams = policy.props.teams;
    const ids = Array.isArray(teams) ? asArray(teams) : [teams];
    if (ids.some((id) => asString(id) !== undefined && asString(id) !== "")) {
        return [];
    }
    if (ids.some(isUnknown)) {
        return [undecided(ITEM, `teams of escalation policy '${policy.name}' is unknown in preview and no ${TYPES.pdTeam} in the stack is its property dependency, so its owning team cannot be shown`, policy)];
    }
    return [violation(ITEM, `escalation policy '${policy.name}' has no team: set 'teams' to a ${TYPES.pdTeam} of the stack (or a team id), so an owning team answers for it`, policy)];
}

function checkPolicy(stack: StackView, services: readonly StackResource[], policy: StackResource, config: EscalationConfig): Finding[] {
    const findings: Finding[] = [];
    const rules = asArray(policy.props.rules);
    if (rules.length < config.minimumLevels) {
        const of = `${services.length === 1 ? "service" : "services"} ${services.map((s) => `'${s.name}'`).join(", ")}`;
        findings.push(violation(ITEM, `escalation policy '${policy.name}' of ${of} has ${rules.length} level(s); at least ${config.minimumLevels} are required`, policy));
    }
    rules.forEach((rule, index) => {
        const raw = at(rule, ["escalationDelayInMinutes"]);
        const delay = asNumber(raw);
        if (isUnknown(raw)) {
            findings.push(undecided(ITEM, `escalation policy '${policy.name}' level ${index + 1} has an escalationDelayInMinutes unknown in preview, so whether the next level is called within ${config.maximumDelayMinutes} minutes cannot be shown`, policy));
        } else if (delay === undefined || delay < 1) {
            findings.push(violation(ITEM, `escalation policy '${policy.name}' level ${index + 1} has escalationDelayInMinutes '${String(raw)}'; it must be at least 1`, policy));
        } else if (delay > config.maximumDelayMinutes) {
            // The last level's delay is the wait before the policy repeats (numLoops): it bounds that wait too.
            findings.push(violation(ITEM, `escalation policy '${policy.name}' level ${index + 1} has escalationDelayInMinutes ${delay}; at most ${config.maximumDelayMinutes} is allowed (maximumDelayMinutes), so an unanswered incident moves on to someone else in time`, policy));
        }
        if (asArray(at(rule, ["targets"])).length === 0) {
            findings.push(violation(ITEM, `escalation policy '${policy.name}' level ${index + 1} has no targets`, policy));
        }
    });
    const loops = asNumber(policy.props.numLoops);
    if (loops === undefined || loops < config.minimumLoops) {
        findings.push(violation(ITEM, `escalation policy '${policy.name}' numLoops is '${String(policy.props.numLoops)}'; at least ${config.minimumLoops} is required`, policy));
    }
    return [...findings, ...checkTargets(stack, policy), ...checkTeam(stack, policy)];
}

/**
 * Every PagerDuty service has an escalation policy with enough levels and loops, delays short enough
 * that someone else is called in time, that calls at least two distinct people (users, or the people
 * its schedules' layers put on call) and is owned by a team.
 */
export const configureEscalationPolicy = readinessPolicy<EscalationConfig>({
    name: "configure-escalation-policy",
    description: "Every PagerDuty service has an escalation policy (found through the property dependency of 'escalationPolicy') with at least 2 levels, targets, delays of 1 to maximumDelayMinutes (30) minutes and numLoops >= 1; its targets together put at least 2 distinct people on call at the same moment (user targets, and the one user at a time of each pagerduty:index/schedule:Schedule its rules refer to, from its layers on call now: started, not ended, and again at every later moment a layer starts or ends, up to 64 such moments, so cover that lapses when a layer ends fails today; targets that may share one person, such as two levels calling one schedule, do not count twice; an external schedule id is undecided unless 2 are seen without it), and someone at every hour of the week (without a user target, the schedules' layer restrictions together cover the whole week); and a team ('teams' referring to a pagerduty:index/team:Team, or a team id).",
    items: [ITEM],
    waivableInProd: true,
    evidenceTypes: [TYPES.pdService, TYPES.pdEscalationPolicy, TYPES.pdTeam, TYPES.pdSchedule, TYPES.pdUser],
    configProperties: {
        minimumLevels: { type: "integer", default: 2, description: "Fewest escalation levels (rules)." },
        minimumLoops: { type: "integer", default: 1, description: "Fewest repeats (numLoops)." },
        maximumDelayMinutes: { type: "integer", default: 30, description: "Longest escalationDelayInMinutes of any level (PagerDuty's default delay is 30)." },
    },
    defaults: { minimumLevels: 2, minimumLoops: 1, maximumDelayMinutes: 30 },
    prodFloors: { minimumLevels: "atLeast", minimumLoops: "atLeast", maximumDelayMinutes: "atMost" },
    check(stack, config): Finding[] {
        const services = stack.ofType(TYPES.pdService);
        if (services.length === 0) {
            return [violation(ITEM, `no PagerDuty service in the stack, so nothing escalates (expected ${TYPES.pdService} with an escalation policy)`)];
        }
        const findings: Finding[] = [];
        // Each policy is judged once, naming every service it escalates for: services often share one.
        const servicesOf = new Map<string, { policy: StackResource; services: StackResource[] }>();
        for (const service of services) {
            const reference = service.props.escalationPolicy;
            const policies = stack.dependenciesOf(service, "escalationPolicy").filter((r) => r.type === TYPES.pdEscalationPolicy);
            if (policies.length > 0) {
                // Which of several policies the value is cannot be read from a preview: each must do.
                policies.forEach((policy) => {
                    const judged = servicesOf.get(policy.urn) ?? { policy, services: [] };
                    judged.services.push(service);
                    servicesOf.set(policy.urn, judged);
                });
            } else if (reference === undefined || reference === null || reference === "") {
                findings.push(violation(ITEM, `PagerDuty service '${service.name}' has no escalationPolicy`, service));
            } else {
                const how = isUnknown(reference) ? "is unknown in preview" : "is a fixed id";
                findings.push(undecided(ITEM, `escalation policy of PagerDuty service '${service.name}' ${how} and no ${TYPES.pdEscalationPolicy} in the stack is its property dependency, so its levels and loops cannot be checked`, service));
            }
        }
        servicesOf.forEach(({ policy, services: of }) => findings.push(...checkPolicy(stack, of, policy, config)));
        return findings;
    },
});
