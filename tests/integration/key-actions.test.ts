import { isIP } from "node:net";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  createKeyFromForm,
  renameKeyFromForm,
  revokeKeyFromForm,
  rotateKeyFromForm,
} from "@/app/(dashboard)/settings/developer/api-keys/key-form-handlers";
import { ipFamily } from "@/lib/keys/allowlist-entry";
import { hashApiKey } from "@/lib/keys/format";
import { parseCreateKeyForm, type CreateKeyFormValues } from "@/lib/keys/form";
import { db, setUpTestDatabase } from "../helpers/database";
import { createMember, createTeam, teamWithKey } from "../helpers/factories";

// What the settings page's server actions do after reading the session: the same calls,
// with the actor and team they would pass.

setUpTestDatabase();

const DAY = 86_400_000;
const PERMISSION_MESSAGE = "Only owners and admins can create, rotate or revoke API keys.";

const form = (values: Partial<CreateKeyFormValues> = {}): CreateKeyFormValues => ({
  name: "CRM Sync",
  scopes: ["meetings:read"],
  expiration: "90",
  customExpiresOn: "",
  ipAllowlist: "",
  ...values,
});

describe("the create form's schema", () => {
  const now = new Date("2026-11-26T12:00:00Z");

  it("turns the expiration choice into a date: presets from now, a custom day through its end (UTC), or never", () => {
    const expiresAt = (values: Partial<CreateKeyFormValues>) => {
      const parsed = parseCreateKeyForm(form(values), now);
      if (!parsed.success) throw new Error(JSON.stringify(parsed.fieldErrors));
      return parsed.data.expiresAt;
    };
    expect(expiresAt({ expiration: "30" })).toEqual(new Date(now.getTime() + 30 * DAY));
    expect(expiresAt({ expiration: "90" })).toEqual(new Date(now.getTime() + 90 * DAY));
    expect(expiresAt({ expiration: "custom", customExpiresOn: "2027-01-15" })).toEqual(
      new Date("2027-01-15T23:59:59.999Z"),
    );
    expect(expiresAt({ expiration: "never" })).toBeNull();
  });

  it("puts each problem next to its field, with the shared schemas' messages", () => {
    const parsed = parseCreateKeyForm(form({ name: "  ", scopes: [], expiration: "custom", customExpiresOn: "" }), now);
    expect(parsed).toEqual({
      success: false,
      fieldErrors: { name: expect.stringMatching(/^Give the key a name/), scopes: "Choose at least one scope" },
    });
    expect(parseCreateKeyForm(form({ expiration: "custom", customExpiresOn: "" }), now)).toEqual({
      success: false,
      fieldErrors: { customExpiresOn: "Choose a date" },
    });
    expect(parseCreateKeyForm(form({ expiration: "custom", customExpiresOn: "2026-02-30" }), now)).toEqual({
      success: false,
      fieldErrors: { customExpiresOn: "Choose a date" },
    });
    expect(parseCreateKeyForm(form({ expiration: "custom", customExpiresOn: "2026-11-25" }), now)).toEqual({
      success: false,
      fieldErrors: { customExpiresOn: "Choose a date in the future" },
    });
    expect(parseCreateKeyForm({ ...form(), scopes: ["meetings:read", "everything:admin"] }, now)).toMatchObject({
      success: false,
      fieldErrors: { scopes: "Unknown scope" },
    });
  });

  it("reads the allowlist one entry per line and names every bad entry", () => {
    const parsed = parseCreateKeyForm(form({ ipAllowlist: " 203.0.113.0/24 \n\n2001:db8::/32\r\n" }), now);
    expect(parsed).toMatchObject({ success: true, data: { ipAllowlist: ["203.0.113.0/24", "2001:db8::/32"] } });
    const bad = parseCreateKeyForm(form({ ipAllowlist: "10.0.0.0/33\nexample.com\n10.0.0.1" }), now);
    expect(bad.success).toBe(false);
    expect(!bad.success && bad.fieldErrors.ipAllowlist?.split("\n")).toEqual([
      expect.stringContaining('"10.0.0.0/33" is not an IP address'),
      expect.stringContaining('"example.com" is not an IP address'),
    ]);
  });

  it("recognises IP addresses exactly as node:net does, so the browser and the server agree", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.ipV4(),
          fc.ipV6(),
          fc.ipV4Extended(),
          fc.string(),
          fc.constantFrom("fe80::1%eth0", "::ffff:1.2.3.4", "01.2.3.4"),
        ),
        (candidate) => {
          expect(ipFamily(candidate)).toBe(isIP(candidate));
        },
      ),
      { numRuns: 2_000 },
    );
  });
});

describe("creating a key from the form", () => {
  it("gives an admin the secret once, stores only its hash, and audits where the request came from", async () => {
    const team = await createTeam("pro");
    const admin = await createMember(team.id, "admin");
    const result = await createKeyFromForm(
      admin,
      team.id,
      form({ name: " Analytics Pipeline ", scopes: ["transcripts:read", "meetings:read"] }),
    );
    if (!result.ok) throw new Error(JSON.stringify(result));
    expect(result.created).toMatchObject({ name: "Analytics Pipeline", last4: result.created.key.slice(-4) });
    const stored = await db.apiKey.findUniqueOrThrow({
      where: { id: result.created.id },
      select: { hash: true, scopes: true, expiresAt: true },
    });
    expect(stored.hash).toBe(hashApiKey(result.created.key));
    expect(stored.scopes).toEqual(["meetings:read", "transcripts:read"]);
    expect(stored.expiresAt!.getTime() - Date.now()).toBeGreaterThan(89 * DAY);
    const audit = await db.apiKeyAuditEvent.findFirstOrThrow({ where: { keyId: result.created.id } });
    expect(audit).toMatchObject({ action: "created", actorId: admin.userId, ip: admin.ip, userAgent: admin.userAgent });
  });

  it("refuses a member with a message, not an exception, and creates nothing", async () => {
    const team = await createTeam("pro");
    const member = await createMember(team.id, "member");
    expect(await createKeyFromForm(member, team.id, form())).toEqual({ ok: false, formError: PERMISSION_MESSAGE });
    expect(await db.apiKey.count({ where: { teamId: team.id } })).toBe(0);
  });

  it("refuses someone acting on a team they do not belong to", async () => {
    const team = await createTeam("pro");
    const outsider = await createMember((await createTeam("pro")).id, "owner");
    expect(await createKeyFromForm(outsider, team.id, form())).toEqual({ ok: false, formError: PERMISSION_MESSAGE });
  });

  it("returns field errors for invalid input without touching the database", async () => {
    const team = await createTeam("pro");
    const admin = await createMember(team.id, "admin");
    expect(await createKeyFromForm(admin, team.id, { name: "", scopes: "meetings:read" })).toMatchObject({
      ok: false,
      fieldErrors: { name: expect.any(String), scopes: expect.any(String), expiration: "Choose when the key expires" },
    });
    expect(await db.apiKeyAuditEvent.count({ where: { teamId: team.id } })).toBe(0);
  });

  it("puts the Enterprise-only allowlist rule on the allowlist field", async () => {
    const pro = await createTeam("pro");
    const admin = await createMember(pro.id, "admin");
    expect(await createKeyFromForm(admin, pro.id, form({ ipAllowlist: "203.0.113.0/24" }))).toEqual({
      ok: false,
      fieldErrors: { ipAllowlist: "IP allowlists are available on the Enterprise plan." },
    });

    const enterprise = await createTeam("enterprise", 5000);
    const owner = await createMember(enterprise.id, "owner");
    const created = await createKeyFromForm(
      owner,
      enterprise.id,
      form({ ipAllowlist: "203.0.113.0/24\n2001:db8::/32" }),
    );
    expect(created.ok).toBe(true);
  });
});

describe("rotating and revoking from the row menu", () => {
  it("rotates for an admin and reports when the old key stops working", async () => {
    const { team, admin, record } = await teamWithKey({ plan: "pro" });
    const before = Date.now();
    const result = await rotateKeyFromForm(admin, team.id, { keyId: record.id, grace: "1h" });
    if (!result.ok) throw new Error(JSON.stringify(result));
    expect(result.created.key).toMatch(/^mavio_sk_/);
    expect(Date.parse(result.oldKeyExpiresAt) - before).toBeGreaterThanOrEqual(3_600_000 - 1_000);
    expect(await rotateKeyFromForm(admin, team.id, { keyId: record.id, grace: "now" })).toEqual({
      ok: false,
      formError: "This key was already rotated; rotate its replacement instead.",
    });
  });

  it("refuses members, leaving the key untouched", async () => {
    const { team, record } = await teamWithKey({ plan: "pro" });
    const member = await createMember(team.id, "member");
    expect(await rotateKeyFromForm(member, team.id, { keyId: record.id, grace: "now" })).toEqual({
      ok: false,
      formError: PERMISSION_MESSAGE,
    });
    expect(await revokeKeyFromForm(member, team.id, { keyId: record.id })).toEqual({
      ok: false,
      formError: PERMISSION_MESSAGE,
    });
    const key = await db.apiKey.findUniqueOrThrow({
      where: { id: record.id },
      select: { expiresAt: true, revokedAt: true },
    });
    expect(key).toEqual({ expiresAt: null, revokedAt: null });
    expect(await db.apiKey.count({ where: { teamId: team.id } })).toBe(1);
  });

  it("revokes for an admin; another team's key and malformed requests get messages", async () => {
    const { team, admin, record } = await teamWithKey({ plan: "pro" });
    const other = await teamWithKey({ plan: "pro" });
    expect(await revokeKeyFromForm(admin, team.id, { keyId: other.record.id })).toEqual({
      ok: false,
      formError: "This key does not exist or belongs to another team.",
    });
    expect(await rotateKeyFromForm(admin, team.id, { keyId: record.id, grace: "forever" })).toMatchObject({
      ok: false,
      formError: expect.any(String),
    });
    expect(await revokeKeyFromForm(admin, team.id, {})).toMatchObject({ ok: false, formError: expect.any(String) });

    expect(await revokeKeyFromForm(admin, team.id, { keyId: record.id })).toEqual({ ok: true });
    expect((await db.apiKey.findUniqueOrThrow({ where: { id: record.id } })).revokedAt).not.toBeNull();
    expect(await rotateKeyFromForm(admin, team.id, { keyId: record.id, grace: "24h" })).toEqual({
      ok: false,
      formError: "This key is revoked; create a new key instead.",
    });
  });
});

describe("renaming from the row menu", () => {
  it("renames for an admin; a blank or long name is a field error, a member or another team a message, and nothing changes", async () => {
    const { team, admin, record } = await teamWithKey();
    expect(await renameKeyFromForm(admin, team.id, { keyId: record.id, name: " ERP Sync " })).toEqual({
      ok: true,
      name: "ERP Sync",
    });
    expect(await renameKeyFromForm(admin, team.id, { keyId: record.id, name: "  " })).toEqual({
      ok: false,
      fieldErrors: { name: expect.stringMatching(/Give the key a name/) },
    });
    expect(await renameKeyFromForm(admin, team.id, { keyId: record.id, name: "x".repeat(65) })).toEqual({
      ok: false,
      fieldErrors: { name: "Use at most 64 characters" },
    });
    const member = await createMember(team.id, "member");
    expect(await renameKeyFromForm(member, team.id, { keyId: record.id, name: "Mine" })).toEqual({
      ok: false,
      formError: PERMISSION_MESSAGE,
    });
    const other = await teamWithKey();
    expect(await renameKeyFromForm(admin, team.id, { keyId: other.record.id, name: "Theirs" })).toMatchObject({
      ok: false,
      formError: expect.any(String),
    });
    expect(await renameKeyFromForm(admin, team.id, { name: "No key" })).toMatchObject({
      ok: false,
      formError: expect.any(String),
    });
    expect((await db.apiKey.findUniqueOrThrow({ where: { id: record.id } })).name).toBe("ERP Sync");
    expect((await db.apiKey.findUniqueOrThrow({ where: { id: other.record.id } })).name).toBe("Test key");
  });
});
