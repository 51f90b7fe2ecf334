import { beforeAll, describe, expect, it } from "vitest";
import { OPERATIONS } from "@/lib/api/v1/operations";
import { apiTeam, seedContent, type SeededContent } from "../helpers/v1-fixtures";
import { callOperation } from "../helpers/v1-routes";
import { setUpV1Test } from "../helpers/v1-setup";

setUpV1Test();

let key: string;
let theirs: SeededContent;

beforeAll(async () => {
  const [home, away] = await Promise.all([apiTeam(), apiTeam()]);
  key = await home.allScopes();
  theirs = await seedContent(away.team.id);
});

const NEVER_ISSUED = "mtg_000000000000000000000000";

async function timedNotFound(id: string) {
  const started = performance.now();
  const response = await callOperation(OPERATIONS.getMeeting, { key, params: { id } });
  const elapsed = performance.now() - started;
  expect(response.status).toBe(404);
  const body = await response.json();
  return { elapsed, body: { ...body, detail: body.detail.replace(id, "<id>"), request_id: "<id>" } };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

describe("another team's objects", () => {
  it("cannot be told apart from objects that never existed: same 404, same timing class", async () => {
    const foreign: number[] = [];
    const missing: number[] = [];
    let foreignBody: unknown;
    let missingBody: unknown;
    for (let round = 0; round < 60; round++) {
      const [a, b] = round % 2 ? [theirs.meetingId, NEVER_ISSUED] : [NEVER_ISSUED, theirs.meetingId];
      for (const id of [a, b]) {
        const result = await timedNotFound(id);
        if (id === NEVER_ISSUED) {
          missing.push(result.elapsed);
          missingBody = result.body;
        } else {
          foreign.push(result.elapsed);
          foreignBody = result.body;
        }
      }
    }
    expect(foreignBody).toEqual(missingBody);
    // One indexed lookup scoped to the caller's team either way; allow scheduling noise.
    const [foreignMedian, missingMedian] = [median(foreign), median(missing)];
    expect(Math.abs(foreignMedian - missingMedian)).toBeLessThan(
      Math.max(2, 0.5 * Math.min(foreignMedian, missingMedian)),
    );
  });
});
