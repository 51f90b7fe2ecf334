import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * Disables an endpoint with the reason the team sees, and gives up its pending deliveries:
 * a disabled endpoint receives nothing, and enabling it again does not replay the backlog.
 */
export async function disableEndpoint(tx: Prisma.TransactionClient, endpointId: string, reason: string): Promise<void> {
  await tx.webhookEndpoint.updateMany({
    where: { id: endpointId },
    data: { status: "disabled", disabledReason: reason },
  });
  await tx.webhookDelivery.updateMany({
    where: { endpointId, status: "pending" },
    data: { status: "failed", nextAttemptAt: null },
  });
}
