import { createServer, type AddressInfo, type Socket } from "node:net";
import type { PGlite } from "@electric-sql/pglite";

/**
 * The PostgreSQL wire protocol in front of PGlite, for any number of connections.
 *
 * PGlite is one Postgres session, so connections must take turns; the unit of a turn is
 * what the session keeps between messages: from a connection's first message until the
 * session answers ReadyForQuery outside a transaction. An extended-protocol query
 * (Parse, Bind, Describe, Execute, Sync) therefore runs whole, and so does a transaction.
 * `@electric-sql/pglite-socket` takes turns per message outside transactions, which lets
 * two connections' Parse and Bind interleave on the shared unnamed statement
 * (electric-sql/pglite#1046); this server replaces it.
 */
export interface PostgresWireServer {
  /** host:port */
  address: string;
  close(): Promise<void>;
}

const SSL_REQUEST = 80877103;
const GSSENC_REQUEST = 80877104;
const CANCEL_REQUEST = 80877102;
const TERMINATE = "X".charCodeAt(0);
const READY_FOR_QUERY = "Z".charCodeAt(0);
const IDLE = "I".charCodeAt(0);
const SYNC = Uint8Array.of("S".charCodeAt(0), 0, 0, 0, 4);
/** ReadyForQuery is 6 bytes: 'Z', int32 length 5, the transaction status. */
const READY_FOR_QUERY_LENGTH = 6;

interface Connection {
  socket: Socket;
  unread: Buffer;
  startedUp: boolean;
  messages: Uint8Array[];
  closed: boolean;
}

export async function servePostgresWire(
  db: PGlite,
  options: { host: string; /** 0 picks a free port. */ port: number },
): Promise<PostgresWireServer> {
  const connections = new Set<Connection>();
  const waiting: Connection[] = [];
  let turn: Connection | null = null;
  let running = false;

  /** Runs one message; true when the session is back to idle, which ends the turn. */
  async function execute(connection: Connection, message: Uint8Array): Promise<boolean> {
    let tail = Buffer.alloc(0);
    await db.runExclusive(() =>
      db.execProtocolRawStream(message, {
        onRawData(chunk) {
          // The chunk is a view of PGlite's memory, reused after this callback: copy it.
          const bytes = Buffer.from(chunk);
          if (!connection.closed) connection.socket.write(bytes);
          tail = Buffer.concat([tail, bytes]).subarray(-READY_FOR_QUERY_LENGTH);
        },
      }),
    );
    return (
      tail.length === READY_FOR_QUERY_LENGTH &&
      tail[0] === READY_FOR_QUERY &&
      tail.readInt32BE(1) === READY_FOR_QUERY_LENGTH - 1 &&
      tail[5] === IDLE
    );
  }

  /** Ends a closed connection's turn: leaves no half-run query or open transaction behind. */
  async function abandonTurn() {
    await db.runExclusive(() => db.execProtocolRawStream(SYNC, { onRawData: () => undefined }));
    if (db.isInTransaction()) await db.exec("ROLLBACK");
  }

  async function run() {
    if (running) return;
    running = true;
    try {
      for (;;) {
        turn ??= waiting.shift() ?? null;
        if (!turn) return;
        const connection = turn;
        if (connection.closed) {
          await abandonTurn().catch(() => undefined);
          turn = null;
          continue;
        }
        const message = connection.messages.shift();
        // Mid-query or mid-transaction: the turn waits for this connection's next message.
        if (!message) return;
        let idle: boolean;
        try {
          idle = await execute(connection, message);
        } catch (error) {
          console.error(`Embedded database: closing a connection after an internal error: ${String(error)}`);
          close(connection);
          continue;
        }
        if (idle) {
          turn = null;
          if (connection.messages.length) waiting.push(connection);
        }
      }
    } finally {
      running = false;
    }
  }

  function close(connection: Connection) {
    if (connection.closed) return;
    connection.closed = true;
    connections.delete(connection);
    const queued = waiting.indexOf(connection);
    if (queued !== -1) waiting.splice(queued, 1);
    connection.socket.destroy();
    if (turn === connection) void run();
  }

  /** Splits the bytes received so far into messages; false when the connection must close. */
  function readMessages(connection: Connection): boolean {
    for (;;) {
      const { unread } = connection;
      // Before startup a message has no type byte: int32 length, int32 code, body.
      const headerLength = connection.startedUp ? 5 : 8;
      if (unread.length < headerLength) return true;
      const length = connection.startedUp ? 1 + unread.readInt32BE(1) : unread.readInt32BE(0);
      if (length < headerLength) return false;
      if (unread.length < length) return true;
      const message = unread.subarray(0, length);
      connection.unread = unread.subarray(length);
      if (connection.startedUp) {
        if (message[0] === TERMINATE) return false;
        connection.messages.push(message);
        continue;
      }
      const code = message.readInt32BE(4);
      if (code === SSL_REQUEST || code === GSSENC_REQUEST) {
        connection.socket.write("N");
      } else if (code === CANCEL_REQUEST) {
        return false;
      } else {
        connection.startedUp = true;
        connection.messages.push(message);
      }
    }
  }

  const server = createServer((socket) => {
    socket.setNoDelay(true);
    const connection: Connection = { socket, unread: Buffer.alloc(0), startedUp: false, messages: [], closed: false };
    connections.add(connection);
    socket.on("data", (chunk: Buffer) => {
      connection.unread = connection.unread.length ? Buffer.concat([connection.unread, chunk]) : chunk;
      const open = readMessages(connection);
      if (connection.messages.length && turn !== connection && !waiting.includes(connection)) {
        waiting.push(connection);
      }
      if (!open) close(connection);
      void run();
    });
    socket.on("error", () => close(connection));
    socket.on("close", () => close(connection));
  });

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, options.host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    address: `${options.host}:${port}`,
    async close() {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      for (const connection of [...connections]) close(connection);
      await closed;
    },
  };
}
