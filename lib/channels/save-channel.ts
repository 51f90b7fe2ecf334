import { DomainError } from "@/lib/errors/domain-error";
import { db } from "@/lib/db";
import { isUniqueViolation } from "@/lib/db/errors";
import { channelNotFound, emitChannelUpdated, getChannelOrThrow } from "./get-channel-or-throw";
import type { ChannelResource, CreateChannelInput, UpdateChannelInput } from "./schemas";

function nameTaken(name: string): DomainError {
  return new DomainError("conflict", `A channel named "${name}" already exists in this team.`, {
    fieldErrors: [{ field: "name", message: "Already used by another channel." }],
  });
}

/** Creates a channel. API.md has no channel.created event: nothing is announced. */
export async function createChannel(teamId: string, input: CreateChannelInput): Promise<ChannelResource> {
  let id: string;
  try {
    id = await db.$transaction(
      async (tx) => (await tx.channel.create({ data: { teamId, ...input }, select: { id: true } })).id,
    );
  } catch (error) {
    if (isUniqueViolation(error)) throw nameTaken(input.name);
    throw error;
  }
  return getChannelOrThrow(teamId, id);
}

/** Changes the fields sent and announces channel.updated. */
export async function updateChannel(teamId: string, id: string, input: UpdateChannelInput): Promise<ChannelResource> {
  try {
    return await db.$transaction(async (tx) => {
      const { count } = await tx.channel.updateMany({ where: { id, teamId }, data: input });
      if (count === 0) throw channelNotFound(id);
      return emitChannelUpdated(tx, teamId, id);
    });
  } catch (error) {
    if (isUniqueViolation(error) && input.name) throw nameTaken(input.name);
    throw error;
  }
}

/**
 * Deletes the channel and its member and meeting links; the meetings themselves stay.
 * API.md has no channel.deleted event: nothing is announced.
 */
export async function deleteChannel(teamId: string, id: string): Promise<void> {
  await db.$transaction(async (tx) => {
    const { count } = await tx.channel.deleteMany({ where: { id, teamId } });
    if (count === 0) throw channelNotFound(id);
  });
}
