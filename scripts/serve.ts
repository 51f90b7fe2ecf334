// Hosts the Next.js app (production build, or --dev) behind a plain Node HTTP server, for
// two things `next start` cannot do:
// - the caller's address and host: Next only fills X-Forwarded-For and X-Forwarded-Host
//   when they are absent, so a direct client could claim any IP, or pass the server-action
//   origin check with a forged Origin and X-Forwarded-Host. Here both are set from the
//   socket and the Host header, as a proxy would (scripts/lib/forwarded-headers.ts).
// - graceful shutdown: on SIGTERM/SIGINT stop accepting, let in-flight requests finish,
//   then run the app's shutdown hooks (usage flush, webhook worker) before exiting.
// - Content-Length on files: Next drops it from route handler responses; file responses
//   repeat it in CONTENT_LENGTH_COPY and it is restored here, so players can seek.
// - /api/v1 requests Next would answer with a plain-text 500 (a TRACE, a malformed percent
//   escape in the path) get their problem here instead (lib/api/v1/front-door.ts).
// It also runs the webhook delivery worker beside the app (WEBHOOKS_WORKER_IN_SERVER) and
// prunes usage past its retention (lib/usage/retention.ts).
import { createServer, type ServerResponse } from "node:http";
import { parseArgs } from "node:util";
import next from "next";
import { CONTENT_LENGTH_COPY } from "@/lib/http/file-response";
import { frontDoorAnswer } from "@/lib/api/v1/front-door";
import { runShutdownHooks } from "@/lib/lifecycle";
import { startUsageRetention } from "@/lib/usage/retention";
import { startWebhookWorkerInServer } from "@/lib/webhooks/worker";
import { setForwardedHeaders } from "./lib/forwarded-headers";

const { values: flags } = parseArgs({
  options: {
    dev: { type: "boolean", default: false },
    port: { type: "string", default: process.env.PORT || "3000" },
    hostname: { type: "string", default: "0.0.0.0" },
  },
});
const GRACE_MS = 10_000;

function restoreContentLength(response: ServerResponse) {
  const writeHead = response.writeHead;
  response.writeHead = function (this: ServerResponse, ...args: Parameters<ServerResponse["writeHead"]>) {
    const length = this.getHeader(CONTENT_LENGTH_COPY);
    if (length !== undefined) {
      this.removeHeader(CONTENT_LENGTH_COPY);
      if (!this.hasHeader("content-length")) this.setHeader("content-length", length);
    }
    return writeHead.apply(this, args);
  } as ServerResponse["writeHead"];
}

async function main() {
  const port = Number(flags.port);
  const app = next({ dev: flags.dev, port, hostname: "localhost" });
  const handle = app.getRequestHandler();
  await app.prepare();
  startWebhookWorkerInServer();
  startUsageRetention();

  // Handlers still running, even for clients that already hung up: shutdown waits for
  // them, so the usage they record is in the final flush.
  const inFlight = new Set<Promise<void>>();
  const server = createServer((request, response) => {
    const refused = frontDoorAnswer(
      request.method ?? "GET",
      request.url ?? "/",
      request.headers["x-request-id"]?.toString(),
    );
    if (refused) {
      response.writeHead(refused.status, refused.headers).end(refused.body);
      return;
    }
    setForwardedHeaders(request);
    restoreContentLength(response);
    const handling: Promise<void> = handle(request, response)
      .catch((error) => console.error(error))
      .finally(() => inFlight.delete(handling));
    inFlight.add(handling);
  });
  server.keepAliveTimeout = 65_000;
  server.listen(port, flags.hostname, () => console.log(`▸ Listening on http://localhost:${port}`));

  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`▸ ${signal}: finishing in-flight requests`);
    const forceExit = setTimeout(() => process.exit(1), GRACE_MS);
    forceExit.unref();
    // Keep-alive connections outlive their requests; close each one as soon as its
    // in-flight request is answered, or close() would wait for the clients to hang up.
    const closeIdle = setInterval(() => server.closeIdleConnections(), 50);
    server.close(async () => {
      clearInterval(closeIdle);
      await Promise.allSettled(inFlight);
      await runShutdownHooks();
      await app.close();
      process.exit(0);
    });
    server.closeIdleConnections();
  };
  process.on("SIGTERM", () => shutdown("SIGTERM"));
  process.on("SIGINT", () => shutdown("SIGINT"));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
