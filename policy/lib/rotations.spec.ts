import * as assert from "node:assert/strict";
import { describe, it } from "node:test";
import { firstSharedTurn, HORIZON_MS, onCallAt, Rotation } from "./rotations";

const H = 3_600_000;
const weekly = (people: string[], virtualStartMs = 0): Rotation => ({ people, virtualStartMs, turnMs: 168 * H });

describe("rotations", () => {
    it("puts users on call in turn, before the virtual start too", () => {
        const r = weekly(["a", "b", "c"]);
        assert.deepEqual([0, 168 * H, 2 * 168 * H, 3 * 168 * H].map((t) => onCallAt(r, t)), ["a", "b", "c", "a"]);
        assert.equal(onCallAt(r, -1), "c");
    });

    it("finds the first turn two sources share, or none over their joint cycle", () => {
        assert.equal(firstSharedTurn(weekly(["a", "b"]), weekly(["b", "a"]), 0), undefined);
        assert.equal(firstSharedTurn(weekly(["a", "b"]), weekly(["c", "b"]), 0), 168 * H);
        assert.equal(firstSharedTurn(weekly(["a", "b"]), "b", 10), 168 * H);
        assert.equal(firstSharedTurn("a", weekly(["a", "b"]), 10), 10);
        assert.equal(firstSharedTurn(weekly(["a", "b"]), "c", 0), undefined);
        // Cycles of 2 and 3 weeks repeat together every 6: b meets b only in week 5.
        assert.equal(firstSharedTurn(weekly(["a", "b"]), weekly(["x", "y", "b"]), 0), 5 * 168 * H);
        assert.equal(firstSharedTurn(weekly(["a", "b"]), weekly(["x", "y", "z"]), 0), undefined);
    });

    it("cannot tell when the joint cycle is longer than the horizon", () => {
        const slow = { people: ["a", "b"], virtualStartMs: 0, turnMs: HORIZON_MS };
        assert.equal(firstSharedTurn(slow, weekly(["c", "d"]), 0), "cannot tell");
        // A user meets a rotation that names them at their turn, however long the cycle.
        assert.equal(firstSharedTurn(slow, "b", 0), HORIZON_MS);
    });
});
