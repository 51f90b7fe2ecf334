// Endpoint signing secrets in the Standard Webhooks format: `whsec_` + base64 of random
// bytes. Shown to the team once (create and rotate responses), stored to sign deliveries.
import { randomBytes } from "node:crypto";

export const WEBHOOK_SECRET_PREFIX = "whsec_";
/** Standard Webhooks asks for 24 to 64 bytes; 32 matches the HMAC-SHA256 block of security. */
export const WEBHOOK_SECRET_BYTES = 32;

export function generateWebhookSecret(): string {
  return WEBHOOK_SECRET_PREFIX + randomBytes(WEBHOOK_SECRET_BYTES).toString("base64");
}

/** The HMAC key: the bytes base64-encoded after `whsec_`. */
export function webhookSecretKey(secret: string): Buffer {
  if (!secret.startsWith(WEBHOOK_SECRET_PREFIX)) throw new Error("A webhook secret starts with whsec_.");
  const key = Buffer.from(secret.slice(WEBHOOK_SECRET_PREFIX.length), "base64");
  if (key.length < 24) throw new Error("A webhook secret holds at least 24 bytes.");
  return key;
}
