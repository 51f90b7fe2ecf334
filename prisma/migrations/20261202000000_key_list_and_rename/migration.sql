-- Renaming a key is audited.
ALTER TYPE "key_audit_action" ADD VALUE 'renamed';

-- The keys list sorts by expiry (soonest first) and by last use (most recent first), never-
-- expiring and never-used keys last, a page at a time: each index is in its sort's order.
CREATE INDEX "api_keys_team_id_expires_at_id_idx" ON "api_keys"("team_id", "expires_at", "id");
CREATE INDEX "api_keys_team_id_last_used_at_id_idx" ON "api_keys"("team_id", "last_used_at" DESC NULLS LAST, "id" DESC);
