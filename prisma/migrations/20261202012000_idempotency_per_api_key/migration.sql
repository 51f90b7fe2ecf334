-- Idempotency records were shared by every key of a team (another key's retry replayed the
-- response) and stored responses whole (webhook signing secrets included). From now on each
-- record belongs to the API key that sent the request, and secrets are stored as null.
-- The existing records name no key and may hold secrets: they go. They are a 24-hour retry
-- cache, so the cost is that a retry of a request sent before this migration runs again.
DELETE FROM "idempotency_records";

ALTER TABLE "idempotency_records" ADD COLUMN "api_key_id" TEXT NOT NULL;
ALTER TABLE "idempotency_records" DROP CONSTRAINT "idempotency_records_pkey";
ALTER TABLE "idempotency_records" ADD CONSTRAINT "idempotency_records_pkey" PRIMARY KEY ("api_key_id", "key");

-- The primary key no longer starts with team_id: keep deleting a team's records indexed.
CREATE INDEX "idempotency_records_team_id_idx" ON "idempotency_records"("team_id");
