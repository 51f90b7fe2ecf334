import { createServer, type Server, type Socket } from "node:net";
import { Redis, type Requester, type UpstashRequest } from "@upstash/redis";
import { afterAll, describe, expect, it } from "vitest";
import { autoPipelined } from "@/lib/redis/client";
import { HttpRequester } from "@/lib/redis/http-requester";
import { sha1, stripUpstashShebang } from "@/lib/upstash-bridge/protocol";
import { setUpUpstashBridge } from "../helpers/redis";

const context = setUpUpstashBridge();

type Client = (token?: string) => Redis;

// The library's own transport in both reply encodings, and the app's.
const transports: [string, Client][] = [
  [
    "fetch with base64 replies",
    (token) =>
      new Redis({
        url: context.bridge.url,
        token: token ?? context.bridge.token,
        responseEncoding: "base64",
        enableAutoPipelining: false,
        retry: false,
      }),
  ],
  [
    "fetch with plain replies",
    (token) =>
      new Redis({
        url: context.bridge.url,
        token: token ?? context.bridge.token,
        responseEncoding: false,
        enableAutoPipelining: false,
        retry: false,
      }),
  ],
  [
    "the app's node:http requester",
    (token) =>
      new Redis(new HttpRequester({ url: context.bridge.url, token: token ?? context.bridge.token, timeoutMs: 2_000 })),
  ],
];
describe.each(transports)("the Upstash REST bridge, driven by @upstash/redis over %s", (transport, client) => {
  // Each transport's suite has its own keys (and scripts): they share one Redis.
  const key = (name: string) => `${context.prefix}${transport}:${name}`;

  it("round-trips strings: unicode, binary-looking, JSON-looking and empty", async () => {
    const redis = client();
    const values = ["plain", "naïve café ☕ 日本語 🎉", "T0s=", "\u0000\u0001\u00ff", "", "123abc", " spaced "];
    for (const [index, value] of values.entries()) {
      await redis.set(key(`s${index}`), value);
      expect(await redis.get<string>(key(`s${index}`))).toBe(value);
    }
  });

  it("returns numbers as numbers and missing values as null", async () => {
    const redis = client();
    expect(await redis.incr(key("counter"))).toBe(1);
    expect(await redis.incrby(key("counter"), 41)).toBe(42);
    expect(await redis.get(key("missing"))).toBeNull();
    expect(await redis.exists(key("counter"), key("missing"))).toBe(1);
  });

  it("returns arrays, including nested ones and nulls inside them", async () => {
    const redis = client();
    await redis.rpush(key("list"), "a", "ü", "c");
    expect(await redis.lrange(key("list"), 0, -1)).toEqual(["a", "ü", "c"]);
    await redis.set(key("x"), "1");
    expect(await redis.mget(key("x"), key("nope"))).toEqual([1, null]);
    await redis.hset(key("hash"), { field: "välue" });
    expect(await redis.hgetall(key("hash"))).toEqual({ field: "välue" });
  });

  it("runs pipelines in order with per-command errors", async () => {
    const redis = client();
    const pipe = redis.pipeline();
    pipe.set(key("p"), "1");
    pipe.incr(key("p"));
    pipe.get(key("p"));
    expect(await pipe.exec()).toEqual(["OK", 2, 2]);

    const failing = redis.pipeline();
    failing.set(key("str"), "text");
    failing.incr(key("str"));
    await expect(failing.exec()).rejects.toThrow(/not an integer/);
  });

  it("runs transactions atomically through /multi-exec", async () => {
    const redis = client();
    const tx = redis.multi();
    tx.set(key("t"), "10");
    tx.decrby(key("t"), 3);
    tx.get(key("t"));
    expect(await tx.exec()).toEqual(["OK", 7, 7]);
  });

  it("passes Redis error text through unchanged", async () => {
    const redis = client();
    await redis.set(key("e"), "text");
    await expect(redis.incr(key("e"))).rejects.toThrow("ERR value is not an integer or out of range");
  });

  it("refuses a wrong token", async () => {
    await expect(client("wrong").get(key("any"))).rejects.toThrow(/Unauthorized/);
  });

  it("falls back EVALSHA -> NOSCRIPT -> EVAL, strips the Upstash-only flag, then serves EVALSHA from cache", async () => {
    const redis = client();
    const script = `#!lua flags=allow-key-locking\nreturn redis.call('INCR', KEYS[1]) -- ${key("lua")}`;
    const sha = sha1(script);
    await expect(redis.evalsha(sha, [key("lua")], [])).rejects.toThrow(/NOSCRIPT/);
    expect(await redis.eval(script, [key("lua")], [])).toBe(1);
    expect(await redis.evalsha(sha, [key("lua")], [])).toBe(2);
    expect(stripUpstashShebang(script)).toBe(`return redis.call('INCR', KEYS[1]) -- ${key("lua")}`);
  });

  // The shapes Upstash returns (RESP2), which @upstash/redis's parsers are written for.
  it("answers XREAD and XREADGROUP as Upstash does: [[stream, [[id, [field, value]]]]]", async () => {
    const redis = client();
    const id = await redis.xadd(key("stream"), "*", { event: "joined" });
    expect(await redis.xread(key("stream"), "0")).toEqual([[key("stream"), [[id, ["event", "joined"]]]]]);
    await redis.xgroup(key("stream"), { type: "CREATE", group: "workers", id: "0" });
    expect(await redis.xreadgroup("workers", "w1", key("stream"), ">")).toEqual([
      [key("stream"), [[id, ["event", "joined"]]]],
    ]);
  });

  it("answers ZRANGE ... WITHSCORES and HRANDFIELD ... WITHVALUES as flat lists", async () => {
    const redis = client();
    await redis.zadd(key("zset"), { score: 1.5, member: "a" }, { score: 2, member: "b" });
    expect(await redis.zrange(key("zset"), 0, -1, { withScores: true })).toEqual(["a", 1.5, "b", 2]);
    await redis.hset(key("fields"), { only: "one" });
    expect(await redis.hrandfield(key("fields"), 1, true)).toEqual({ only: "one" });
  });
});

describe("the Upstash REST bridge, whatever the case of a command's name", () => {
  const key = (name: string) => `${context.prefix}case:${name}`;
  async function send(command: (string | number)[]): Promise<unknown> {
    const response = await fetch(context.bridge.url, {
      method: "POST",
      headers: { authorization: `Bearer ${context.bridge.token}` },
      body: JSON.stringify(command),
    });
    return ((await response.json()) as { result: unknown }).result;
  }

  it.each([
    ["XREAD", ["STREAMS", key("stream"), "0"], (id: string) => [[key("stream"), [[id, ["event", "joined"]]]]]],
    [
      "XREADGROUP",
      ["GROUP", "g", "c", "STREAMS", key("stream"), ">"],
      (id: string) => [[key("stream"), [[id, ["event", "joined"]]]]],
    ],
    ["ZRANGE", [key("zset"), 0, -1, "WITHSCORES"], () => ["a", "1.5"]],
    ["HRANDFIELD", [key("hash"), 1, "WITHVALUES"], () => ["only", "one"]],
    ["HGETALL", [key("hash")], () => ["only", "one"]],
  ] as const)("%s answers the same shape in upper and lower case", async (name, args, expected) => {
    await send(["DEL", key("stream"), key("zset"), key("hash")]);
    const id = (await send(["XADD", key("stream"), "*", "event", "joined"])) as string;
    await send(["ZADD", key("zset"), 1.5, "a"]);
    await send(["HSET", key("hash"), "only", "one"]);
    for (const commandName of [name, name.toLowerCase()]) {
      await send(["XGROUP", "DESTROY", key("stream"), "g"]);
      await send(["XGROUP", "CREATE", key("stream"), "g", "0"]);
      expect(await send([commandName, ...args])).toEqual(expected(id));
    }
  });
});

describe("the app's requester", () => {
  const key = (name: string) => `${context.prefix}requester:${name}`;
  /** Passes requests to the real requester and remembers which endpoint each went to. */
  function countingRequester(): Requester & { paths: string[] } {
    const inner = new HttpRequester({ url: context.bridge.url, token: context.bridge.token, timeoutMs: 2_000 });
    const paths: string[] = [];
    return {
      paths,
      request(request: UpstashRequest) {
        paths.push(`/${(request.path ?? []).join("/")}`);
        return inner.request(request);
      },
    };
  }

  // The rate limit and the revocation check are both scripts, which count as writes
  // (@upstash/redis pipelines reads and writes separately).
  it("sends the writes of one tick as one pipeline request", async () => {
    const requester = countingRequester();
    const redis = autoPipelined(requester);
    const results = await Promise.all([
      redis.set(key("ap"), 1),
      redis.incr(key("ap2")),
      redis.eval("return 7", [], []),
    ]);
    expect(results).toEqual(["OK", 1, 7]);
    expect(requester.paths).toEqual(["/pipeline"]);
  });

  describe("against a server that accepts and never answers", () => {
    let silent: Server;
    const connections = new Set<Socket>();
    afterAll(() => {
      for (const socket of connections) socket.destroy();
      return new Promise<void>((resolve) => silent.close(() => resolve()));
    });

    it("gives up within its timeout", async () => {
      silent = createServer((socket) => connections.add(socket));
      await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
      const { port } = silent.address() as { port: number };
      const redis = new Redis(new HttpRequester({ url: `http://127.0.0.1:${port}`, token: "t", timeoutMs: 200 }));
      const startedAt = Date.now();
      await expect(redis.get("anything")).rejects.toThrow("Redis did not answer within 200 ms");
      expect(Date.now() - startedAt).toBeLessThan(1_500);
    });
  });
});
