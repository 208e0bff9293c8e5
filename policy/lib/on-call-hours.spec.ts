import * as assert from "node:assert/strict";
import { describe as suite, it } from "node:test";
import { describe, duration, gaps, layerHours, normalise, ROUND_THE_CLOCK, shift, union, utcOffsets, WEEK_SECONDS, Windows } from "./on-call-hours";
import { UNKNOWN } from "./values";

const H = 3600;
const DAY = 24 * H;

suite("on-call-hours", () => {
    it("wraps a window that runs past Sunday midnight onto Monday, and merges what touches", () => {
        assert.deepEqual(normalise([[6 * DAY + 22 * H, 7 * DAY + 8 * H]]), [[0, 8 * H], [6 * DAY + 22 * H, WEEK_SECONDS]]);
        assert.deepEqual(normalise([[0, 10], [10, 20], [5, 15]]), [[0, 20]]);
        assert.deepEqual(normalise([[-H, H]]), [[0, H], [WEEK_SECONDS - H, WEEK_SECONDS]]);
        assert.deepEqual(normalise([[100, 100 + 2 * WEEK_SECONDS]]), ROUND_THE_CLOCK);
    });

    it("finds the gaps, and none in a full week", () => {
        assert.deepEqual(gaps(ROUND_THE_CLOCK), []);
        assert.deepEqual(gaps([]), ROUND_THE_CLOCK);
        assert.deepEqual(gaps([[H, 2 * H]]), [[0, H], [2 * H, WEEK_SECONDS]]);
        assert.deepEqual(union([[0, H]], [[H, WEEK_SECONDS]]), ROUND_THE_CLOCK);
    });

    it("names gaps by day and time, a gap over the week's end as one, and counts hours", () => {
        assert.equal(describe(gaps([[8 * H, 4 * DAY + 18 * H]])), "Fri 18:00 to Mon 08:00");
        assert.equal(duration(gaps([[8 * H, 4 * DAY + 18 * H]])), "62 h");
        assert.equal(duration([[0, 90 * 60]]), "1.5 h");
        assert.equal(duration([[0, 20 * 60]]), "20 min");
        assert.equal(duration([[0, 7]]), "7 s");
        assert.equal(describe([[DAY - 30, DAY]]), "Mon 23:59:30 to Tue 00:00");
        const many = [0, 1, 2, 3, 4].map((d) => [d * DAY, d * DAY + H] as const);
        assert.equal(describe(many), "Mon 00:00 to Mon 01:00, Tue 00:00 to Tue 01:00, Wed 00:00 to Wed 01:00 and 2 more");
    });

    it("reads daily and weekly restrictions, and a layer without any as round the clock", () => {
        assert.deepEqual(layerHours({ users: ["P1"] }, 0), { windows: ROUND_THE_CLOCK, restricted: undefined });
        assert.deepEqual(layerHours({ restrictions: [] }, 0), { windows: ROUND_THE_CLOCK, restricted: undefined });
        const daily = layerHours({ restrictions: [{ type: "daily_restriction", startTimeOfDay: "22:00:00", durationSeconds: 10 * H }] }, 0);
        assert.ok("windows" in daily);
        assert.equal(duration(daily.windows), "70 h");
        assert.equal(daily.windows[0][0], 0); // Sunday 22:00 runs into Monday 08:00
        const weekly = layerHours({ restrictions: [{ type: "weekly_restriction", startDayOfWeek: 7, startTimeOfDay: "20:00:00", durationSeconds: 12 * H }] }, 1);
        assert.deepEqual(weekly, { windows: [[0, 8 * H], [6 * DAY + 20 * H, WEEK_SECONDS]], restricted: "layer 2 is on call Sun 20:00 to Mon 08:00" });
        const whole = layerHours({ restrictions: [{ type: "daily_restriction", startTimeOfDay: "00:00:00", durationSeconds: DAY }] }, 0);
        assert.deepEqual(whole, { windows: ROUND_THE_CLOCK, restricted: undefined });
    });

    it("reports restrictions it cannot read, or that a preview does not know, and never reads them as cover", () => {
        assert.deepEqual(layerHours({ restrictions: UNKNOWN }, 0), { unseen: "the restrictions of layer 1 are unknown in preview" });
        assert.deepEqual(layerHours({ restrictions: { type: "daily_restriction", startTimeOfDay: "09:00:00", durationSeconds: H } }, 0),
            { unseen: "the restrictions of layer 1 are not a list" });
        assert.deepEqual(layerHours({ restrictions: [UNKNOWN] }, 0), { unseen: "restriction 1 of layer 1 is unknown in preview" });
        assert.deepEqual(layerHours({ restrictions: [null] }, 0),
            { unseen: "restriction 1 of layer 1 is not readable (startTimeOfDay 'null', durationSeconds 'null')" });
        // startDayOfWeek means nothing to a daily restriction: unknown there, it hides nothing.
        assert.equal(duration((layerHours({ restrictions: [{ type: "daily_restriction", startTimeOfDay: "09:00", durationSeconds: "28800", startDayOfWeek: UNKNOWN }] }, 0) as { windows: Windows }).windows), "56 h");
        assert.deepEqual(layerHours({ restrictions: [{ type: "weekly_restriction", startDayOfWeek: 8, startTimeOfDay: "09:00:00", durationSeconds: H }] }, 0),
            { unseen: "restriction 1 of layer 1 is not readable (startDayOfWeek '8' is not 1 to 7)" });
        assert.deepEqual(layerHours({ restrictions: [{ type: "daily_restriction", startTimeOfDay: "25:00:00", durationSeconds: H }] }, 0),
            { unseen: "restriction 1 of layer 1 is not readable (startTimeOfDay '25:00:00', durationSeconds '3600')" });
        assert.deepEqual(layerHours({ restrictions: [{ type: "daily_restriction", startTimeOfDay: "09:00:00", durationSeconds: UNKNOWN }] }, 0),
            { unseen: "restriction 1 of layer 1 is unknown in preview" });
    });

    it("knows a zone's offset from UTC on a given day, and no offset for a zone that does not exist", () => {
        assert.deepEqual(utcOffsets("Europe/Berlin", [Date.parse("2026-11-27T00:00:00Z"), Date.parse("2026-07-01T00:00:00Z")]), [H, 2 * H]);
        assert.deepEqual(utcOffsets("America/New_York", [Date.parse("2026-11-27T00:00:00Z")]), [-5 * H]);
        assert.deepEqual(utcOffsets("UTC", [Date.parse("2026-11-27T12:34:56.789Z")]), [0]);
        assert.equal(utcOffsets("Mars/Olympus_Mons", [Date.now()]), undefined);
        assert.deepEqual(shift([[0, H]], -H), [[WEEK_SECONDS - H, WEEK_SECONDS]]);
    });
});
