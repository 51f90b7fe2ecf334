import { describe, expect, it } from "vitest";
import { createApiKey } from "@/lib/keys/create-key";
import { KeyNotFoundError, KeyPermissionError, KeyRuleError } from "@/lib/keys/errors";
import { hashApiKey } from "@/lib/keys/format";
import { listTeamKeys } from "@/lib/keys/list-keys";
import { revokeApiKey } from "@/lib/keys/revoke-key";
import { rotateApiKey } from "@/lib/keys/rotate-key";
import { db, setUpTestDatabase } from "../helpers/database";
import { createMember, createTeam, teamWithKey } from "../helpers/factories";

setUpTestDatabase();

const DAY = 86_400_000;

describe("creating keys", () => {
  it("stores only the hash and last four characters, and audits who created it from where", async () => {
    const team = await createTeam("pro");
    const owner = await createMember(team.id, "owner");
    const { key, record } = await createApiKey(owner, team.id, { name: " CRM Sync ", scopes: ["notes:read", "meetings:read"], expiresAt: null });
    const stored = await db.apiKey.findUniqueOrThrow({ where: { id: record.id } });
    expect(stored).toMatchObject({ name: "CRM Sync", hash: hashApiKey(key), last4: key.slice(-4), scopes: ["meetings:read", "notes:read"], createdById: owner.userId });
    expect(JSON.stringify(stored)).not.toContain(key);
    const events = await db.apiKeyAuditEvent.findMany({ where: { keyId: record.id } });
    expect(events).toEqual([expect.objectContaining({ action: "created", actorId: owner.userId, ip: "198.51.100.7", userAgent: "vitest" })]);
  });

  it("refuses members and people outside the team, writing nothing", async () => {
    const team = await createTeam();
    const member = await createMember(team.id, "member");
    const outsider = await createMember((await createTeam()).id, "owner");
    for (const actor of [member, outsider]) {
      await expect(createApiKey(actor, team.id, { name: "Nope", scopes: ["team:read"], expiresAt: null })).rejects.toBeInstanceOf(KeyPermissionError);
    }
    expect(await db.apiKey.count({ where: { teamId: team.id } })).toBe(0);
  });

  it("validates name, scopes, expiry and allowlist with messages a person can act on", async () => {
    const team = await createTeam("pro");
    const admin = await createMember(team.id);
    await expect(createApiKey(admin, team.id, { name: "  ", scopes: ["team:read"], expiresAt: null })).rejects.toThrow(/Give the key a name/);
    await expect(createApiKey(admin, team.id, { name: "x", scopes: [], expiresAt: null })).rejects.toThrow(/at least one scope/);
    await expect(createApiKey(admin, team.id, { name: "x", scopes: ["meetings:delete" as never], expiresAt: null })).rejects.toThrow(/Unknown scope/);
    await expect(createApiKey(admin, team.id, { name: "x", scopes: ["team:read"], expiresAt: new Date(Date.now() - 1) })).rejects.toBeInstanceOf(KeyRuleError);
    const allowlist = createApiKey(admin, team.id, { name: "x", scopes: ["team:read"], expiresAt: null, ipAllowlist: ["203.0.113.0/24"] });
    await expect(allowlist).rejects.toThrow(/Enterprise plan/);
    await expect(createApiKey(admin, team.id, { name: "x", scopes: ["team:read"], expiresAt: null, ipAllowlist: ["10.0.0.0/33"] })).rejects.toThrow(
      /not an IP address or CIDR range/,
    );
    expect(await db.apiKey.count({ where: { teamId: team.id } })).toBe(0);
  });
});

describe("rotating keys", () => {
  it("makes a replacement with the same name, scopes, allowlist and lifetime, and ends the old key after the grace period", async () => {
    const team = await createTeam("enterprise");
    const admin = await createMember(team.id);
    const now = new Date();
    const { record } = await createApiKey(admin, team.id, {
      name: "ERP",
      scopes: ["meetings:read", "team:read"],
      expiresAt: new Date(now.getTime() + 90 * DAY),
      ipAllowlist: ["203.0.113.0/24"],
    });
    const rotated = await rotateApiKey(admin, team.id, record.id, "24h", now);
    expect(rotated.record).toMatchObject({ name: "ERP", scopes: ["meetings:read", "team:read"], ipAllowlist: ["203.0.113.0/24"] });
    expect(Math.abs(rotated.record.expiresAt!.getTime() - (now.getTime() + 90 * DAY))).toBeLessThan(5_000);
    expect(rotated.oldKeyExpiresAt.getTime()).toBe(now.getTime() + DAY);
    const actions = await db.apiKeyAuditEvent.findMany({ where: { teamId: team.id }, orderBy: { createdAt: "asc" }, select: { action: true, keyId: true } });
    expect(actions).toEqual(
      expect.arrayContaining([
        { action: "rotated", keyId: record.id },
        { action: "created", keyId: rotated.record.id },
      ]),
    );
  });

  it("refuses to rotate a revoked key, a key rotated before, or one of another team", async () => {
    const { team, admin, record } = await teamWithKey();
    await rotateApiKey(admin, team.id, record.id, "1h");
    await expect(rotateApiKey(admin, team.id, record.id, "1h")).rejects.toThrow(/already rotated/);
    const revoked = await createApiKey(admin, team.id, { name: "gone", scopes: ["team:read"], expiresAt: null });
    await revokeApiKey(admin, team.id, revoked.record.id);
    await expect(rotateApiKey(admin, team.id, revoked.record.id, "now")).rejects.toThrow(/revoked/);
    const other = await teamWithKey();
    await expect(rotateApiKey(admin, team.id, other.record.id, "now")).rejects.toBeInstanceOf(KeyNotFoundError);
  });

  it("lets only one of two concurrent rotations win", async () => {
    const { team, admin, record } = await teamWithKey();
    const results = await Promise.allSettled([rotateApiKey(admin, team.id, record.id, "1h"), rotateApiKey(admin, team.id, record.id, "1h")]);
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    expect(await db.apiKey.count({ where: { rotatedFromId: record.id } })).toBe(1);
  });
});

describe("revoking keys", () => {
  it("is immediate, audited once, and cannot be undone by revoking again", async () => {
    const { team, admin, record } = await teamWithKey();
    const first = await revokeApiKey(admin, team.id, record.id);
    const second = await revokeApiKey(admin, team.id, record.id);
    expect(second.revokedAt).toEqual(first.revokedAt);
    expect(await db.apiKeyAuditEvent.count({ where: { keyId: record.id, action: "revoked" } })).toBe(1);
    const member = await createMember(team.id, "member");
    await expect(revokeApiKey(member, team.id, record.id)).rejects.toBeInstanceOf(KeyPermissionError);
  });

  it("lists usable keys first and revoked or expired ones after", async () => {
    const { team, admin, record } = await teamWithKey();
    const newer = await createApiKey(admin, team.id, { name: "newer", scopes: ["team:read"], expiresAt: null });
    await revokeApiKey(admin, team.id, newer.record.id);
    const keys = await listTeamKeys(team.id);
    expect(keys.map((key) => [key.id, key.status])).toEqual([
      [record.id, "active"],
      [newer.record.id, "revoked"],
    ]);
  });
});
