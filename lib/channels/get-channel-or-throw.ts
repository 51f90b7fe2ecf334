import { DomainError } from "@/lib/errors/domain-error";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { emitWebhookEvent } from "@/lib/webhooks/events";
import type { ChannelResource } from "./schemas";
import { CHANNEL_SELECT, serializeChannel } from "./serialize-channel";

export function channelNotFound(id: string): DomainError {
  return new DomainError("not_found", `No channel ${id} in this team.`);
}

/** The Channel object; pass a transaction client to read (and announce) it inside a change. */
export async function getChannelOrThrow(
  teamId: string,
  id: string,
  client: Prisma.TransactionClient = db,
): Promise<ChannelResource> {
  const row = await client.channel.findFirst({ where: { id, teamId }, select: CHANNEL_SELECT });
  if (!row) throw channelNotFound(id);
  return serializeChannel(row);
}

/** For /channels/{id}/...: the channel must be this team's, else 404. */
export async function assertChannelInTeam(client: Prisma.TransactionClient, teamId: string, id: string): Promise<void> {
  const row = await client.channel.findFirst({ where: { id, teamId }, select: { id: true } });
  if (!row) throw channelNotFound(id);
}

/** Announces channel.updated with the channel as the change leaves it, inside the change's transaction. */
export async function emitChannelUpdated(
  tx: Prisma.TransactionClient,
  teamId: string,
  id: string,
): Promise<ChannelResource> {
  const channel = await getChannelOrThrow(teamId, id, tx);
  await emitWebhookEvent(tx, { teamId, type: "channel.updated", object: channel });
  return channel;
}

/**
 * Membership and meeting changes count as changes to the channel: its updated_at moves
 * and channel.updated is announced (with the new member_count / meeting_count).
 */
export async function markChannelChanged(tx: Prisma.TransactionClient, teamId: string, id: string): Promise<void> {
  await tx.channel.update({ where: { id, teamId }, data: { updatedAt: new Date() }, select: { id: true } });
  await emitChannelUpdated(tx, teamId, id);
}
