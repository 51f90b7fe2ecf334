import { newestFirst } from "@/lib/http/pagination";
import type { Page } from "@/lib/http/wire-schemas";
import { db } from "@/lib/db";
import type { ChannelResource, ListChannelsQuery } from "./schemas";
import { CHANNEL_SELECT, serializeChannel } from "./serialize-channel";

export const CHANNELS_KEYSET = newestFirst("chn");

export async function listChannels(teamId: string, query: ListChannelsQuery): Promise<Page<ChannelResource>> {
  const rows = await db.channel.findMany({
    where: { teamId, visibility: query.visibility, AND: [CHANNELS_KEYSET.after(CHANNELS_KEYSET.decode(query.cursor))] },
    select: CHANNEL_SELECT,
    orderBy: CHANNELS_KEYSET.orderBy(),
    take: CHANNELS_KEYSET.take(query.limit),
  });
  return CHANNELS_KEYSET.page(rows, query.limit, serializeChannel);
}
