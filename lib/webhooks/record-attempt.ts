// Recording what one attempt did, after the HTTP call returned: the attempt row, the
// delivery's new state (succeeded, retry at, failed) and the endpoint's health, in one
// transaction. Until this commits the delivery stays pending under its lease, so a crash
// between sending and recording means the delivery is sent again (at-least-once).
import { db } from "@/lib/db";
import type { ClaimedDelivery } from "./claim";
import { disableEndpoint } from "./disable-endpoint";
import { verdictOf, type AttemptResult } from "./post-webhook";
import { GONE_REASON, healthAfterFailure, retryDelayMs } from "./schedule";

export type AttemptOutcome =
  | "succeeded"
  | "retry_scheduled"
  | "failed"
  | "endpoint_disabled"
  /** Another worker holds the delivery now (our lease ran out): the attempt is listed, its state untouched. */
  | "lease_lost";

export interface RecordedAttempt {
  outcome: AttemptOutcome;
  nextAttemptAt: Date | null;
}

function failureSummary(result: AttemptResult): string {
  return result.error ?? `HTTP ${result.statusCode}`;
}

export async function recordAttempt(
  claim: ClaimedDelivery,
  result: AttemptResult,
  attemptedAt: Date,
  random: () => number = Math.random,
): Promise<RecordedAttempt> {
  const verdict = verdictOf(result);
  const attemptCount = claim.attemptCount + 1;
  const delay = verdict === "failed" ? retryDelayMs(attemptCount, random) : null;
  const nextAttemptAt = delay === null ? null : new Date(attemptedAt.getTime() + delay);
  const status = verdict === "succeeded" ? "succeeded" : nextAttemptAt ? "pending" : "failed";

  return db.$transaction(async (tx) => {
    const held = await tx.webhookDelivery.updateMany({
      where: { id: claim.id, status: "pending", nextAttemptAt: claim.leaseUntil },
      data: { status, attemptCount, nextAttemptAt, leasedUntil: null },
    });
    const exists = held.count === 1 || (await tx.webhookDelivery.count({ where: { id: claim.id } })) === 1;
    if (!exists) return { outcome: "lease_lost", nextAttemptAt: null }; // deleted with its endpoint meanwhile
    await tx.webhookDeliveryAttempt.create({
      data: {
        deliveryId: claim.id,
        attemptedAt,
        statusCode: result.statusCode,
        durationMs: result.durationMs,
        error: result.error,
        responseBody: result.responseBody,
      },
      select: { id: true },
    });
    if (held.count === 0) return { outcome: "lease_lost", nextAttemptAt: null };

    if (verdict === "succeeded") {
      await tx.webhookEndpoint.updateMany({
        where: { id: claim.endpointId, failingSince: { not: null } },
        data: { failingSince: null },
      });
      return { outcome: "succeeded", nextAttemptAt: null };
    }
    if (verdict === "gone") {
      await disableEndpoint(tx, claim.endpointId, GONE_REASON);
      return { outcome: "endpoint_disabled", nextAttemptAt: null };
    }

    await tx.webhookEndpoint.updateMany({
      where: { id: claim.endpointId, failingSince: null },
      data: { failingSince: attemptedAt },
    });
    const endpoint = await tx.webhookEndpoint.findUnique({
      where: { id: claim.endpointId },
      select: { failingSince: true, status: true },
    });
    const health = healthAfterFailure(endpoint?.failingSince ?? attemptedAt, attemptedAt, failureSummary(result));
    if (health.disabledReason && endpoint?.status === "enabled") {
      await disableEndpoint(tx, claim.endpointId, health.disabledReason);
      return { outcome: "endpoint_disabled", nextAttemptAt: null };
    }
    return nextAttemptAt ? { outcome: "retry_scheduled", nextAttemptAt } : { outcome: "failed", nextAttemptAt: null };
  });
}
