import { Redis } from "@upstash/redis";
import { describe, expect, it } from "vitest";
import { sha1, stripUpstashShebang } from "@/lib/upstash-bridge/protocol";
import { setUpUpstashBridge } from "../helpers/redis";

const context = setUpUpstashBridge();

function client(options: { encoding?: boolean; token?: string } = {}) {
  return new Redis({
    url: context.bridge.url,
    token: options.token ?? context.bridge.token,
    responseEncoding: options.encoding === false ? false : "base64",
    enableAutoPipelining: false,
    retry: false,
  });
}
const key = (name: string) => `${context.prefix}${name}`;

describe("the Upstash REST bridge, driven by @upstash/redis", () => {
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

  it("answers plain UTF-8 when the client does not ask for base64", async () => {
    const redis = client({ encoding: false });
    await redis.set(key("utf8"), "héllo");
    expect(await redis.get(key("utf8"))).toBe("héllo");
  });

  it("refuses a wrong token", async () => {
    await expect(client({ token: "wrong" }).get(key("any"))).rejects.toThrow(/Unauthorized/);
  });

  it("falls back EVALSHA -> NOSCRIPT -> EVAL, strips the Upstash-only flag, then serves EVALSHA from cache", async () => {
    const redis = client();
    const script = "#!lua flags=allow-key-locking\nreturn redis.call('INCR', KEYS[1])";
    const sha = sha1(script);
    await expect(redis.evalsha(sha, [key("lua")], [])).rejects.toThrow(/NOSCRIPT/);
    expect(await redis.eval(script, [key("lua")], [])).toBe(1);
    expect(await redis.evalsha(sha, [key("lua")], [])).toBe(2);
    expect(stripUpstashShebang(script)).toBe("return redis.call('INCR', KEYS[1])");
  });
});
