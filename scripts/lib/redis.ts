import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { createInterface } from "node:readline";
import Redis from "ioredis";

export interface ProvidedRedis {
  description: string;
  /** The local bridge's process, when this started one. */
  bridgePid?: number;
  env: Record<string, string>;
  stop(): Promise<void>;
}

/**
 * Upstash when configured; else, with REDIS_URL, the local Upstash REST bridge in front of
 * that Redis (so the production client path runs); else nothing: the in-process limiter.
 */
export async function provideRedis(): Promise<ProvidedRedis> {
  if (process.env.UPSTASH_REDIS_REST_URL)
    return { description: "Upstash (UPSTASH_REDIS_REST_URL)", env: {}, stop: async () => {} };
  const redisUrl = process.env.REDIS_URL;
  if (!redisUrl)
    return {
      description: "in-process (set REDIS_URL or UPSTASH_REDIS_REST_URL to share limits)",
      env: {},
      stop: async () => {},
    };

  const probe = new Redis(redisUrl, { lazyConnect: true, maxRetriesPerRequest: 0, connectTimeout: 2_000 });
  probe.on("error", () => {});
  try {
    await probe.connect();
    await probe.ping();
  } catch (error) {
    throw new Error(
      `REDIS_URL is set but Redis at ${new URL(redisUrl).host} does not answer: ${(error as Error).message}`,
    );
  } finally {
    probe.disconnect();
  }
  // Its own process, as Upstash is its own service: its work does not share an event
  // loop with whoever started it (the launcher, or the benchmark's load generator).
  const token = randomBytes(24).toString("base64url");
  const bridge = spawn(process.execPath, ["--import", "tsx", "scripts/upstash-bridge.ts"], {
    env: { ...process.env, REDIS_URL: redisUrl, UPSTASH_BRIDGE_TOKEN: token },
    stdio: ["ignore", "pipe", "inherit", "ipc"],
  });
  const firstLine = await new Promise<string>((resolve, reject) => {
    createInterface({ input: bridge.stdout! }).once("line", resolve);
    bridge.once("exit", (code) => reject(new Error(`The Upstash bridge exited with ${code}`)));
  });
  const { url } = JSON.parse(firstLine) as { url: string };
  return {
    description: `Redis at ${new URL(redisUrl).host} through the local Upstash bridge`,
    bridgePid: bridge.pid,
    env: { UPSTASH_REDIS_REST_URL: url, UPSTASH_REDIS_REST_TOKEN: token },
    stop: async () => {
      if (bridge.exitCode !== null) return;
      bridge.kill("SIGTERM");
      await new Promise((resolve) => bridge.once("exit", resolve));
    },
  };
}
