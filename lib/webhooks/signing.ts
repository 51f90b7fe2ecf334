// Standard Webhooks v1 signatures (https://www.standardwebhooks.com): HMAC-SHA256 over
// `${webhook-id}.${webhook-timestamp}.${body}`, base64, sent as `v1,<signature>`. During a
// secret rotation both secrets sign, space-separated, so receivers verify with either.
import { createHmac } from "node:crypto";
import { webhookSecretKey } from "./secrets";

export interface EndpointSecrets {
  secret: string;
  previousSecret: string | null;
  previousSecretExpiresAt: Date | null;
}

/** The secrets that sign at `now`: the current one, and the previous one until it expires. */
export function activeSecrets(endpoint: EndpointSecrets, now: Date): string[] {
  const previousActive =
    endpoint.previousSecret && endpoint.previousSecretExpiresAt && endpoint.previousSecretExpiresAt > now;
  return previousActive ? [endpoint.secret, endpoint.previousSecret!] : [endpoint.secret];
}

/** `v1,<base64 HMAC-SHA256>` of one message under one secret. */
export function sign(secret: string, id: string, timestampSeconds: number, body: string): string {
  const mac = createHmac("sha256", webhookSecretKey(secret))
    .update(`${id}.${timestampSeconds}.${body}`)
    .digest("base64");
  return `v1,${mac}`;
}

export interface SignedHeaders {
  "webhook-id": string;
  "webhook-timestamp": string;
  "webhook-signature": string;
}

/** The three Standard Webhooks headers for a body sent at `sentAt`. */
export function signedHeaders(input: { id: string; body: string; sentAt: Date; secrets: string[] }): SignedHeaders {
  if (input.secrets.length === 0) throw new Error("At least one secret must sign.");
  const timestamp = Math.floor(input.sentAt.getTime() / 1000);
  return {
    "webhook-id": input.id,
    "webhook-timestamp": String(timestamp),
    "webhook-signature": input.secrets.map((secret) => sign(secret, input.id, timestamp, input.body)).join(" "),
  };
}
