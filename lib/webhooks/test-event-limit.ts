// "Send test event" (the settings button and POST /webhook-endpoints/{id}/test) within a
// per-minute budget. Each test event is a real delivery: unbounded, one team could fill the
// delivery queue, and aim a stream of signed requests at any host it registers.
import { ApiError } from "@/lib/http/errors";
import { rateLimiter, type RateLimitDecision } from "@/lib/ratelimit";
import { retryAfterSeconds } from "@/lib/ratelimit/headers";
import { sendTestEvent } from "./endpoints";
import type { TestEventResult } from "./schemas";

export const TEST_EVENTS_PER_ENDPOINT_PER_MINUTE = 5;
export const TEST_EVENTS_PER_TEAM_PER_MINUTE = 20;

function refusal(decision: RateLimitDecision, limitText: string): ApiError {
  const seconds = retryAfterSeconds(decision);
  return new ApiError(
    "rate_limited",
    `${limitText} Try again in ${seconds} s.`,
    {},
    { "Retry-After": String(seconds) },
  );
}

/**
 * Refuses with a 429 (rate_limited, Retry-After) past either budget. The endpoint's bucket
 * is the team's own (team and endpoint id), so no other team can use it up; it is checked
 * first, so clicking one endpoint's button again and again leaves the team's other endpoints
 * their share.
 */
async function assertTestEventAllowed(teamId: string, endpointId: string): Promise<void> {
  const perEndpoint = await rateLimiter().limit(
    `webhook-test:${teamId}:${endpointId}`,
    TEST_EVENTS_PER_ENDPOINT_PER_MINUTE,
  );
  if (!perEndpoint.success) {
    throw refusal(
      perEndpoint,
      `At most ${TEST_EVENTS_PER_ENDPOINT_PER_MINUTE} test events per minute can be sent to one endpoint.`,
    );
  }
  const perTeam = await rateLimiter().limit(`webhook-test:${teamId}`, TEST_EVENTS_PER_TEAM_PER_MINUTE);
  if (!perTeam.success) {
    throw refusal(perTeam, `Your team can send at most ${TEST_EVENTS_PER_TEAM_PER_MINUTE} test events per minute.`);
  }
}

/** sendTestEvent within the budgets: what the settings action and the API route call. */
export async function sendTestEventWithinLimits(teamId: string, endpointId: string): Promise<TestEventResult> {
  await assertTestEventAllowed(teamId, endpointId);
  return sendTestEvent(teamId, endpointId);
}
