-- An endpoint receives an event only if its granted scopes read what the event carries.
-- A row written without them receives nothing (fail closed).
ALTER TABLE "webhook_endpoints" ADD COLUMN "granted_scopes" TEXT[] NOT NULL DEFAULT ARRAY[]::TEXT[];

-- Existing endpoints do not record who made them: in the settings UI an owner or admin
-- (every scope), through the API any of the team's keys holding webhooks:manage. Grant each
-- the read scopes that every such key of its team holds (revoked ones too), so no endpoint
-- keeps more than its creator could read. Endpoints of teams whose webhooks:manage keys all
-- read everything, or that never had one, keep every read scope and deliver as before; the
-- others stop receiving the events their grant lacks until an owner or admin (or a key
-- holding the scopes) saves their events again.
UPDATE "webhook_endpoints" AS endpoint
SET "granted_scopes" = ARRAY(
  SELECT scope
  FROM unnest(ARRAY['meetings:read', 'recordings:read', 'transcripts:read', 'notes:read', 'action-items:read', 'channels:read', 'speakers:read', 'team:read']) AS scope
  WHERE NOT EXISTS (
    SELECT 1 FROM "api_keys" AS key
    WHERE key."team_id" = endpoint."team_id" AND 'webhooks:manage' = ANY (key."scopes") AND NOT (scope = ANY (key."scopes"))
  )
);
