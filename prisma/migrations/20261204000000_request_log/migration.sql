-- Each key's most recent requests (a ring of slots per key) and how many it ever logged.
-- CreateTable
CREATE TABLE "request_log" (
    "key_id" TEXT NOT NULL,
    "slot" INTEGER NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL,
    "method" TEXT NOT NULL,
    "route" TEXT NOT NULL,
    "status" SMALLINT NOT NULL,
    "latency_ms" INTEGER NOT NULL,
    "request_id" TEXT NOT NULL,
    "client_ip" TEXT NOT NULL,

    CONSTRAINT "request_log_pkey" PRIMARY KEY ("key_id","slot")
);

-- CreateTable
CREATE TABLE "request_log_cursors" (
    "key_id" TEXT NOT NULL,
    "logged" BIGINT NOT NULL,

    CONSTRAINT "request_log_cursors_pkey" PRIMARY KEY ("key_id")
);

-- CreateIndex
CREATE INDEX "request_log_key_id_at_idx" ON "request_log"("key_id", "at" DESC);

-- CreateIndex
CREATE INDEX "request_log_at_idx" ON "request_log"("at");

-- AddForeignKey
ALTER TABLE "request_log" ADD CONSTRAINT "request_log_key_id_fkey" FOREIGN KEY ("key_id") REFERENCES "api_keys"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "request_log_cursors" ADD CONSTRAINT "request_log_cursors_key_id_fkey" FOREIGN KEY ("key_id") REFERENCES "api_keys"("id") ON DELETE CASCADE ON UPDATE CASCADE;
