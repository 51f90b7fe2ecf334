-- Secret scanning: where keys were found in public, each team's response, why a key was revoked.
-- CreateEnum
CREATE TYPE "exposed_key_response" AS ENUM ('revoke', 'alert');

-- AlterEnum (PostgreSQL 12+ adds enum values inside a transaction; nothing here uses them yet)
ALTER TYPE "key_audit_action" ADD VALUE 'exposed';
ALTER TYPE "key_audit_action" ADD VALUE 'exposure_acknowledged';

-- AlterTable
ALTER TABLE "api_keys" ADD COLUMN     "revoked_reason" TEXT;

-- AlterTable
ALTER TABLE "teams" ADD COLUMN     "exposed_key_response" "exposed_key_response" NOT NULL DEFAULT 'revoke';

-- CreateTable
CREATE TABLE "api_key_exposures" (
    "id" TEXT NOT NULL DEFAULT mavio_id('kex'),
    "team_id" TEXT NOT NULL,
    "key_id" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "reporter" TEXT NOT NULL,
    "revoked" BOOLEAN NOT NULL,
    "reported_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "acknowledged_at" TIMESTAMPTZ(3),

    CONSTRAINT "api_key_exposures_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "api_key_exposures_team_id_acknowledged_at_idx" ON "api_key_exposures"("team_id", "acknowledged_at");

-- CreateIndex
CREATE UNIQUE INDEX "api_key_exposures_key_id_url_key" ON "api_key_exposures"("key_id", "url");

-- AddForeignKey
ALTER TABLE "api_key_exposures" ADD CONSTRAINT "api_key_exposures_team_id_fkey" FOREIGN KEY ("team_id") REFERENCES "teams"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "api_key_exposures" ADD CONSTRAINT "api_key_exposures_key_id_fkey" FOREIGN KEY ("key_id") REFERENCES "api_keys"("id") ON DELETE CASCADE ON UPDATE CASCADE;
