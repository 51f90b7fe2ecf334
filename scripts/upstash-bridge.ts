// Runs the local Upstash REST bridge in front of REDIS_URL as its own process and prints
// one JSON line {"url"} when it listens. The token comes from UPSTASH_BRIDGE_TOKEN.
// `npm start`, `npm test` and `npm run bench` start it through scripts/lib/redis.ts.
import { startUpstashBridge } from "@/lib/upstash-bridge/server";

async function main() {
  const redisUrl = process.env.REDIS_URL;
  const token = process.env.UPSTASH_BRIDGE_TOKEN;
  if (!redisUrl || !token) throw new Error("Set REDIS_URL and UPSTASH_BRIDGE_TOKEN");
  const bridge = await startUpstashBridge({ redisUrl, token, port: Number(process.env.UPSTASH_BRIDGE_PORT || 0) });
  console.log(JSON.stringify({ url: bridge.url }));
  const stop = () => void bridge.close().then(() => process.exit(0));
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
  // Exit with the parent, whichever way it goes.
  process.on("disconnect", stop);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
