import * as assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { missingAnomalyMonitors } from "../policies/missing-anomaly-monitors";
import { missingBurnRateAlerts } from "../policies/missing-burn-rate-alerts";
import { missingGoldenSignalMonitors } from "../policies/missing-golden-signal-monitors";
import { setToday } from "./clock";
import { compliantStack, TODAY } from "./fixtures";
import { messages, ResourceSpec } from "./testing";
import { UNKNOWN } from "./values";

const SCHEDULE = "datadog:index/downtimeSchedule:DowntimeSchedule";
const LEGACY = "datadog:index/downtime:Downtime";
const WEEKLY = { recurrences: [{ rrule: "FREQ=WEEKLY;BYDAY=SA", duration: "48h", start: "2026-12-05T00:00:00" }] };
const POLICIES = [missingGoldenSignalMonitors, missingAnomalyMonitors, missingBurnRateAlerts];

/** The compliant stack plus `downtime`. */
function withDowntime(type: string, props: Record<string, unknown>, propertyDependencies?: Record<string, string[]>): ResourceSpec[] {
    return [...compliantStack(), { type, name: "mute", props, propertyDependencies }];
}

/** Every message the three monitor policies report. */
async function all(stack: ResourceSpec[]): Promise<string[]> {
    return (await Promise.all(POLICIES.map((p) => messages(p, stack)))).flat();
}

const at = (hours: number) => new Date(Date.parse(`${TODAY}T00:00:00Z`) + hours * 3_600_000).toISOString().replace(".000Z", "Z");

describe("downtimes", () => {
    before(() => setToday(TODAY));
    after(() => setToday(undefined));

    it("the compliant stack, without downtimes, passes the three monitor policies", async () => {
        assert.deepEqual(await all(compliantStack()), []);
    });

    it("a recurring '*' downtime schedule hollows every golden-signal, anomaly and burn-rate monitor, naming the downtime", async () => {
        const found = await all(withDowntime(SCHEDULE, { scope: "*", monitorIdentifier: { monitorTags: ["*"] }, recurringSchedule: WEEKLY }));
        const muted = `it is muted by downtime 'mute' (${SCHEDULE}, scope '*'), which matches it and mutes it for good: it recurs (recurringSchedule 'FREQ=WEEKLY;BYDAY=SA'), so Datadog sends none of its notifications`;
        assert.equal(found.length, 4 + 4 + 4, found.join("\n"));
        assert.ok(found.includes(`monitor 'shop-api-latency' is tagged 'golden-signal:latency' but is no latency threshold monitor of component 'api': ${muted}`), found.join("\n"));
        assert.ok(found.includes(`monitor 'shop-api-errors-anomaly' is tagged 'golden-signal:errors' but is no errors anomaly monitor of component 'api': ${muted}`), found.join("\n"));
        assert.ok(found.includes(`burn-rate alert 'shop-api-availability-fast-burn' of SLO 'shop-api-availability' notifies no one: ${muted}`), found.join("\n"));
    });

    it("an open-ended legacy downtime scoped to the component's service mutes its monitors; one scoped elsewhere does not", async () => {
        const found = await messages(missingGoldenSignalMonitors, withDowntime(LEGACY, { scopes: ["service:shop-api"] }));
        assert.deepEqual(found, ["latency", "traffic", "errors", "saturation"].map((s) =>
            `monitor 'shop-api-${s}' is tagged 'golden-signal:${s}' but is no ${s} threshold monitor of component 'api': it is muted by downtime 'mute' (${LEGACY}, scope 'service:shop-api'), which matches it and mutes it for good: it has no end (open-ended), so Datadog sends none of its notifications`));
        assert.deepEqual(await all(withDowntime(LEGACY, { scopes: ["service:shop-web"] })), []);
        assert.deepEqual(await all(withDowntime(LEGACY, { scopes: ["*"], monitorTags: ["team:other"] })), []);
    });

    it("a downtime of one monitor (monitorId from that monitor) hollows that monitor only", async () => {
        const found = await messages(missingGoldenSignalMonitors, withDowntime(SCHEDULE,
            { scope: "*", monitorIdentifier: { monitorId: UNKNOWN } }, { monitorIdentifier: ["shop-api-traffic"] }));
        assert.deepEqual(found, [`monitor 'shop-api-traffic' is tagged 'golden-signal:traffic' but is no traffic threshold monitor of component 'api': it is muted by downtime 'mute' (${SCHEDULE}, scope '*'), which matches it and mutes it for good: it has no schedule, so it starts now and never ends, so Datadog sends none of its notifications`]);
    });

    it("a single window of a planned maintenance, or one that is over, is fine; a longer one or one without an end is not", async () => {
        const oneTime = (start: string | undefined, end: string | undefined) => withDowntime(SCHEDULE,
            { scope: "env:prod", monitorIdentifier: { monitorTags: ["service:shop-api"] }, oneTimeSchedule: { start, end } });
        assert.deepEqual(await all(oneTime(at(48), at(52))), []);
        assert.deepEqual(await all(oneTime(at(-100), at(-90))), []);
        assert.deepEqual(await all(oneTime(at(-100), at(20))), []);
        const long = await messages(missingGoldenSignalMonitors, oneTime(at(1), at(73)));
        assert.equal(long.length, 4);
        assert.match(long[0], /its window lasts 72 hours, longer than the 24 hours of a planned maintenance/);
        const open = await messages(missingGoldenSignalMonitors, oneTime(at(1), undefined));
        assert.match(open[0], /it has no end \(open-ended\)/);
        const legacy = await messages(missingGoldenSignalMonitors, withDowntime(LEGACY, { scopes: ["*"], start: Date.parse(at(0)) / 1000, end: Date.parse(at(30)) / 1000 }));
        assert.match(legacy[0], /its window lasts 30 hours/);
    });

    it("is undecided when the scope, the monitor selection or the schedule is unknown in preview, or the scope cannot be read", async () => {
        const cases: [Record<string, unknown>, string][] = [
            [{ scope: UNKNOWN, monitorIdentifier: { monitorTags: ["*"] } }, "its scope is unknown in preview"],
            [{ scope: "*", monitorIdentifier: { monitorId: UNKNOWN } }, "its monitorId is unknown in preview"],
            [{ scope: "*", monitorIdentifier: { monitorTags: ["*"] }, oneTimeSchedule: { start: at(1), end: UNKNOWN } }, "its oneTimeSchedule.end is unknown in preview"],
            [{ scope: "env:prod OR service:other", monitorIdentifier: { monitorTags: ["*"] } }, "its scope 'env:prod OR service:other' is not a conjunction of key:value terms the pack reads (it may match any group)"],
        ];
        for (const [props, why] of cases) {
            const found = await messages(missingGoldenSignalMonitors, withDowntime(SCHEDULE, props));
            assert.equal(found.length, 4, why);
            assert.equal(found[0], `[undecided] component 'api' has no threshold monitor for golden signal 'latency' that can be judged: whether downtime 'mute' (${SCHEDULE}, scope ${props.scope === UNKNOWN ? "unknown in preview" : `'${props.scope}'`}) keeps it muted cannot be judged: ${why}`);
        }
    });

    it("a known muting outweighs an unknown one, and the burn-rate policy reports an undecided muting as undecided", async () => {
        const stack = [...withDowntime(SCHEDULE, { scope: UNKNOWN, monitorIdentifier: { monitorTags: ["*"] } }),
            { type: LEGACY, name: "mute-all", props: { scopes: ["*"], recurrence: { type: "weeks", period: 1 } } }];
        const found = await messages(missingGoldenSignalMonitors, stack);
        assert.match(found[0], /muted by downtime 'mute-all' .*it recurs \(recurrence type 'weeks'\)/);
        const burn = await messages(missingBurnRateAlerts, withDowntime(SCHEDULE, { scope: UNKNOWN, monitorIdentifier: { monitorTags: ["*"] } }));
        assert.ok(burn.includes(`[undecided] burn-rate alert 'shop-api-availability-fast-burn' of SLO 'shop-api-availability' may notify no one: whether downtime 'mute' (${SCHEDULE}, scope unknown in preview) keeps it muted cannot be judged: its scope is unknown in preview`), burn.join("\n"));
    });
});
