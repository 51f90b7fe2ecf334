import { describe, expect, it } from "vitest";
import { createApiKey } from "@/lib/keys/create-key";
import { KeyNotFoundError, KeyPermissionError, KeyRuleError } from "@/lib/keys/errors";
import { hashApiKey } from "@/lib/keys/format";
import {
  countTeamKeys,
  keyListQuerySchema,
  listExpiringKeys,
  listTeamKeys,
  type KeyListQuery,
} from "@/lib/keys/list-keys";
import { listAuditEvents } from "@/lib/keys/list-audit-events";
import { renameApiKey } from "@/lib/keys/rename-key";
import { revokeApiKey } from "@/lib/keys/revoke-key";
import { rotateApiKey } from "@/lib/keys/rotate-key";
import { db, setUpTestDatabase } from "../helpers/database";
import { createMember, createTeam, teamWithKey } from "../helpers/factories";

setUpTestDatabase();

const DAY = 86_400_000;

const query = (changes: Partial<KeyListQuery> = {}): KeyListQuery => ({ ...keyListQuerySchema.parse({}), ...changes });

describe("creating keys", () => {
  it("stores only the hash and last four characters, and audits who created it from where", async () => {
    const team = await createTeam("pro");
    const owner = await createMember(team.id, "owner");
    const { key, record } = await createApiKey(owner, team.id, {
      name: " CRM Sync ",
      scopes: ["notes:read", "meetings:read"],
      expiresAt: null,
    });
    const stored = await db.apiKey.findUniqueOrThrow({ where: { id: record.id } });
    expect(stored).toMatchObject({
      name: "CRM Sync",
      hash: hashApiKey(key),
      last4: key.slice(-4),
      scopes: ["meetings:read", "notes:read"],
      createdById: owner.userId,
    });
    expect(JSON.stringify(stored)).not.toContain(key);
    const events = await db.apiKeyAuditEvent.findMany({ where: { keyId: record.id } });
    expect(events).toEqual([
      expect.objectContaining({ action: "created", actorId: owner.userId, ip: "198.51.100.7", userAgent: "vitest" }),
    ]);
  });

  it("refuses members and people outside the team, writing nothing", async () => {
    const team = await createTeam();
    const member = await createMember(team.id, "member");
    const outsider = await createMember((await createTeam()).id, "owner");
    for (const actor of [member, outsider]) {
      await expect(
        createApiKey(actor, team.id, { name: "Nope", scopes: ["team:read"], expiresAt: null }),
      ).rejects.toBeInstanceOf(KeyPermissionError);
    }
    expect(await db.apiKey.count({ where: { teamId: team.id } })).toBe(0);
  });

  it("validates name, scopes, expiry and allowlist with messages a person can act on", async () => {
    const team = await createTeam("pro");
    const admin = await createMember(team.id);
    await expect(createApiKey(admin, team.id, { name: "  ", scopes: ["team:read"], expiresAt: null })).rejects.toThrow(
      /Give the key a name/,
    );
    await expect(createApiKey(admin, team.id, { name: "x", scopes: [], expiresAt: null })).rejects.toThrow(
      /at least one scope/,
    );
    await expect(
      createApiKey(admin, team.id, { name: "x", scopes: ["meetings:delete" as never], expiresAt: null }),
    ).rejects.toThrow(/Unknown scope/);
    await expect(
      createApiKey(admin, team.id, { name: "x", scopes: ["team:read"], expiresAt: new Date(Date.now() - 1) }),
    ).rejects.toBeInstanceOf(KeyRuleError);
    const allowlist = createApiKey(admin, team.id, {
      name: "x",
      scopes: ["team:read"],
      expiresAt: null,
      ipAllowlist: ["203.0.113.0/24"],
    });
    await expect(allowlist).rejects.toThrow(/Enterprise plan/);
    await expect(
      createApiKey(admin, team.id, { name: "x", scopes: ["team:read"], expiresAt: null, ipAllowlist: ["10.0.0.0/33"] }),
    ).rejects.toThrow(/not an IP address or CIDR range/);
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
    expect(rotated.record).toMatchObject({
      name: "ERP",
      scopes: ["meetings:read", "team:read"],
      ipAllowlist: ["203.0.113.0/24"],
    });
    expect(Math.abs(rotated.record.expiresAt!.getTime() - (now.getTime() + 90 * DAY))).toBeLessThan(5_000);
    expect(rotated.oldKeyExpiresAt.getTime()).toBe(now.getTime() + DAY);
    const actions = await db.apiKeyAuditEvent.findMany({
      where: { teamId: team.id },
      orderBy: { createdAt: "asc" },
      select: { action: true, keyId: true },
    });
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
    const results = await Promise.allSettled([
      rotateApiKey(admin, team.id, record.id, "1h"),
      rotateApiKey(admin, team.id, record.id, "1h"),
    ]);
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

  it("hides revoked keys from the default list and shows them under Revoked", async () => {
    const { team, admin, record } = await teamWithKey();
    const newer = await createApiKey(admin, team.id, { name: "newer", scopes: ["team:read"], expiresAt: null });
    await revokeApiKey(admin, team.id, newer.record.id);
    const listed = async (status: KeyListQuery["status"]) =>
      (await listTeamKeys(team.id, query({ status }))).keys.map((key) => [key.id, key.status]);
    expect(await listed("all")).toEqual([[record.id, "active"]]);
    expect(await listed("revoked")).toEqual([[newer.record.id, "revoked"]]);
    expect(await countTeamKeys(team.id)).toMatchObject({ total: 2, all: 1, active: 1, revoked: 1 });
  });
});

describe("the keys list at scale", () => {
  /** 60 keys with distinct creation times, every fifth never expiring, every third used once. */
  async function teamWithManyKeys() {
    const team = await createTeam("pro");
    const admin = await createMember(team.id);
    const base = Date.now() - 100 * DAY;
    const ids: string[] = [];
    for (let index = 0; index < 60; index++) {
      const { record } = await createApiKey(admin, team.id, {
        name: `Integration ${String(index).padStart(2, "0")}`,
        scopes: ["team:read"],
        expiresAt: null,
      });
      await db.apiKey.update({
        where: { id: record.id },
        data: {
          createdAt: new Date(base + index * 60_000),
          expiresAt: index % 5 === 0 ? null : new Date(Date.now() + (10 + (index % 7)) * DAY),
          lastUsedAt: index % 3 === 0 ? new Date(Date.now() - index * 60_000) : null,
        },
      });
      ids.push(record.id);
    }
    return { team, admin, ids };
  }

  /** Follows next cursors from the first page to the last. */
  async function allPages(teamId: string, listQuery: KeyListQuery) {
    const pages: string[][] = [];
    let cursor: string | undefined;
    do {
      const page = await listTeamKeys(teamId, { ...listQuery, cursor });
      pages.push(page.keys.map((key) => key.id));
      cursor = page.nextCursor ?? undefined;
    } while (cursor && pages.length < 10);
    return pages;
  }

  it("pages of 25 in every sort visit each key exactly once, dated keys before keys without a date", async () => {
    const { team, ids } = await teamWithManyKeys();
    for (const sort of ["created", "expires", "last_used"] as const) {
      const pages = await allPages(team.id, query({ sort }));
      expect(pages.map((page) => page.length)).toEqual([25, 25, 10]);
      const order = pages.flat();
      expect(new Set(order).size).toBe(60);
      const keys = await db.apiKey.findMany({
        where: { id: { in: order } },
        select: { id: true, createdAt: true, expiresAt: true, lastUsedAt: true },
      });
      const byId = new Map(keys.map((key) => [key.id, key]));
      const values = order.map((id) => {
        const key = byId.get(id)!;
        return { created: key.createdAt, expires: key.expiresAt, last_used: key.lastUsedAt }[sort]?.getTime() ?? null;
      });
      const dated = values.filter((value): value is number => value !== null);
      // Nulls last, and the dated ones in the sort's direction.
      expect(values.slice(dated.length).every((value) => value === null)).toBe(true);
      expect(dated).toEqual([...dated].sort((a, b) => (sort === "expires" ? a - b : b - a)));
    }
    expect((await allPages(team.id, query())).flat()).toEqual([...ids].reverse());
  });

  it("finds keys by part of the name or by their last characters, in any of the ways they are shown", async () => {
    const { team, ids } = await teamWithManyKeys();
    const target = await db.apiKey.findUniqueOrThrow({ where: { id: ids[42] }, select: { id: true, last4: true } });
    const found = async (q: string) => (await listTeamKeys(team.id, query({ q }))).keys.map((key) => key.id);
    expect(await found("integration 42")).toEqual([target.id]);
    for (const q of [target.last4, `…${target.last4}`, `mavio_sk_...${target.last4}`])
      expect(await found(q)).toContain(target.id);
    expect(await found("100%_")).toEqual([]);
  });

  it("filters by status, counts each status, and names in the banner only expiring keys nothing replaces", async () => {
    const { team, admin, ids } = await teamWithManyKeys();
    const now = new Date();
    await db.apiKey.update({ where: { id: ids[1] }, data: { expiresAt: new Date(now.getTime() - DAY) } });
    await db.apiKey.update({ where: { id: ids[2] }, data: { expiresAt: new Date(now.getTime() + 2 * DAY) } });
    await db.apiKey.update({ where: { id: ids[3] }, data: { expiresAt: new Date(now.getTime() + 3 * DAY) } });
    await revokeApiKey(admin, team.id, ids[4]);
    const { key: replacement } = await rotateApiKey(admin, team.id, ids[3], "1h");
    const status = async (filter: KeyListQuery["status"]) =>
      (await listTeamKeys(team.id, query({ status: filter }), now, 100)).keys.map((key) => key.id);
    expect(await status("expired")).toEqual([ids[1]]);
    expect((await status("expiring_soon")).sort()).toEqual([ids[2], ids[3]].sort());
    expect(await status("revoked")).toEqual([ids[4]]);
    expect(await countTeamKeys(team.id, now)).toMatchObject({
      total: 61,
      all: 60,
      expired: 1,
      expiring_soon: 2,
      revoked: 1,
      active: 57,
    });
    expect((await listExpiringKeys(team.id, now)).map((key) => key.id)).toEqual([ids[2]]);
    const replaced = (await listTeamKeys(team.id, query({ status: "expiring_soon" }), now)).keys.find(
      (key) => key.id === ids[3],
    );
    expect(replaced?.replacedByLast4).toBe(replacement.slice(-4));
  });

  it("ignores a cursor made for another sort or tampered with, and falls back to defaults for unknown values", async () => {
    const { team, ids } = await teamWithManyKeys();
    const { nextCursor } = await listTeamKeys(team.id, query({ sort: "expires" }));
    const restarted = await listTeamKeys(team.id, query({ sort: "created", cursor: nextCursor! }));
    expect(restarted.keys[0]!.id).toBe(ids[59]);
    expect((await listTeamKeys(team.id, query({ cursor: "not-a-cursor" }))).keys[0]!.id).toBe(ids[59]);
    expect(keyListQuerySchema.parse({ status: "bogus", sort: ["expires", "created"], q: 7 })).toEqual({
      q: "",
      status: "all",
      sort: "created",
    });
  });

  it("lists every key for a search or a cursor PostgreSQL cannot read (a NUL, a lone surrogate) instead of failing", async () => {
    const { team, ids } = await teamWithManyKeys();
    for (const q of ["Key\u0000", "\ud800"]) {
      expect((await listTeamKeys(team.id, keyListQuerySchema.parse({ q }))).keys[0]!.id).toBe(ids[59]);
    }
    const forged = Buffer.from(JSON.stringify(["created", new Date().toISOString(), "key_\u0000"])).toString(
      "base64url",
    );
    expect((await listTeamKeys(team.id, query({ cursor: forged }))).keys[0]!.id).toBe(ids[59]);
  });

  it("renames a key with an audit event naming both names, and refuses members and bad names", async () => {
    const { team, admin, record, key } = await teamWithKey();
    await renameApiKey(admin, team.id, record.id, "  Billing Sync  ");
    expect(await db.apiKey.findUniqueOrThrow({ where: { id: record.id }, select: { name: true, hash: true } })).toEqual(
      { name: "Billing Sync", hash: hashApiKey(key) },
    );
    await renameApiKey(admin, team.id, record.id, "Billing Sync");
    const events = await db.apiKeyAuditEvent.findMany({ where: { keyId: record.id, action: "renamed" } });
    expect(events).toEqual([
      expect.objectContaining({
        details: { from: "Test key", to: "Billing Sync" },
        actorId: admin.userId,
        ip: "198.51.100.7",
      }),
    ]);
    const member = await createMember(team.id, "member");
    await expect(renameApiKey(member, team.id, record.id, "Mine now")).rejects.toBeInstanceOf(KeyPermissionError);
    await expect(renameApiKey(admin, team.id, record.id, " ")).rejects.toThrow(/Give the key a name/);
    await expect(renameApiKey(admin, (await createTeam()).id, record.id, "Elsewhere")).rejects.toBeInstanceOf(
      KeyPermissionError,
    );
    expect((await db.apiKey.findUniqueOrThrow({ where: { id: record.id } })).name).toBe("Billing Sync");
  });

  it("pages the audit log newest first and filters it by key", async () => {
    const { team, ids } = await teamWithManyKeys();
    const first = await listAuditEvents(team.id);
    expect(first.events).toHaveLength(20);
    expect(first.events[0]!.key.id).toBe(ids[59]);
    const second = await listAuditEvents(team.id, { cursor: first.nextCursor! });
    expect(second.events[0]!.key.id).toBe(ids[39]);
    expect(new Set([...first.events, ...second.events].map((event) => event.id)).size).toBe(40);
    const oneKey = await listAuditEvents(team.id, { keyId: ids[7] });
    expect(oneKey.events.map((event) => [event.key.id, event.action])).toEqual([[ids[7], "created"]]);
    expect(oneKey.nextCursor).toBeNull();
    expect((await listAuditEvents(team.id, { cursor: "garbage" })).events[0]!.key.id).toBe(ids[59]);
  });
});
