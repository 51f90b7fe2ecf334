import { randomBytes } from "node:crypto";
import Redis from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { KNOWN_FOR_MS, RedisKeyInvalidations } from "@/lib/keys/invalidation";
import { autoPipelined } from "@/lib/redis/client";
import { HttpRequester } from "@/lib/redis/http-requester";
import { REDIS_URL, setUpAppRedis } from "../helpers/redis";
import { TcpProxy } from "../helpers/tcp-proxy";

const redis = setUpAppRedis();
// Each instance talks to the bridge through its own link, so one can be cut.
let links: TcpProxy[] = [];

beforeAll(() => {
  links = [];
});
afterAll(async () => {
  await Promise.all(links.map((link) => link.stop()));
});

async function instance(): Promise<{ invalidations: RedisKeyInvalidations; link: TcpProxy }> {
  const address = new URL(redis.bridge.url);
  const link = new TcpProxy(address.hostname, Number(address.port));
  await link.start();
  links.push(link);
  const client = autoPipelined(
    new HttpRequester({ url: `http://127.0.0.1:${link.port}`, token: redis.bridge.token, timeoutMs: 500 }),
  );
  return { invalidations: new RedisKeyInvalidations(client), link };
}

const id = (kind: string) => `${kind}_${randomBytes(6).toString("hex")}`;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Asks as a busy instance does (every few ms) until it answers from its own copy. */
async function untilKnown(invalidations: RedisKeyInvalidations, keyId: string, teamId: string): Promise<number> {
  for (const deadline = Date.now() + 5_000; Date.now() < deadline; await sleep(5)) {
    const known = invalidations.latestKnown(keyId, teamId);
    if (known !== undefined) return known;
  }
  throw new Error("never answered without Redis");
}

describe("key invalidations shared through Redis", () => {
  it("answer from a copy of the announcements while it is fresh, and only ask Redis before the first read", async () => {
    const { invalidations } = await instance();
    const [keyId, teamId] = [id("key"), id("team")];
    expect(invalidations.latestKnown(keyId, teamId)).toBeUndefined();
    expect(await untilKnown(invalidations, keyId, teamId)).toBe(0);
  });

  it("make every later request on another busy instance see a revocation, never the copy from before it", async () => {
    const [revoking, other] = [await instance(), await instance()];
    const teamId = id("team");
    const keyIds = Array.from({ length: 6 }, () => id("key"));
    await untilKnown(other.invalidations, keyIds[0]!, teamId);

    // The other instance keeps serving requests (and so re-reading the log) throughout.
    let busy = true;
    const traffic = (async () => {
      while (busy) {
        for (const keyId of keyIds) other.invalidations.latestKnown(keyId, teamId);
        await sleep(3);
      }
    })();
    try {
      for (const keyId of keyIds) {
        const announcedAfter = Date.now();
        await revoking.invalidations.invalidateKey(keyId);
        // Right after the revocation resolves: either a current answer, or "ask Redis".
        const known = other.invalidations.latestKnown(keyId, teamId);
        if (known !== undefined) expect(known).toBeGreaterThanOrEqual(announcedAfter);
        expect(await untilKnown(other.invalidations, keyId, teamId)).toBeGreaterThanOrEqual(announcedAfter);
        expect(await untilKnown(revoking.invalidations, keyId, teamId)).toBeGreaterThanOrEqual(announcedAfter);
      }
    } finally {
      busy = false;
      await traffic;
    }
  });

  it("cover every key of a team when the team's plan changes", async () => {
    const [changing, other] = [await instance(), await instance()];
    const [keyId, teamId] = [id("key"), id("team")];
    await untilKnown(other.invalidations, keyId, teamId);
    const announcedAfter = Date.now();
    await changing.invalidations.invalidateTeam(teamId);
    expect(await untilKnown(other.invalidations, keyId, teamId)).toBeGreaterThanOrEqual(announcedAfter);
    expect(await untilKnown(other.invalidations, id("key"), id("team"))).toBe(0);
  });

  it("stop answering from the copy once Redis cannot be read, so requests ask (and fail closed)", async () => {
    const { invalidations, link } = await instance();
    const [keyId, teamId] = [id("key"), id("team")];
    await untilKnown(invalidations, keyId, teamId);
    await link.stop();
    await sleep(KNOWN_FOR_MS + 50);
    for (let i = 0; i < 5; i++, await sleep(20)) expect(invalidations.latestKnown(keyId, teamId)).toBeUndefined();
    await link.start();
    expect(await untilKnown(invalidations, keyId, teamId)).toBe(0);
  });

  it("count every cached key as changed once Redis has lost the announcements (a flush, a restart without persistence)", async () => {
    const { invalidations } = await instance();
    const [keyId, teamId] = [id("key"), id("team")];
    expect(await untilKnown(invalidations, keyId, teamId)).toBe(0);
    await sleep(2 * KNOWN_FOR_MS);
    expect(await untilKnown(invalidations, keyId, teamId)).toBe(0);

    const direct = new Redis(REDIS_URL);
    await direct.del(`${redis.prefix}inv:log`, `${redis.prefix}inv:epoch`);
    direct.disconnect();
    const lostAfter = Date.now();
    await sleep(2 * KNOWN_FOR_MS);
    expect(await untilKnown(invalidations, keyId, teamId)).toBeGreaterThanOrEqual(lostAfter);
  });
});
