// A real HTTP receiver on 127.0.0.1 for webhook deliveries, and its own Standard Webhooks
// verifier, written from the specification with WebCrypto, not with lib/webhooks/signing.ts.
// Tests that use it allow private URLs (WEBHOOKS_ALLOW_PRIVATE_URLS).
import { createServer, type IncomingHttpHeaders, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface Received {
  headers: IncomingHttpHeaders;
  body: string;
}

export type Reply = { status: number; body?: string; headers?: Record<string, string> } | "hang";

export interface Receiver {
  url: string;
  received: Received[];
  reply: (message: Received, index: number) => Reply | Promise<Reply>;
  waitFor(count: number): Promise<void>;
}

const servers: Server[] = [];

export async function startReceiver(reply: Receiver["reply"] = () => ({ status: 200, body: "ok" })): Promise<Receiver> {
  const receiver: Receiver = {
    url: "",
    received: [],
    reply,
    async waitFor(count) {
      for (let waited = 0; receiver.received.length < count; waited += 10) {
        if (waited > 5_000) throw new Error(`receiver got ${receiver.received.length} of ${count} requests`);
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
    },
  };
  const server = createServer((request, response: ServerResponse) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", async () => {
      const message = { headers: request.headers, body: Buffer.concat(chunks).toString("utf8") };
      receiver.received.push(message);
      const answer = await receiver.reply(message, receiver.received.length - 1);
      if (answer === "hang") return;
      response.writeHead(answer.status, answer.headers).end(answer.body ?? "");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  servers.push(server);
  receiver.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`;
  return receiver;
}

/** Stops every receiver this file started (for afterAll). */
export function closeReceivers(): void {
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    server.close();
  }
}

async function hmacKey(secret: string): Promise<CryptoKey> {
  if (!secret.startsWith("whsec_")) throw new Error("not a Standard Webhooks secret");
  const raw = Uint8Array.from(atob(secret.slice("whsec_".length)), (c) => c.charCodeAt(0));
  return crypto.subtle.importKey("raw", raw, { name: "HMAC", hash: "SHA-256" }, false, ["verify"]);
}

/** Standard Webhooks verification: any `v1,` signature over `id.timestamp.body` with the secret, timestamp within 5 minutes. */
export async function verifies(secret: string, message: Received, nowSeconds: number): Promise<boolean> {
  const id = message.headers["webhook-id"];
  const timestamp = message.headers["webhook-timestamp"];
  const signatures = message.headers["webhook-signature"];
  if (typeof id !== "string" || typeof timestamp !== "string" || typeof signatures !== "string") return false;
  if (!/^\d+$/.test(timestamp) || Math.abs(nowSeconds - Number(timestamp)) > 300) return false;
  const key = await hmacKey(secret);
  const signed = new TextEncoder().encode(`${id}.${timestamp}.${message.body}`);
  for (const entry of signatures.split(" ")) {
    const [version, signature] = entry.split(",");
    if (version !== "v1" || !signature) continue;
    const bytes = Uint8Array.from(atob(signature), (c) => c.charCodeAt(0));
    if (await crypto.subtle.verify("HMAC", key, bytes, signed)) return true;
  }
  return false;
}
