import { timingSafeEqual } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import Redis from "ioredis";
import { commandArgs, encodeReply, isCommand, rewriteScriptCommand, type Command, type Reply } from "./protocol";

export interface UpstashBridge {
  url: string;
  token: string;
  close(): Promise<void>;
}

const MAX_BODY_BYTES = 10 * 1024 * 1024;

class BadRequest extends Error {}

async function readJson(request: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new BadRequest("Request body too large");
    chunks.push(chunk as Buffer);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString("utf8"));
  } catch {
    throw new BadRequest("Request body is not valid JSON");
  }
}

function send(response: ServerResponse, status: number, body: unknown) {
  const payload = JSON.stringify(body);
  response.writeHead(status, { "content-type": "application/json", "content-length": Buffer.byteLength(payload) });
  response.end(payload);
}

function authorized(request: IncomingMessage, token: string): boolean {
  const presented = Buffer.from(request.headers.authorization ?? "");
  const expected = Buffer.from(`Bearer ${token}`);
  return presented.length === expected.length && timingSafeEqual(presented, expected);
}

/**
 * A local Upstash REST endpoint in front of a real Redis: POST / (one command),
 * /pipeline and /multi-exec, bearer token, base64 response encoding and Redis's own
 * error text, so development and CI exercise the production client path.
 */
export async function startUpstashBridge(options: {
  redisUrl: string;
  token: string;
  port?: number;
  host?: string;
}): Promise<UpstashBridge> {
  const redis = new Redis(options.redisUrl, {
    // Upstash answers in RESP2 shapes. Over RESP3, ioredis maps replies back to them only for
    // lower-case command names, so `XREAD` or `ZRANGE ... WITHSCORES` would come back nested differently.
    protocol: 2,
    maxRetriesPerRequest: 1,
    enableOfflineQueue: true,
    connectTimeout: 2_000,
  });
  redis.on("error", () => {}); // reported per request; ioredis reconnects by itself
  const scripts = new Map<string, string>();

  function prepare(command: Command): string[] {
    return rewriteScriptCommand(commandArgs(command), scripts);
  }

  async function single(command: Command, base64: boolean): Promise<Reply> {
    const [name, ...args] = prepare(command);
    try {
      return { result: encodeReply(await redis.callBuffer(name!, args), base64) };
    } catch (error) {
      return { error: (error as Error).message };
    }
  }

  async function pipeline(commands: Command[], base64: boolean): Promise<Reply[]> {
    const batch = redis.pipeline();
    for (const command of commands) {
      const [name, ...args] = prepare(command);
      batch.callBuffer(name!, args);
    }
    const results = (await batch.exec()) ?? [];
    return results.map(([error, value]) => (error ? { error: error.message } : { result: encodeReply(value, base64) }));
  }

  async function transaction(commands: Command[], base64: boolean): Promise<Reply[] | { error: string }> {
    const batch = redis.multi();
    for (const command of commands) {
      const [name, ...args] = prepare(command);
      batch.callBuffer(name!, args);
    }
    try {
      const results = (await batch.exec()) ?? [];
      return results.map(([error, value]) =>
        error ? { error: error.message } : { result: encodeReply(value, base64) },
      );
    } catch (error) {
      const cause = (error as { previousErrors?: Error[] }).previousErrors?.[0];
      return { error: cause?.message ?? (error as Error).message };
    }
  }

  async function handle(request: IncomingMessage, response: ServerResponse) {
    if (!authorized(request, options.token)) return send(response, 401, { error: "Unauthorized" });
    if (request.method !== "POST") return send(response, 405, { error: "Method not allowed" });
    const base64 = request.headers["upstash-encoding"] === "base64";
    const path = (request.url ?? "/").split("?")[0]!.replace(/\/+$/, "") || "/";
    const body = await readJson(request);

    if (path === "/") {
      if (!isCommand(body)) throw new BadRequest("Expected a command: a JSON array starting with its name");
      const reply = await single(body, base64);
      return send(response, "error" in reply ? 400 : 200, reply);
    }
    if (path === "/pipeline" || path === "/multi-exec") {
      if (!Array.isArray(body) || !body.every(isCommand)) throw new BadRequest("Expected an array of commands");
      const replies = path === "/pipeline" ? await pipeline(body, base64) : await transaction(body, base64);
      return send(response, Array.isArray(replies) ? 200 : 400, replies);
    }
    return send(response, 404, { error: `Unknown endpoint ${path}` });
  }

  const server: Server = createServer((request, response) => {
    handle(request, response).catch((error) => {
      if (error instanceof BadRequest) return send(response, 400, { error: `ERR ${error.message}` });
      send(response, 500, { error: `ERR ${(error as Error).message}` });
    });
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, options.host ?? "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    token: options.token,
    async close() {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections(); // keep-alive clients would otherwise hold close() open
      await closed;
      redis.disconnect();
    },
  };
}
