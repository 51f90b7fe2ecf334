import { ApiError } from "@/lib/api/errors";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ChannelResource } from "./schemas";
import { CHANNEL_SELECT, serializeChannel } from "./serialize-channel";

export function channelNotFound(id: string): ApiError {
  return new ApiError("not_found", `No channel ${id} in this team.`);
}

export async function getChannelOrThrow(teamId: string, id: string): Promise<ChannelResource> {
  const row = await db.channel.findFirst({ where: { id, teamId }, select: CHANNEL_SELECT });
  if (!row) throw channelNotFound(id);
  return serializeChannel(row);
}

/** For /channels/{id}/...: the channel must be this team's, else 404. */
export async function assertChannelInTeam(client: Prisma.TransactionClient, teamId: string, id: string): Promise<void> {
  const row = await client.channel.findFirst({ where: { id, teamId }, select: { id: true } });
  if (!row) throw channelNotFound(id);
}

/** Membership and meeting changes count as changes to the channel. */
export async function touchChannel(tx: Prisma.TransactionClient, teamId: string, id: string): Promise<void> {
  await tx.channel.update({ where: { id, teamId }, data: { updatedAt: new Date() }, select: { id: true } });
}
