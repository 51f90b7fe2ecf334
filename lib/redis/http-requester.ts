import http from "node:http";
import https from "node:https";
import { errors, type Requester, type UpstashRequest, type UpstashResponse } from "@upstash/redis";

const SYNC_TOKEN = "upstash-sync-token";
const IDLE_SOCKET_MS = 4_000;

/**
 * The Upstash REST protocol over node:http(s) with a keep-alive agent, plugged into
 * @upstash/redis through its public `Requester` interface. The client's default transport
 * is `fetch`, which inside Next.js is the patched, traced fetch on top of undici's WHATWG
 * streams: about three times the CPU per round trip, paid on every guarded request
 * (measured in `npm run bench`). Replies are plain JSON (no base64 response encoding), and
 * errors match the default transport's: UpstashError with Redis's own text.
 */
export class HttpRequester implements Requester {
  readYourWrites = true;
  upstashSyncToken = "";
  private readonly origin: URL;
  private readonly basePath: string;
  private readonly transport: typeof http | typeof https;
  private readonly agent: http.Agent;
  private readonly authorization: string;
  private readonly timeoutMs: number;

  constructor(options: { url: string; token: string; timeoutMs: number }) {
    const url = new URL(options.url);
    this.origin = url;
    this.basePath = url.pathname.replace(/\/$/, "");
    this.transport = url.protocol === "https:" ? https : http;
    // Idle sockets close before a server's usual 5 s keep-alive does, so a request never
    // lands on a connection the server is closing (undici's default, too).
    this.agent = new this.transport.Agent({ keepAlive: true, timeout: IDLE_SOCKET_MS });
    this.authorization = `Bearer ${options.token}`;
    this.timeoutMs = options.timeoutMs;
  }

  async request<TResult>(request: UpstashRequest): Promise<UpstashResponse<TResult>> {
    if (request.isStreaming || request.onMessage)
      throw new errors.UpstashError("Streaming commands are not supported by this client");
    const body = JSON.stringify(request.body);
    const headers: Record<string, string> = {
      authorization: this.authorization,
      "content-type": "application/json",
      "content-length": String(Buffer.byteLength(body)),
      ...request.headers,
    };
    if (this.readYourWrites && this.upstashSyncToken) headers[SYNC_TOKEN] = this.upstashSyncToken;

    const { status, syncToken, text } = await this.post(
      [this.basePath, ...(request.path ?? [])].join("/") || "/",
      headers,
      body,
    );
    if (this.readYourWrites && syncToken) this.upstashSyncToken = syncToken;
    let reply;
    try {
      reply = JSON.parse(text);
    } catch (error) {
      throw new errors.UpstashJSONParseError(text, { cause: error });
    }
    if (status < 200 || status > 299) throw new errors.UpstashError(`${reply.error}, command was: ${body}`);
    return reply;
  }

  private post(
    path: string,
    headers: Record<string, string>,
    body: string,
  ): Promise<{ status: number; syncToken?: string; text: string }> {
    const { protocol, hostname, port } = this.origin;
    return new Promise((resolve, reject) => {
      // node:http wants an IPv6 host without the URL's brackets.
      const options = {
        protocol,
        hostname: hostname.replace(/^\[(.*)\]$/, "$1"),
        port,
        path,
        method: "POST",
        agent: this.agent,
        headers,
      };
      const outgoing = this.transport.request(options, (incoming) => {
        const chunks: Buffer[] = [];
        incoming.on("data", (chunk: Buffer) => chunks.push(chunk));
        incoming.on("error", reject);
        incoming.on("end", () => {
          clearTimeout(timer);
          const syncToken = incoming.headers[SYNC_TOKEN];
          resolve({
            status: incoming.statusCode ?? 0,
            syncToken: typeof syncToken === "string" ? syncToken : undefined,
            text: Buffer.concat(chunks).toString("utf8"),
          });
        });
      });
      // Bounded like the default transport's abort signal: a hung Redis costs at most this.
      const timer = setTimeout(
        () => outgoing.destroy(new Error(`Redis did not answer within ${this.timeoutMs} ms`)),
        this.timeoutMs,
      );
      outgoing.on("error", (error) => {
        clearTimeout(timer);
        reject(error);
      });
      outgoing.end(body);
    });
  }
}
