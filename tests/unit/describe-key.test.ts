import { describe, expect, it } from "vitest";
import { describeKey, meSchema } from "@/lib/api/v1/me";

const key = {
  id: "key_1",
  name: "CRM Sync",
  scopes: ["meetings:read" as const],
  expiresAt: null,
  createdAt: new Date("2026-11-26T12:00:00.000Z"),
};
const team = { id: "team_1", name: "Acme", plan: "pro" as const, customRateLimit: null, rateLimitPerMinute: 300 };

describe("describeKey (GET /me)", () => {
  it("answers with the key, its scopes and its team in the documented shape", () => {
    const identity = describeKey({ key, team });
    expect(meSchema.parse(identity)).toEqual({
      id: "key_1",
      name: "CRM Sync",
      scopes: ["meetings:read"],
      expires_at: null,
      created_at: "2026-11-26T12:00:00.000Z",
      team: { id: "team_1", name: "Acme", plan: "pro", rate_limit_per_minute: 300 },
    });
  });

  it("makes the answer once for the same loaded key and team", () => {
    expect(describeKey({ key, team })).toBe(describeKey({ key, team }));
  });

  it("makes it again when the key is loaded again with a changed team", () => {
    const first = describeKey({ key, team });
    const renamed = { ...team, name: "Acme Corp", plan: "team" as const, rateLimitPerMinute: 1_000 };
    expect(describeKey({ key, team: renamed }).team).toEqual({
      id: "team_1",
      name: "Acme Corp",
      plan: "team",
      rate_limit_per_minute: 1_000,
    });
    expect(describeKey({ key: { ...key, name: "Renamed" }, team }).name).toBe("Renamed");
    expect(first.team.name).toBe("Acme");
  });
});
