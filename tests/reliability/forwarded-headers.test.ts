import { createServer, request as httpRequest, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setForwardedHeaders } from "@/scripts/lib/forwarded-headers";

// A real HTTP server doing what scripts/serve.ts does before handing a request to Next,
// answering with the headers Next would then see.
let server: Server;
let port: number;

beforeAll(async () => {
  server = createServer((request, response) => {
    setForwardedHeaders(request);
    response.setHeader("content-type", "application/json");
    response.end(JSON.stringify(request.headers));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

function headersSeenByNext(headers: Record<string, string>): Promise<Record<string, string>> {
  return new Promise((resolve, reject) => {
    const outgoing = httpRequest(
      { host: "127.0.0.1", port, path: "/settings", method: "POST", headers },
      (incoming) => {
        let body = "";
        incoming.on("data", (chunk) => (body += chunk));
        incoming.on("end", () => resolve(JSON.parse(body)));
      },
    );
    outgoing.on("error", reject);
    outgoing.end();
  });
}

describe("headers a client cannot choose", () => {
  it("replaces a client-written X-Forwarded-Host with the Host the request arrived with", async () => {
    const seen = await headersSeenByNext({
      host: `localhost:${port}`,
      origin: "https://evil.example",
      "x-forwarded-host": "evil.example",
    });
    expect(seen["x-forwarded-host"]).toBe(`localhost:${port}`);
  });

  it("appends the socket peer to X-Forwarded-For", async () => {
    const seen = await headersSeenByNext({ "x-forwarded-for": "203.0.113.9" });
    expect(seen["x-forwarded-for"]).toBe("203.0.113.9, 127.0.0.1");
    expect(seen["x-forwarded-host"]).toBe(`127.0.0.1:${port}`);
  });
});
