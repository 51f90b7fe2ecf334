-- Deliveries in flight are counted per team and per endpoint, so that one team's slow
-- receivers cannot hold every delivery slot: a claim marks the delivery leased until its
-- lease ends, recording the attempt clears the mark.
ALTER TABLE "webhook_deliveries" ADD COLUMN "leased_until" TIMESTAMPTZ(3);

-- The claim counts the leases still running...
CREATE INDEX "webhook_deliveries_leased_until_idx" ON "webhook_deliveries"("leased_until");

-- ...and takes each endpoint's oldest due deliveries, a few per endpoint.
CREATE INDEX "webhook_deliveries_endpoint_id_status_next_attempt_at_id_idx" ON "webhook_deliveries"("endpoint_id", "status", "next_attempt_at", "id");
