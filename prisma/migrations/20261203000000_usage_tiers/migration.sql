-- Usage kept at the resolution each view needs, so that no query reads a key's whole
-- history: per-minute rows for 48 hours, per-hour rows for 90 days, per-day rows for two
-- years (lib/usage/retention.ts prunes them); per-hour totals of each key by status without
-- the route, for charts over many hours; and the endpoints each key has called with when it
-- first and last called them.

-- The per-minute tier is the old rollup table. It now keeps the status code itself, so the
-- page can tell 401, 403, 404 and 429 apart; older rows only knew the class and keep its
-- round code (400 stands for "some 4xx").
ALTER TABLE "usage_rollups" RENAME TO "usage_minutes";
ALTER TABLE "usage_minutes" RENAME CONSTRAINT "usage_rollups_pkey" TO "usage_minutes_pkey";
ALTER TABLE "usage_minutes" RENAME CONSTRAINT "usage_rollups_key_id_fkey" TO "usage_minutes_key_id_fkey";
ALTER TABLE "usage_minutes" RENAME CONSTRAINT "usage_rollups_team_id_fkey" TO "usage_minutes_team_id_fkey";
ALTER INDEX "usage_rollups_team_id_minute_idx" RENAME TO "usage_minutes_team_id_minute_idx";
ALTER TABLE "usage_minutes" RENAME COLUMN "status_class" TO "status";
UPDATE "usage_minutes" SET "status" = "status" * 100;
-- Pruning deletes by time across all keys; rows arrive in time order, so a BRIN index is enough.
CREATE INDEX "usage_minutes_minute_idx" ON "usage_minutes" USING BRIN ("minute");

CREATE TABLE "usage_hours" (
    "key_id" TEXT NOT NULL,
    "team_id" TEXT NOT NULL,
    "hour" TIMESTAMPTZ(0) NOT NULL,
    "method" TEXT NOT NULL,
    "route" TEXT NOT NULL,
    "status" SMALLINT NOT NULL,
    "count" INTEGER NOT NULL,
    "total_latency_ms" BIGINT NOT NULL,

    CONSTRAINT "usage_hours_pkey" PRIMARY KEY ("key_id","hour","method","route","status")
);
CREATE INDEX "usage_hours_team_id_hour_idx" ON "usage_hours"("team_id", "hour");
CREATE INDEX "usage_hours_hour_idx" ON "usage_hours" USING BRIN ("hour");
ALTER TABLE "usage_hours" ADD CONSTRAINT "usage_hours_key_id_fkey" FOREIGN KEY ("key_id") REFERENCES "api_keys"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "usage_hours" ADD CONSTRAINT "usage_hours_team_id_fkey" FOREIGN KEY ("team_id") REFERENCES "teams"("id") ON DELETE CASCADE ON UPDATE CASCADE;

CREATE TABLE "usage_days" (
    "key_id" TEXT NOT NULL,
    "team_id" TEXT NOT NULL,
    "day" TIMESTAMPTZ(0) NOT NULL,
    "method" TEXT NOT NULL,
    "route" TEXT NOT NULL,
    "status" SMALLINT NOT NULL,
    "count" INTEGER NOT NULL,
    "total_latency_ms" BIGINT NOT NULL,

    CONSTRAINT "usage_days_pkey" PRIMARY KEY ("key_id","day","method","route","status")
);
CREATE INDEX "usage_days_team_id_day_idx" ON "usage_days"("team_id", "day");
CREATE INDEX "usage_days_day_idx" ON "usage_days" USING BRIN ("day");
ALTER TABLE "usage_days" ADD CONSTRAINT "usage_days_key_id_fkey" FOREIGN KEY ("key_id") REFERENCES "api_keys"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "usage_days" ADD CONSTRAINT "usage_days_team_id_fkey" FOREIGN KEY ("team_id") REFERENCES "teams"("id") ON DELETE CASCADE ON UPDATE CASCADE;

CREATE TABLE "usage_key_hours" (
    "key_id" TEXT NOT NULL,
    "team_id" TEXT NOT NULL,
    "hour" TIMESTAMPTZ(0) NOT NULL,
    "status" SMALLINT NOT NULL,
    "count" INTEGER NOT NULL,
    "total_latency_ms" BIGINT NOT NULL,

    CONSTRAINT "usage_key_hours_pkey" PRIMARY KEY ("key_id","hour","status")
);
CREATE INDEX "usage_key_hours_team_id_hour_idx" ON "usage_key_hours"("team_id", "hour");
CREATE INDEX "usage_key_hours_hour_idx" ON "usage_key_hours" USING BRIN ("hour");
ALTER TABLE "usage_key_hours" ADD CONSTRAINT "usage_key_hours_key_id_fkey" FOREIGN KEY ("key_id") REFERENCES "api_keys"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "usage_key_hours" ADD CONSTRAINT "usage_key_hours_team_id_fkey" FOREIGN KEY ("team_id") REFERENCES "teams"("id") ON DELETE CASCADE ON UPDATE CASCADE;

CREATE TABLE "usage_endpoints" (
    "key_id" TEXT NOT NULL,
    "method" TEXT NOT NULL,
    "route" TEXT NOT NULL,
    "first_seen_at" TIMESTAMPTZ(0) NOT NULL,
    "last_seen_at" TIMESTAMPTZ(0) NOT NULL,

    CONSTRAINT "usage_endpoints_pkey" PRIMARY KEY ("key_id","method","route")
);
ALTER TABLE "usage_endpoints" ADD CONSTRAINT "usage_endpoints_key_id_fkey" FOREIGN KEY ("key_id") REFERENCES "api_keys"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The coarser tiers start from everything recorded so far; pruning then trims the minutes.
INSERT INTO "usage_hours" ("key_id", "team_id", "hour", "method", "route", "status", "count", "total_latency_ms")
SELECT "key_id", "team_id", date_trunc('hour', "minute", 'UTC'), "method", "route", "status", sum("count")::int, sum("total_latency_ms")
FROM "usage_minutes" GROUP BY 1, 2, 3, 4, 5, 6;
INSERT INTO "usage_days" ("key_id", "team_id", "day", "method", "route", "status", "count", "total_latency_ms")
SELECT "key_id", "team_id", date_trunc('day', "minute", 'UTC'), "method", "route", "status", sum("count")::int, sum("total_latency_ms")
FROM "usage_minutes" GROUP BY 1, 2, 3, 4, 5, 6;
INSERT INTO "usage_key_hours" ("key_id", "team_id", "hour", "status", "count", "total_latency_ms")
SELECT "key_id", "team_id", date_trunc('hour', "minute", 'UTC'), "status", sum("count")::int, sum("total_latency_ms")
FROM "usage_minutes" GROUP BY 1, 2, 3, 4;
INSERT INTO "usage_endpoints" ("key_id", "method", "route", "first_seen_at", "last_seen_at")
SELECT "key_id", "method", "route", min("minute"), max("minute") FROM "usage_minutes" GROUP BY 1, 2, 3;
