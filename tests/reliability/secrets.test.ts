import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import * as me from "@/app/api/v1/me/route";
import { createApiKey } from "@/lib/keys/create-key";
import { KEY_PREFIX } from "@/lib/keys/format";
import { revokeApiKey } from "@/lib/keys/revoke-key";
import { rotateApiKey } from "@/lib/keys/rotate-key";
import { redact } from "@/lib/log";
import { callRoute } from "../helpers/api";
import { db, setUpTestDatabase } from "../helpers/database";
import { createMember, createTeam } from "../helpers/factories";

setUpTestDatabase();
const output: string[] = [];

beforeAll(() => {
  // Redis configured but down, so the warning paths (which log) run too.
  process.env.UPSTASH_REDIS_REST_URL = "http://127.0.0.1:9";
  process.env.UPSTASH_REDIS_REST_TOKEN = "unreachable";
  for (const method of ["log", "info", "warn", "error", "debug"] as const) {
    vi.spyOn(console, method).mockImplementation((...args: unknown[]) => void output.push(args.map(String).join(" ")));
  }
});
afterAll(() => vi.restoreAllMocks());

describe("API keys in logs", () => {
  it("never appear in anything the app writes, through the whole key lifecycle and its error paths", async () => {
    const team = await createTeam("enterprise");
    const admin = await createMember(team.id, "owner");
    const created = await createApiKey(admin, team.id, { name: "Logged?", scopes: ["meetings:read"], expiresAt: null });
    const rotated = await rotateApiKey(admin, team.id, created.record.id, "1h");
    const keys = [created.key, rotated.key];

    for (const key of keys) {
      await callRoute(me.GET, "/me", { key });
      await callRoute(me.GET, "/me", { key: `${key.slice(0, -1)}x` });
      await callRoute(me.GET, "/me", { headers: { authorization: `Basic ${key}` } });
    }
    // An unexpected error inside a handler is logged (with its stack) and answered 500.
    const { apiRoute } = await import("@/lib/api/api-route");
    const { ANY_KEY } = await import("@/lib/keys/scopes");
    const failing = apiRoute({ scope: ANY_KEY, template: "/boom" }, ({ request }) => {
      throw new Error(`boom while handling ${request.headers.get("authorization")}`);
    });
    const response = await callRoute(failing, "/boom", { key: rotated.key });
    expect(response.status).toBe(500);
    expect(await response.text()).not.toContain(rotated.key);
    await revokeApiKey(admin, team.id, rotated.record.id);
    await callRoute(me.GET, "/me", { key: rotated.key });

    const written = output.join("\n");
    expect(written.length).toBeGreaterThan(0);
    expect(written).toContain(`${KEY_PREFIX}[redacted]`);
    for (const key of keys) {
      expect(written).not.toContain(key);
      expect(written).not.toContain(key.slice(KEY_PREFIX.length, KEY_PREFIX.length + 16));
    }
    const stored = JSON.stringify(await db.apiKeyAuditEvent.findMany({ where: { teamId: team.id } }));
    for (const key of keys) expect(stored).not.toContain(key);
  });

  it("redacts anything key-shaped in a log line", () => {
    expect(redact('{"detail":"Bearer mavio_sk_abcDEF123"}')).toBe('{"detail":"Bearer mavio_sk_[redacted]"}');
  });
});
