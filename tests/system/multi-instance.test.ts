import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { revokeApiKey } from "@/lib/keys/revoke-key";
import { changeTeamPlan } from "@/lib/teams/change-plan";
import { awayFromWindowEdge } from "../helpers/clock";
import { setUpTestDatabase } from "../helpers/database";
import { teamWithKey } from "../helpers/factories";
import { appRedisEnv, setUpAppRedis } from "../helpers/redis";
import { startAppServer, type AppServer } from "../helpers/app-server";

const database = setUpTestDatabase();
const redis = setUpAppRedis();
let instances: AppServer[] = [];

beforeAll(async () => {
  // This process writes markers too (revoke, plan change): the same Redis as the servers.
  const env = { DATABASE_URL: database.url, ...appRedisEnv(redis) };
  instances = await Promise.all([startAppServer(3711, env), startAppServer(3712, env)]);
});
afterAll(async () => {
  await Promise.all(instances.map((instance) => instance.stop()));
});

const me = (instance: AppServer, key: string) =>
  fetch(`${instance.url}/api/v1/me`, { headers: { authorization: `Bearer ${key}` } });

describe("two instances behind one Redis", () => {
  it("stop a revoked key on the very next request on every instance, though both had it cached", async () => {
    const { key, team, admin, record } = await teamWithKey({ plan: "pro" });
    for (const instance of instances) expect((await me(instance, key)).status).toBe(200);
    await revokeApiKey(admin, team.id, record.id);
    for (const instance of instances) {
      const response = await me(instance, key);
      expect(response.status).toBe(401);
      expect((await response.json()).code).toBe("revoked_api_key");
    }
  });

  it("share one team limit and apply a plan change on the next request everywhere", async () => {
    await awayFromWindowEdge();
    const { key, team } = await teamWithKey({ plan: "free" });
    const statuses = await Promise.all(
      Array.from({ length: 80 }, (_, i) => me(instances[i % 2]!, key).then((r) => r.status)),
    );
    expect(statuses.filter((status) => status === 200)).toHaveLength(60);
    await changeTeamPlan(team.id, "team");
    for (const instance of instances) expect((await me(instance, key)).headers.get("x-ratelimit-limit")).toBe("1000");
  });
});
