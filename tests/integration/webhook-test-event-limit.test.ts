// "Send test event" within its per-minute budgets, per endpoint and per team: the API route
// (429 problem+json with Retry-After) and the settings action (a readable message), over the
// real limiter (the Upstash bridge to the machine's Redis) and database.
import { describe, expect, it } from "vitest";
import { sendTestEventFromForm } from "@/app/(dashboard)/settings/developer/webhooks/webhook-form-handlers";
import { OPERATIONS } from "@/lib/api/v1/operations";
import { createEndpoint } from "@/lib/webhooks/endpoints";
import { TEST_EVENTS_PER_ENDPOINT_PER_MINUTE, TEST_EVENTS_PER_TEAM_PER_MINUTE } from "@/lib/webhooks/test-event-limit";
import { db } from "../helpers/database";
import { createMember } from "../helpers/factories";
import { apiTeam } from "../helpers/v1-fixtures";
import { callOperation } from "../helpers/v1-routes";
import { setUpV1Test } from "../helpers/v1-setup";

setUpV1Test();

// An address literal: no DNS, and nothing is delivered (no worker runs here).
const PUBLIC_URL = "https://93.184.215.14/hooks/mavio";

async function teamWithEndpoints(count: number) {
  const team = await apiTeam();
  const key = await team.keyWith(["webhooks:manage"]);
  const endpointIds: string[] = [];
  for (let i = 0; i < count; i++)
    endpointIds.push(
      (await createEndpoint(team.team.id, { url: `${PUBLIC_URL}/${i}`, enabled_events: ["meeting.created"] })).id,
    );
  const sendTest = async (id: string) => {
    const response = await callOperation(OPERATIONS.sendWebhookTestEvent, { key, params: { id } });
    return {
      status: response.status,
      headers: response.headers,
      body: (await response.json()) as Record<string, unknown>,
    };
  };
  return { ...team, endpointIds, sendTest };
}

const testEventsOf = (teamId: string) => db.webhookEvent.count({ where: { teamId, type: "webhook.test" } });

describe("the test-event budget", () => {
  it("answers 429 problem+json with Retry-After past the per-endpoint budget, queues nothing, and leaves the team's other endpoints alone", async () => {
    const { team, endpointIds, sendTest } = await teamWithEndpoints(2);
    const [busy, other] = endpointIds;
    for (let i = 0; i < TEST_EVENTS_PER_ENDPOINT_PER_MINUTE; i++) expect((await sendTest(busy)).status).toBe(202);

    const refused = await sendTest(busy);
    expect(refused.status).toBe(429);
    expect(refused.headers.get("content-type")).toBe("application/problem+json");
    expect(refused.body).toMatchObject({
      type: "https://docs.mavio.dev/errors/rate_limited",
      status: 429,
      code: "rate_limited",
      detail: expect.stringMatching(
        new RegExp(
          `^At most ${TEST_EVENTS_PER_ENDPOINT_PER_MINUTE} test events per minute can be sent to one endpoint\\. Try again in \\d+ s\\.$`,
        ),
      ),
    });
    const retryAfter = Number(refused.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(await db.webhookDelivery.count({ where: { endpointId: busy } })).toBe(TEST_EVENTS_PER_ENDPOINT_PER_MINUTE);
    expect(await testEventsOf(team.id)).toBe(TEST_EVENTS_PER_ENDPOINT_PER_MINUTE);

    expect((await sendTest(other)).status).toBe(202);
  });

  it("caps the team over all its endpoints, and no other team shares the budget", async () => {
    const endpointCount = Math.ceil(TEST_EVENTS_PER_TEAM_PER_MINUTE / TEST_EVENTS_PER_ENDPOINT_PER_MINUTE) + 1;
    const { team, endpointIds, sendTest } = await teamWithEndpoints(endpointCount);
    const neighbour = await teamWithEndpoints(1);
    for (let sent = 0; sent < TEST_EVENTS_PER_TEAM_PER_MINUTE; sent++) {
      expect((await sendTest(endpointIds[Math.floor(sent / TEST_EVENTS_PER_ENDPOINT_PER_MINUTE)])).status).toBe(202);
    }

    const refused = await sendTest(endpointIds.at(-1)!); // an endpoint with its own budget untouched
    expect(refused.status).toBe(429);
    expect(refused.body.detail).toMatch(
      new RegExp(
        `^Your team can send at most ${TEST_EVENTS_PER_TEAM_PER_MINUTE} test events per minute\\. Try again in \\d+ s\\.$`,
      ),
    );
    expect(refused.headers.get("retry-after")).toMatch(/^\d+$/);
    expect(await testEventsOf(team.id)).toBe(TEST_EVENTS_PER_TEAM_PER_MINUTE);

    expect((await neighbour.sendTest(neighbour.endpointIds[0])).status).toBe(202);
  });

  it("tells the person in the settings why the test event was not sent", async () => {
    const { team, endpointIds } = await teamWithEndpoints(1);
    const admin = await createMember(team.id, "admin");
    const ref = { endpointId: endpointIds[0] };
    for (let i = 0; i < TEST_EVENTS_PER_ENDPOINT_PER_MINUTE; i++)
      expect(await sendTestEventFromForm(admin, team.id, ref)).toMatchObject({ ok: true });

    expect(await sendTestEventFromForm(admin, team.id, ref)).toEqual({
      ok: false,
      formError: expect.stringMatching(
        new RegExp(
          `^At most ${TEST_EVENTS_PER_ENDPOINT_PER_MINUTE} test events per minute can be sent to one endpoint\\. Try again in \\d+ s\\.$`,
        ),
      ),
    });
    expect(await testEventsOf(team.id)).toBe(TEST_EVENTS_PER_ENDPOINT_PER_MINUTE);
  });
});
