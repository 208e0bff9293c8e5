import { nowMs } from "./clock";
import { Outcome } from "./findings";
import { whyInMaintenance } from "./maintenance-windows";
import { gaps, layerHours, union, Windows } from "./on-call-hours";
import { Rotation } from "./rotations";
import { datadogTag, StackResource, StackView, TYPES } from "./stack";
import { asArray, asString, at, isUnknown } from "./values";

/**
 * Paging judged end to end (docs/evidence.md, "Paging"): which PagerDuty service a monitor's
 * `@pagerduty-<name>` handle reaches, and how urgently that service pages out of hours.
 *
 * A handle reaches a service only through resources of the stack related by property
 * dependencies: the Datadog PagerDuty service object registering `<name>`
 * (`datadog:pagerduty/serviceObject:ServiceObject`), whose `serviceKey` comes from a PagerDuty
 * service integration, whose `service` is a `pagerduty:index/service:Service`. A `routing:` tag, a
 * handle alone or a service of the same name prove nothing: Datadog delivers a handle only through
 * the service object, and the key it holds decides which service opens the incident.
 */

const HANDLE = /@pagerduty-([A-Za-z0-9_.-]*[A-Za-z0-9_-])/g;

/** Why a handle reaches no service: the finding's outcome and a message naming the resources. */
export interface RouteGap {
    readonly outcome: Exclude<Outcome, "platform-limit">;
    readonly message: string;
}

/** One `@pagerduty-<name>` handle of a monitor and where it leads. */
export interface Route {
    /** The handle as written, e.g. `@pagerduty-shop-api`. */
    readonly handle: string;
    /** The PagerDuty service the handle reaches; absent when `gap` says why not. */
    readonly service?: StackResource;
    readonly gap?: RouteGap;
}

/** The service names of the monitor's `@pagerduty-<name>` handles, in message order, once each. */
export function pagerDutyHandles(monitor: StackResource): string[] {
    return handlesIn(asString(monitor.props.message) ?? "");
}

/** The service names of the `@pagerduty-<name>` handles a message text names, in order, once each. */
export function handlesIn(message: string): string[] {
    return [...new Set([...message.matchAll(HANDLE)].map((m) => m[1]))];
}

/**
 * The part of a message Datadog sends when the monitor is in ALERT: the text outside conditional
 * blocks, plus `{{#is_alert}}` blocks (warning-only, recovery-only or no-data-only blocks dropped).
 */
export function alertText(message: string): string {
    return textWhen("is_alert", message);
}

/**
 * The part of a message Datadog sends when the monitor notifies NO DATA: the text outside
 * conditional blocks, plus `{{#is_no_data}}` blocks (alert-only, warning-only and recovery-only
 * blocks dropped).
 */
export function noDataText(message: string): string {
    return textWhen("is_no_data", message);
}

/**
 * The text outside conditional blocks plus the `{{#condition}}` blocks of `condition`. Inverted
 * blocks (`{{^is_alert}}`) are dropped whatever the state: counting on them is left to no one.
 */
function textWhen(condition: string, message: string): string {
    return message
        .replace(/\{\{\^(\w+)\}\}[\s\S]*?\{\{\/\1\}\}/g, "")
        .replace(/\{\{#(\w+)\}\}([\s\S]*?)\{\{\/\1\}\}/g, (_all, block: string, body: string) => (block === condition ? body : ""));
}

/** True when the handle `@pagerduty-<name>` reaches a PagerDuty service of the stack end to end. */
export function handleReachesService(stack: StackView, name: string): boolean {
    return serviceOfHandle(stack, name) !== undefined;
}

/** The PagerDuty service of the stack the handle `@pagerduty-<name>` reaches end to end, if any. */
export function serviceOfHandle(stack: StackView, name: string): StackResource | undefined {
    return route(stack, undefined, name).service;
}

/** True for a page-class monitor: one classified `routing:page` (it must wake someone at any hour). */
export function isPageClass(monitor: StackResource): boolean {
    return datadogTag(monitor, "routing") === "page";
}

/** The resources of `type` the property refers to. */
function referredOfType(stack: StackView, resource: StackResource, property: string, type: string): StackResource[] {
    return stack.dependenciesOf(resource, property).filter((r) => r.type === type);
}

/** The names of resources, quoted, for a message. */
function named(resources: readonly StackResource[]): string {
    return resources.map((r) => `'${r.name}'`).join(", ");
}

function route(stack: StackView, monitor: StackResource | undefined, name: string): Route {
    const handle = `@pagerduty-${name}`;
    const gap = (outcome: RouteGap["outcome"], why: string): Route =>
        ({ handle, gap: { outcome, message: `monitor '${monitor?.name ?? "?"}' notifies '${handle}', but ${why}` } });
    // Each step must lead to one resource: where several could be the one (two service objects of one
    // name, a key or service built from several), which one Datadog or PagerDuty uses cannot be shown.
    const ambiguous = (what: string, candidates: readonly StackResource[]): Route =>
        gap("undecided", `${what} refers to several resources (${named(candidates)}), so which PagerDuty service the handle reaches cannot be shown`);
    const objects = stack.ofType(TYPES.ddPagerDutyServiceObject);
    const registering = objects.filter((o) => asString(o.props.serviceName) === name);
    if (registering.length > 1) {
        return ambiguous(`service name '${name}' (${TYPES.ddPagerDutyServiceObject})`, registering);
    }
    const object = registering[0];
    if (object === undefined) {
        const unknown = objects.filter((o) => isUnknown(o.props.serviceName)).map((o) => `'${o.name}'`);
        return unknown.length > 0
            ? gap("undecided", `the service name of ${unknown.join(", ")} (${TYPES.ddPagerDutyServiceObject}) is unknown in preview, so which PagerDuty service the handle reaches cannot be shown`)
            : gap("violation", `no ${TYPES.ddPagerDutyServiceObject} in the stack registers service name '${name}', so the alert reaches no PagerDuty service`);
    }
    const integrations = referredOfType(stack, object, "serviceKey", TYPES.pdServiceIntegration);
    if (integrations.length > 1) {
        return ambiguous(`the serviceKey of Datadog PagerDuty service object '${object.name}'`, integrations);
    }
    const integration = integrations[0];
    if (integration === undefined) {
        return gap("violation", `its Datadog PagerDuty service object '${object.name}' takes its serviceKey from no ${TYPES.pdServiceIntegration} in the stack, so no PagerDuty service is shown to receive it`);
    }
    const services = referredOfType(stack, integration, "service", TYPES.pdService);
    if (services.length > 1) {
        return ambiguous(`the service of PagerDuty integration '${integration.name}'`, services);
    }
    const service = services[0];
    if (service === undefined) {
        return gap("violation", `the PagerDuty integration '${integration.name}' behind it belongs to no ${TYPES.pdService} in the stack (its 'service' refers to none)`);
    }
    const held = whyInMaintenance(stack, service);
    return held === undefined ? { handle, service } : gap(held.outcome, held.reason);
}

/** Every `@pagerduty-` handle of the monitor with the service it reaches or why it reaches none. */
export function routesOf(stack: StackView, monitor: StackResource): Route[] {
    return pagerDutyHandles(monitor).map((name) => route(stack, monitor, name));
}

/** The PagerDuty services of the stack the monitor's handles reach end to end (possibly none). */
export function serviceReachedBy(stack: StackView, monitor: StackResource): StackResource[] {
    return [...new Set(routesOf(stack, monitor).flatMap((r) => (r.service === undefined ? [] : [r.service])))];
}

/**
 * The urgency a PagerDuty service gives an alert out of support hours: the constant urgency, or
 * `outsideSupportHours.urgency` of a `use_support_hours` rule (pagerduty.json,
 * `ServiceIncidentUrgencyRule`). `undefined` when the rule does not say; `unknown` when preview
 * does not know it.
 */
export function outOfHoursUrgency(service: StackResource): string | "unknown" | undefined {
    const rule = service.props.incidentUrgencyRule;
    const type = at(rule, ["type"]);
    const urgency = type === "use_support_hours" ? at(rule, ["outsideSupportHours", "urgency"]) : at(rule, ["urgency"]);
    if (isUnknown(type) || isUnknown(urgency) || isUnknown(rule)) {
        return "unknown";
    }
    return asString(urgency);
}

/**
 * True when an alert Datadog sends as an ALERT opens a high-urgency incident out of hours: urgency
 * `high`, or `severity_based` (Datadog sends severity `error` for ALERT, which PagerDuty maps to high).
 */
export function pagesOutOfHours(urgency: string | undefined): boolean {
    return urgency === "high" || urgency === "severity_based";
}

/**
 * Who an on-call schedule of the stack can put on call at one moment, read from its inputs (pagerduty.json,
 * `ScheduleLayer`): the users of its layers on call then (started, not ended). A fixed user id is one person; ids
 * unknown in preview are the `pagerduty:index/user:User` resources its `layers` refer to.
 */
export interface OnCallRoster {
    /** One entry per person: `id:<user id>` or `urn:<user resource>` → how a message names them. */
    readonly people: ReadonlyMap<string, string>;
    /** What of the schedule a preview does not show, if anything: it may put more people on call. */
    readonly unseen?: string;
    /** Why it puts nobody on call (no layers, none started or every layer ended), if so. */
    readonly empty?: string;
    /**
     * The hours of the week its running layers put someone on call, in its `timeZone`
     * (lib/on-call-hours.ts), with what restricts them; or why a preview cannot show them.
     */
    readonly hours: ScheduleHours;
    /**
     * Which user it puts on call when, if that can be computed: one layer on call now, round the
     * clock, of fixed user ids with a readable rotation, and no layer yet to start (lib/rotations.ts).
     */
    readonly rotation?: Rotation;
}

/**
 * The hours a schedule's running layers are seen to cover, in the schedule's time zone (`undefined`
 * when it is not readable), what restricts them, and what of them a preview cannot show, if anything.
 */
export interface ScheduleHours {
    readonly windows: Windows;
    readonly zone: string | undefined;
    readonly restricted: readonly string[];
    readonly unseen?: string;
}

/** The person key and message name of a fixed PagerDuty user id. */
export function userById(id: string): [string, string] {
    return [`id:${id}`, `user '${id}'`];
}

/**
 * The person key and message name of a `pagerduty:index/user:User` of the stack: keyed by its id
 * when a preview knows it (a deployed user), so that the same person named by that id counts once.
 */
export function userResource(user: StackResource): [string, string] {
    const id = asString(user.props.id);
    return [id !== undefined && id !== "" ? `id:${id}` : `urn:${user.urn}`, `'${user.name}' (${TYPES.pdUser})`];
}

/**
 * The user resources that ids unknown in preview stand for, when they can be told apart: each of
 * `candidates` (the user resources the property refers to) counts once when at least as many
 * unknown ids as candidates are in play and no other part of the property (`elsewhere` unknown ids,
 * e.g. of ended layers) could be the one naming them. `undefined` when a preview cannot show which.
 */
export function usersBehindUnknownIds(candidates: readonly StackResource[], unknownIds: number, elsewhere = 0): StackResource[] | undefined {
    if (candidates.length === 0 || unknownIds < candidates.length || elsewhere > 0) {
        return undefined;
    }
    return [...candidates];
}

/** When a layer's `end` is passed, the time it ended (ISO 8601 as written); `"unknown"` or `"unreadable"` when that cannot be told. */
function layerEnded(layer: unknown, now: number): string | "unknown" | "unreadable" | undefined {
    const end = at(layer, ["end"]);
    if (end === undefined || end === null || end === "") {
        return undefined;
    }
    return passed(end, now);
}

/**
 * When a layer's `start` is still to come, the time it starts (ISO 8601 as written): until then it
 * puts nobody on call. `"unknown"` or `"unreadable"` when that cannot be told (the provider requires a start).
 */
function layerStartsLater(layer: unknown, now: number): string | "unknown" | "unreadable" | undefined {
    const start = at(layer, ["start"]);
    if (isUnknown(start)) {
        return "unknown";
    }
    const moment = passed(start, now);
    return moment === "unreadable" || moment === "unknown" ? moment : moment === undefined ? asString(start) : undefined;
}

const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})$/;

/** `value` as milliseconds since the epoch when it is an ISO 8601 date and time with its offset. */
function isoMoment(value: unknown): number | "unknown" | "unreadable" {
    if (isUnknown(value)) {
        return "unknown";
    }
    const text = asString(value);
    // An ISO 8601 date and time with its offset: JavaScript would read other text too ('5' as 2001,
    // a time without offset in the reviewing machine's zone).
    const ms = text === undefined || !ISO_DATE_TIME.test(text) ? NaN : Date.parse(text);
    return Number.isNaN(ms) ? "unreadable" : ms;
}

/** The time as written when `value` (ISO 8601) is at or before `now`; `undefined` when it is later. */
function passed(value: unknown, now: number): string | "unknown" | "unreadable" | undefined {
    const ms = isoMoment(value);
    return typeof ms === "string" ? ms : ms <= now ? asString(value) : undefined;
}

/**
 * The people a schedule of the stack puts on call at `moment` (now unless given; see `OnCallRoster`),
 * and the hours of the week it does. A layer is on call from its `start` until its `end`: one that
 * has not started yet or has ended calls nobody then. A start or end unknown in preview or unreadable
 * leaves that layer's people unseen, never counted.
 */
export function onCallRoster(stack: StackView, schedule: StackResource, moment?: number): OnCallRoster {
    const layers = schedule.props.layers;
    if (isUnknown(layers)) {
        return { people: new Map(), unseen: "its 'layers' are unknown in preview", hours: hoursOf(schedule, [], [], ["its 'layers' are unknown in preview"]) };
    }
    const all = asArray(layers);
    if (all.length === 0) {
        return { people: new Map(), empty: "has no layers", hours: hoursOf(schedule, [], [], []) };
    }
    const now = moment ?? nowMs();
    const people = new Map<string, string>();
    const unseen: string[] = [];
    const idle: string[] = [];
    const windows: Windows[] = [];
    const restricted: string[] = [];
    const hoursUnseen: string[] = [];
    let running = 0;
    let unknownIds = 0;
    let unknownIdsElsewhere = 0;
    all.forEach((layer, index) => {
        const users = at(layer, ["users"]);
        const unknownHere = asArray(users).filter(isUnknown).length;
        const start = layerStartsLater(layer, now);
        const end = layerEnded(layer, now);
        const blind = [
            ...(start === "unknown" ? [`the start of layer ${index + 1} is unknown in preview`] : []),
            ...(start === "unreadable" ? [`the start '${String(at(layer, ["start"]))}' of layer ${index + 1} is not an ISO 8601 time`] : []),
            ...(end === "unknown" ? [`the end of layer ${index + 1} is unknown in preview`] : []),
            ...(end === "unreadable" ? [`the end '${String(at(layer, ["end"]))}' of layer ${index + 1} is not an ISO 8601 time`] : []),
        ];
        if (blind.length > 0) {
            unseen.push(...blind);
            hoursUnseen.push(...blind);
            unknownIdsElsewhere += unknownHere;
            return;
        }
        if (end !== undefined || start !== undefined) {
            idle.push(end !== undefined ? `layer ${index + 1} ended ${end}` : `layer ${index + 1} starts ${start}`);
            unknownIdsElsewhere += unknownHere;
            return;
        }
        running += 1;
        const layerTime = layerHours(layer, index);
        if (isUnknown(users)) {
            unseen.push(`the users of layer ${index + 1} are unknown in preview`);
            hoursUnseen.push(`the users of layer ${index + 1} are unknown in preview`);
            return;
        }
        // Only a layer that names someone covers its hours (an empty or blank id names no one).
        if (asArray(users).some((u) => isUnknown(u) || (asString(u) ?? "").trim() !== "")) {
            if ("unseen" in layerTime) {
                hoursUnseen.push(layerTime.unseen);
            } else {
                windows.push(layerTime.windows);
                if (layerTime.restricted !== undefined) {
                    restricted.push(layerTime.restricted);
                }
            }
        }
        for (const user of asArray(users)) {
            const id = asString(user);
            if (id !== undefined && id !== "") {
                people.set(...userById(id));
            }
        }
        unknownIds += unknownHere;
    });
    if (unknownIds > 0) {
        const candidates = stack.dependenciesOf(schedule, "layers").filter((r) => r.type === TYPES.pdUser);
        const behind = usersBehindUnknownIds(candidates, unknownIds, unknownIdsElsewhere);
        if (behind !== undefined) {
            behind.forEach((user) => people.set(...userResource(user)));
        } else {
            unseen.push(candidates.length === 0
                ? `${unknownIds} user id(s) of its layers are unknown in preview and no ${TYPES.pdUser} of the stack is a property dependency of its 'layers'`
                : `${unknownIds} user id(s) of its running layers are unknown in preview and which of ${named(candidates)} (${TYPES.pdUser}) they are cannot be shown`);
        }
    }
    const empty = running === 0 && unseen.length === 0 ? `has no layer on call ${moment === undefined ? "now" : "then"} (${idle.join(", ")})` : undefined;
    const hours = hoursOf(schedule, windows, restricted, hoursUnseen);
    const rotation = unseen.length === 0 && hours.unseen === undefined && gaps(hours.windows).length === 0 && running === 1
        && !idle.some((i) => i.includes(" starts ")) ? rotationOf(all.find((layer) => layerStartsLater(layer, now) === undefined
            && layerEnded(layer, now) === undefined)) : undefined;
    return { people, unseen: unseen.length > 0 ? unseen.join("; ") : undefined, empty, hours, rotation };
}

/**
 * The moments after `from` at which a layer of the schedule starts or ends, in order, each with what
 * happens then (`layer 2 ends`): the only moments at which whom it puts on call changes. Starts and
 * ends unknown in preview or unreadable are not among them (`onCallRoster` leaves such layers unseen).
 */
export function rosterChanges(schedule: StackResource, from: number): Array<{ readonly at: number; readonly what: string }> {
    const layers = schedule.props.layers;
    if (isUnknown(layers)) {
        return [];
    }
    const changes = asArray(layers).flatMap((layer, index) => (["start", "end"] as const).flatMap((edge) => {
        const ms = isoMoment(at(layer, [edge]));
        return typeof ms === "string" || ms <= from ? [] : [{ at: ms, what: `layer ${index + 1} of schedule '${schedule.name}' ${edge}s` }];
    }));
    return changes.sort((a, b) => a.at - b.at);
}

/** The shortest turn a computed rotation takes (PagerDuty's own minimum is an hour); shorter is not computed. */
const MIN_TURN_SECONDS = 60;

/** A layer's rotation when every user is a fixed id and its turns are readable; else none. */
function rotationOf(layer: unknown): Rotation | undefined {
    const ids = asArray(at(layer, ["users"])).map((u) => asString(u) ?? "");
    const start = passed(at(layer, ["rotationVirtualStart"]), Number.MAX_SAFE_INTEGER);
    const raw = at(layer, ["rotationTurnLengthSeconds"]);
    const turn = typeof raw === "number" ? raw : NaN;
    if (ids.length === 0 || ids.some((id) => id.trim() === "") || start === undefined || start === "unknown" || start === "unreadable"
        || !Number.isSafeInteger(turn * 1000 * ids.length) || turn < MIN_TURN_SECONDS) {
        return undefined;
    }
    return { people: ids.map((id) => userById(id)[0]), virtualStartMs: Date.parse(start), turnMs: turn * 1000 };
}

function hoursOf(schedule: StackResource, windows: Windows[], restricted: string[], unseen: string[]): ScheduleHours {
    const zone = schedule.props.timeZone;
    return { windows: union(...windows), zone: isUnknown(zone) ? undefined : asString(zone), restricted, unseen: unseen.length > 0 ? unseen.join("; ") : undefined };
}
