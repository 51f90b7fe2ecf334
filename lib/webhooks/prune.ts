import { db } from "@/lib/db";

/** How long events, their deliveries and attempts stay listed. */
export const EVENT_RETENTION_MS = 30 * 24 * 60 * 60 * 1000;

/**
 * Deletes events older than the retention (deliveries and attempts go with them). Events
 * still owed a delivery are kept; retries end within a day, so none is that old normally.
 */
export async function pruneWebhookEvents(now: Date): Promise<number> {
  const { count } = await db.webhookEvent.deleteMany({
    where: {
      createdAt: { lt: new Date(now.getTime() - EVENT_RETENTION_MS) },
      fannedOutAt: { not: null },
      deliveries: { none: { status: "pending" } },
    },
  });
  return count;
}
