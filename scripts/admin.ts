// Operator commands: `npm run admin -- plan <team id or slug> <free|pro|team|enterprise> [--limit N]`
// changes a team's plan (and an Enterprise team's custom requests per minute). Running
// instances apply it on the team's next request (through Redis; on the embedded default
// with no Redis, within a minute).
import { parseArgs } from "node:util";
import { disconnectDatabase } from "@/lib/db";
import { Plan } from "@/lib/generated/prisma/enums";
import { changeTeamPlan } from "@/lib/teams/change-plan";
import { provideDatabase } from "./lib/database";
import { provideRedis } from "./lib/redis";

const USAGE =
  "Usage: npm run admin -- plan <team id or slug> <free|pro|team|enterprise> [--limit <requests per minute>]";

async function main() {
  const { positionals, values } = parseArgs({ allowPositionals: true, options: { limit: { type: "string" } } });
  const [command, team, plan] = positionals;
  if (command !== "plan" || !team || !plan) throw new Error(USAGE);
  if (!Object.values(Plan).includes(plan as Plan)) throw new Error(`Unknown plan "${plan}". ${USAGE}`);
  const limit = values.limit === undefined ? null : Number(values.limit);

  const database = await provideDatabase();
  const redis = await provideRedis();
  process.env.DATABASE_URL = database.url;
  Object.assign(process.env, redis.env);
  try {
    const updated = await changeTeamPlan(team, plan as Plan, limit);
    console.log(
      `${updated.name} (${updated.slug}) is now on ${updated.plan}${updated.customRateLimit ? ` with ${updated.customRateLimit} requests per minute` : ""}.`,
    );
  } finally {
    await disconnectDatabase();
    await Promise.allSettled([database.stop(), redis.stop()]);
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
