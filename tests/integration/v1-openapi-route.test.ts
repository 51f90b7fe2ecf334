import { describe, expect, it } from "vitest";
import * as route from "@/app/api/v1/openapi.json/route";
import { PUBLIC_PER_MINUTE } from "@/lib/api/public-route";
import { OPERATION_LIST } from "@/lib/api/v1/operations";
import { callRoute } from "../helpers/api";
import { awayFromWindowEdge } from "../helpers/clock";
import { setUpAppRedis } from "../helpers/redis";

setUpAppRedis();

describe("GET /openapi.json", () => {
  it("serves the document without a key, with a request id and per-IP rate-limit headers", async () => {
    const response = await callRoute(route.GET, "/openapi.json", {
      ip: "203.0.113.50",
      headers: { "x-request-id": "docs-client-12345" },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^application\/json/);
    expect(response.headers.get("x-request-id")).toBe("docs-client-12345");
    expect(response.headers.get("x-ratelimit-limit")).toBe(String(PUBLIC_PER_MINUTE));
    expect(response.headers.get("cache-control")).toBe("public, max-age=300");
    const document = (await response.json()) as { openapi: string; paths: Record<string, Record<string, unknown>> };
    expect(document.openapi).toBe("3.1.0");
    for (const operation of OPERATION_LIST)
      expect(document.paths[operation.path]?.[operation.method.toLowerCase()], operation.operationId).toBeDefined();
  });

  it("answers other methods with 405 and Allow, still without a key", async () => {
    const response = await callRoute(route.POST, "/openapi.json", { method: "POST", ip: "203.0.113.51" });
    expect(response.status).toBe(405);
    expect(response.headers.get("allow")).toBe("GET");
    expect(response.headers.get("content-type")).toBe("application/problem+json");
    expect(await response.json()).toMatchObject({ code: "method_not_allowed" });
  });

  it("limits each address", async () => {
    await awayFromWindowEdge();
    const ip = "203.0.113.52";
    const statuses: number[] = [];
    for (let i = 0; i < PUBLIC_PER_MINUTE + 2; i++)
      statuses.push((await callRoute(route.GET, "/openapi.json", { ip })).status);
    expect(statuses.filter((status) => status === 200).length).toBeLessThanOrEqual(PUBLIC_PER_MINUTE);
    const limited = await callRoute(route.GET, "/openapi.json", { ip });
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
    expect((await callRoute(route.GET, "/openapi.json", { ip: "203.0.113.53" })).status).toBe(200);
  });
});
