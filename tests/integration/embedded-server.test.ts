import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { Client, Pool } from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { servePostgresWire, type PostgresWireServer } from "@/lib/db/embedded-server";

// The embedded default's server: many pg connections sharing PGlite's one session. On disk
// as in the app: writing to the folder after each message is what lets connections overlap.
let dataDir: string;
let database: PGlite;
let server: PostgresWireServer;
let url: string;

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), "mavio-wire-"));
  database = await PGlite.create({ dataDir });
  server = await servePostgresWire(database, { host: "127.0.0.1", port: 0 });
  url = `postgresql://postgres@${server.address}/postgres`;
  await database.exec("CREATE TABLE notes (id serial PRIMARY KEY, body text NOT NULL)");
});

afterAll(async () => {
  await server.close();
  await database.close();
  await rm(dataDir, { recursive: true, force: true });
});

async function connect(): Promise<Client> {
  const client = new Client({ connectionString: url });
  await client.connect();
  return client;
}

describe("embedded database server", () => {
  it("keeps each connection's parameterised queries whole when many connections query at once", async () => {
    const pool = new Pool({ connectionString: url, max: 8 });
    try {
      // Different parameter counts, so a Bind meeting another connection's Parse fails loudly; Binds
      // larger than a socket read, so a connection's query arrives in several pieces.
      const queries = Array.from({ length: 200 }, (_, index) =>
        index % 2
          ? pool.query<{ value: number }>("SELECT $1::int + $2::int AS value", [index, 1])
          : pool.query<{ value: string }>("SELECT $1::text || $2::text || $3::text AS value", [
              "x".repeat(300_000),
              String(index),
              "y",
            ]),
      );
      const results = await Promise.all(queries);
      results.forEach((result, index) => {
        expect(result.rows[0].value).toBe(index % 2 ? index + 1 : `${"x".repeat(300_000)}${index}y`);
      });
    } finally {
      await pool.end();
    }
  });

  it("runs a transaction alone: another connection neither sees its writes nor runs inside it", async () => {
    const [writer, reader] = [await connect(), await connect()];
    try {
      await writer.query("BEGIN");
      await writer.query("INSERT INTO notes (body) VALUES ($1)", ["uncommitted"]);
      let readerDone = false;
      const read = reader
        .query<{ count: string }>("SELECT count(*) FROM notes WHERE body = $1", ["uncommitted"])
        .then((result) => {
          readerDone = true;
          return result;
        });
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(readerDone).toBe(false);
      await writer.query("ROLLBACK");
      expect((await read).rows[0].count).toBe("0");
    } finally {
      await Promise.all([writer.end(), reader.end()]);
    }
  });

  it("rolls back the transaction of a connection that goes away and serves the others", async () => {
    const leaving = await connect();
    await leaving.query("BEGIN");
    await leaving.query("INSERT INTO notes (body) VALUES ($1)", ["abandoned"]);
    leaving.on("error", () => undefined);
    (leaving as unknown as { connection: { stream: { destroy(): void } } }).connection.stream.destroy();

    const staying = await connect();
    try {
      const { rows } = await staying.query<{ count: string }>("SELECT count(*) FROM notes WHERE body = $1", [
        "abandoned",
      ]);
      expect(rows[0].count).toBe("0");
      await staying.query("INSERT INTO notes (body) VALUES ($1)", ["kept"]);
      expect((await staying.query("SELECT body FROM notes WHERE body = 'kept'")).rowCount).toBe(1);
    } finally {
      await staying.end();
    }
  });

  it("keeps a failed query to its own connection", async () => {
    const [failing, healthy] = [await connect(), await connect()];
    try {
      const results = await Promise.allSettled([
        failing.query("SELECT $1::int AS value", ["not a number"]),
        healthy.query<{ value: number }>("SELECT $1::int AS value", [7]),
      ]);
      expect(results[0].status).toBe("rejected");
      expect(results[1]).toMatchObject({ status: "fulfilled", value: { rows: [{ value: 7 }] } });
      expect((await failing.query<{ value: number }>("SELECT 1 AS value")).rows).toEqual([{ value: 1 }]);
    } finally {
      await Promise.all([failing.end(), healthy.end()]);
    }
  });
});
