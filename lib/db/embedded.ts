import { mkdir, mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { servePostgresWire } from "./embedded-server";

export interface EmbeddedPostgres {
  url: string;
  stop(): Promise<void>;
}

/**
 * Zero-configuration Postgres: PGlite (Postgres compiled to Wasm) served on a loopback
 * port, so the app, migrations and the seed all use the same pg driver path as a real
 * server. PGlite owns its data folder from one process only, which is why the launcher
 * (scripts/start.ts) starts it and hands DATABASE_URL to `next start`.
 */
export async function startEmbeddedPostgres(options: {
  dataDir?: string;
  /** 0 picks a free port. */ port: number;
}): Promise<EmbeddedPostgres> {
  const dataDir = options.dataDir ?? path.join(process.cwd(), ".data", "pglite");
  await mkdir(dataDir, { recursive: true });
  const database = await PGlite.create({ dataDir });
  const server = await servePostgresWire(database, { host: "127.0.0.1", port: options.port });
  return {
    url: `postgresql://postgres@${server.address}/postgres`,
    async stop() {
      await server.close();
      await database.close();
    },
  };
}

/** An embedded server in a temporary folder, deleted on stop: for tests and throwaway runs. */
export async function startTemporaryEmbeddedPostgres(): Promise<EmbeddedPostgres> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), "mavio-pglite-"));
  const embedded = await startEmbeddedPostgres({ dataDir, port: 0 });
  return {
    url: embedded.url,
    async stop() {
      await embedded.stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
