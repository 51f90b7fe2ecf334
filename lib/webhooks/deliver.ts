// One delivery attempt for a claimed delivery: load the endpoint and event, sign the body
// with every active secret, POST it, then record the outcome. The webhook-id is the event
// id, identical on every attempt, so receivers can deduplicate a resend.
import { db } from "@/lib/db";
import type { ClaimedDelivery } from "./claim";
import type { WebhookPayload } from "./events";
import { postWebhook, type AttemptResult } from "./post-webhook";
import { recordAttempt, type RecordedAttempt } from "./record-attempt";
import { activeSecrets, signedHeaders } from "./signing";
import type { Resolver } from "./ssrf";

export interface DeliverOptions {
  /** The attempt's time: it signs webhook-timestamp and schedules the retry. */
  now: Date;
  timeoutMs: number;
  allowPrivate: boolean;
  random?: () => number;
  resolve?: Resolver;
  /** Tests replace it to simulate a crash between sending and recording. */
  record?: typeof recordAttempt;
}

export type DeliverResult = RecordedAttempt | { outcome: "skipped"; nextAttemptAt: null };

export async function deliverClaimed(claim: ClaimedDelivery, options: DeliverOptions): Promise<DeliverResult> {
  const delivery = await db.webhookDelivery.findUnique({
    where: { id: claim.id },
    select: {
      endpoint: {
        select: { url: true, status: true, secret: true, previousSecret: true, previousSecretExpiresAt: true },
      },
      event: { select: { id: true, payload: true } },
    },
  });
  // Deleted, or disabled since the claim (which gave up its pending deliveries).
  if (!delivery || delivery.endpoint.status !== "enabled") return { outcome: "skipped", nextAttemptAt: null };

  // jsonb does not keep key order: restore the documented one.
  const { id, type, timestamp, data } = delivery.event.payload as unknown as WebhookPayload;
  const body = JSON.stringify({ id, type, timestamp, data });
  const headers = signedHeaders({
    id: delivery.event.id,
    body,
    sentAt: options.now,
    secrets: activeSecrets(delivery.endpoint, options.now),
  });
  const result: AttemptResult = await postWebhook({
    url: delivery.endpoint.url,
    body,
    headers: { ...headers },
    timeoutMs: options.timeoutMs,
    allowPrivate: options.allowPrivate,
    resolve: options.resolve,
  });
  return (options.record ?? recordAttempt)(claim, result, options.now, options.random);
}
