// GitHub's secret scanning partner protocol against the real database: the test plays
// GitHub, with its own P-256 key pairs served as GitHub serves them from a local HTTP
// server that SECRET_SCANNING_GITHUB_KEYS_URL points at, and signs each alert itself.
import { createHash, generateKeyPairSync, sign, type KeyObject } from "node:crypto";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { NextRequest } from "next/server";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import * as me from "@/app/api/v1/me/route";
import { checkApiKeyFormat, generateApiKey, KEY_PREFIX } from "@/lib/keys/format";
import { SCOPE_NAMES } from "@/lib/keys/scopes";
import { replaceProcessWide } from "@/lib/process-wide";
import { callRoute } from "../helpers/api";
import { db, setUpTestDatabase } from "../helpers/database";
import { observeDatabaseQueries } from "../helpers/database-queries";
import { createMember, teamWithKey } from "../helpers/factories";
import { setUpAppRedis } from "../helpers/redis";
import { webhookPayloadProblems } from "../helpers/v1-contract";
import { closeReceivers, startReceiver, verifies } from "../helpers/webhook-receiver";

// ---------------------------------------------------------------- GitHub, played by the test

interface SigningKey {
  identifier: string;
  privateKey: KeyObject;
  pem: string;
}

function newSigningKey(identifier: string): SigningKey {
  const { privateKey, publicKey } = generateKeyPairSync("ec", { namedCurve: "prime256v1" });
  return { identifier, privateKey, pem: publicKey.export({ type: "spki", format: "pem" }).toString() };
}

/** What the key server publishes, and how often it was asked. */
const published = { keys: [] as SigningKey[], fetches: 0, failing: false };
const keyServer = createServer((_request, response) => {
  published.fetches++;
  if (published.failing) return response.writeHead(500).end("down");
  const body = {
    public_keys: published.keys.map((key, index) => ({
      key_identifier: key.identifier,
      key: key.pem,
      is_current: index === published.keys.length - 1,
    })),
  };
  response.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(body));
});
await new Promise<void>((resolve) => keyServer.listen(0, "127.0.0.1", resolve));
const keysUrl = `http://127.0.0.1:${(keyServer.address() as AddressInfo).port}/meta/public_keys/secret_scanning`;
process.env.SECRET_SCANNING_GITHUB_KEYS_URL = keysUrl;
process.env.WEBHOOKS_ALLOW_PRIVATE_URLS = "true";

const route = await import("@/app/api/secret-scanning/github/route");
const { POST } = route;
const { GitHubPublicKeys, REFETCH_INTERVAL_MS } = await import("@/lib/secret-scanning/github-public-keys");
const { MAX_TOKENS_PER_ALERT } = await import("@/lib/secret-scanning/schemas");
const { acknowledgeExposure, setExposedKeyResponse } = await import("@/lib/secret-scanning/exposures");
const { createEndpoint } = await import("@/lib/webhooks/endpoints");
const { WebhookWorker } = await import("@/lib/webhooks/worker");

setUpTestDatabase();
setUpAppRedis();
afterAll(() => {
  keyServer.close();
  closeReceivers();
});

const github = newSigningKey("gh-key-1");
published.keys = [github];

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

interface Match {
  token: string;
  type?: string;
  url?: string;
  source?: string;
}

function alertBody(matches: Match[]): string {
  return JSON.stringify(matches.map((match) => ({ type: "mavio_api_key", url: "", source: "content", ...match })));
}

function signatureOf(body: string | Buffer, key: SigningKey = github): string {
  return sign("sha256", Buffer.from(body), key.privateKey).toString("base64");
}

/** POSTs an alert the way GitHub does; `headers` replaces the signature headers. */
async function postAlert(body: string | Buffer, headers?: Record<string, string>): Promise<Response> {
  const request = new NextRequest("http://localhost:3000/api/secret-scanning/github", {
    method: "POST",
    headers: {
      "content-type": "application/json",
      "user-agent": "GitHub-Hookshot/secret-scanning",
      "x-forwarded-for": "192.0.2.50",
      ...(headers ?? {
        "Github-Public-Key-Identifier": github.identifier,
        "Github-Public-Key-Signature": signatureOf(body),
      }),
    },
    body: typeof body === "string" ? body : new Uint8Array(body),
  });
  return POST(request);
}

async function keyState(keyId: string) {
  const key = await db.apiKey.findUniqueOrThrow({
    where: { id: keyId },
    select: { revokedAt: true, revokedReason: true },
  });
  const [exposures, audit, events] = await Promise.all([
    db.apiKeyExposure.findMany({ where: { keyId }, orderBy: { reportedAt: "asc" } }),
    db.apiKeyAuditEvent.findMany({ where: { keyId, NOT: { action: "created" } }, orderBy: { createdAt: "asc" } }),
    db.webhookEvent.findMany({ where: { type: "api_key.exposed" } }),
  ]);
  return { ...key, exposures, audit, events: events.filter((event) => JSON.stringify(event.payload).includes(keyId)) };
}

const LEAK_URL = "https://github.com/acme/crm-sync/blob/4b825dc/config.js";

// ---------------------------------------------------------------- tests

describe("a signed alert naming an active key", () => {
  it("revokes it at once, records why, and tells the team's subscribed endpoint", async () => {
    const { team, key, record } = await teamWithKey({ key: { scopes: ["team:read"] } });
    expect((await callRoute(me.GET, "/me", { key })).status).toBe(200); // cached as valid on this instance
    const receiver = await startReceiver();
    const endpoint = await createEndpoint(
      team.id,
      { url: receiver.url, enabled_events: ["api_key.exposed"] },
      { actorScopes: SCOPE_NAMES },
    );

    const response = await postAlert(alertBody([{ token: key, url: LEAK_URL }]));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual([
      { token_hash: sha256(key), token_type: "mavio_api_key", label: "true_positive" },
    ]);

    // The next request fails, although this instance had the key cached as valid.
    const next = await callRoute(me.GET, "/me", { key });
    expect(next.status).toBe(401);
    expect(await next.json()).toMatchObject({ code: "revoked_api_key" });

    const state = await keyState(record.id);
    expect(state.revokedAt).not.toBeNull();
    expect(state.revokedReason).toBe(`Found in public at ${LEAK_URL}`);
    expect(state.exposures).toMatchObject([{ url: LEAK_URL, source: "content", reporter: "github", revoked: true }]);
    expect(state.audit).toMatchObject([
      {
        action: "revoked",
        actorId: null,
        ip: "192.0.2.50",
        userAgent: "GitHub-Hookshot/secret-scanning",
        details: { reason: `Found in public at ${LEAK_URL}`, url: LEAK_URL, reporter: "github" },
      },
    ]);
    expect(state.events).toHaveLength(1);

    // Delivered to the endpoint, signed with its secret.
    const clockNow = new Date();
    const pass = await new WebhookWorker({ clock: () => clockNow, timeoutMs: 2_000, leaseMs: 30_000 }).runOnce();
    expect(pass.outcomes).toMatchObject({ succeeded: 1 });
    expect(receiver.received).toHaveLength(1);
    const [delivery] = receiver.received;
    expect(await verifies(endpoint.secret, delivery!, Math.floor(clockNow.getTime() / 1000))).toBe(true);
    expect(JSON.parse(delivery!.body)).toMatchObject({
      type: "api_key.exposed",
      data: {
        object: {
          object: "api_key_exposure",
          id: state.exposures[0]!.id,
          api_key: {
            id: record.id,
            name: "Test key",
            masked_key: `${KEY_PREFIX}...${key.slice(-4)}`,
            status: "revoked",
          },
          url: LEAK_URL,
          source: "content",
          reporter: "github",
          revoked: true,
        },
      },
    });
    expect(await webhookPayloadProblems(JSON.parse(delivery!.body))).toEqual([]); // as the OpenAPI document says
    expect(delivery!.body).not.toContain(key);
  });

  it("changes nothing when the same alert comes again, even twice at once", async () => {
    const { record, key } = await teamWithKey();
    const body = alertBody([{ token: key, url: LEAK_URL }]);
    const first = await postAlert(body);
    const before = await keyState(record.id);
    const again = await Promise.all([postAlert(body), postAlert(body)]);
    for (const response of [first, ...again]) {
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual([
        { token_hash: sha256(key), token_type: "mavio_api_key", label: "true_positive" },
      ]);
    }
    expect(await keyState(record.id)).toEqual(before);
    expect(before.exposures).toHaveLength(1);
    expect(before.audit).toHaveLength(1);
    expect(before.events).toHaveLength(1);
  });

  it("records each new place it is found, once, and the first one revoked it", async () => {
    const { record, key } = await teamWithKey();
    const elsewhere = "https://gist.github.com/someone/0123abcd";
    await postAlert(alertBody([{ token: key, url: LEAK_URL }]));
    await postAlert(
      alertBody([
        { token: key, url: LEAK_URL },
        { token: key, url: elsewhere, source: "gist" },
      ]),
    );
    const state = await keyState(record.id);
    expect(state.exposures.map((exposure) => [exposure.url, exposure.revoked])).toEqual([
      [LEAK_URL, true],
      [elsewhere, false],
    ]);
    expect(state.audit.map((event) => [event.action, (event.details as { response?: string }).response])).toEqual([
      ["revoked", undefined],
      ["exposed", "inactive"],
    ]);
    expect(state.events).toHaveLength(2);
  });
});

describe("a team that chose Alert only", () => {
  it("keeps the key working and marks it exposed", async () => {
    const { team, admin, key, record } = await teamWithKey();
    await setExposedKeyResponse(admin, team.id, "alert");

    const response = await postAlert(alertBody([{ token: key, url: LEAK_URL }]));
    expect(await response.json()).toEqual([
      { token_hash: sha256(key), token_type: "mavio_api_key", label: "true_positive" },
    ]);
    expect((await callRoute(me.GET, "/me", { key })).status).toBe(200);
    const state = await keyState(record.id);
    expect(state).toMatchObject({ revokedAt: null, revokedReason: null });
    expect(state.exposures).toMatchObject([{ url: LEAK_URL, revoked: false, acknowledgedAt: null }]);
    expect(state.audit).toMatchObject([{ action: "exposed", details: { url: LEAK_URL, response: "alert" } }]);
    expect(state.events).toHaveLength(1);
    expect(state.events[0]!.payload).toMatchObject({
      data: { object: { revoked: false, api_key: { status: "active" } } },
    });
  });

  it("is a choice only owners and admins make, and only they acknowledge an alert", async () => {
    const { team, admin, key, record } = await teamWithKey();
    const member = await createMember(team.id, "member");
    await expect(setExposedKeyResponse(member, team.id, "alert")).rejects.toMatchObject({ code: "forbidden" });
    expect((await db.team.findUniqueOrThrow({ where: { id: team.id } })).exposedKeyResponse).toBe("revoke");

    await postAlert(alertBody([{ token: key, url: LEAK_URL }]));
    const [exposure] = (await keyState(record.id)).exposures;
    await expect(acknowledgeExposure(member, team.id, exposure!.id)).rejects.toMatchObject({ code: "forbidden" });
    await acknowledgeExposure(admin, team.id, exposure!.id);
    await acknowledgeExposure(admin, team.id, exposure!.id); // again: nothing more
    const state = await keyState(record.id);
    expect(state.exposures[0]!.acknowledgedAt).not.toBeNull();
    expect(state.audit.map((event) => [event.action, event.actorId])).toEqual([
      ["revoked", null],
      ["exposure_acknowledged", admin.userId],
    ]);
  });
});

describe("tokens that are not live keys of ours", () => {
  it("labels an unknown well-formed token and a revoked key, and changes nothing for the first", async () => {
    const { team, admin, key, record } = await teamWithKey();
    const { revokeApiKey } = await import("@/lib/keys/revoke-key");
    await revokeApiKey(admin, team.id, record.id);
    const unknown = generateApiKey().key;
    const response = await postAlert(alertBody([{ token: unknown }, { token: key, url: LEAK_URL }]));
    expect(await response.json()).toEqual([
      { token_hash: sha256(unknown), token_type: "mavio_api_key", label: "false_positive" },
      { token_hash: sha256(key), token_type: "mavio_api_key", label: "true_positive" },
    ]);
    const state = await keyState(record.id);
    expect(state.exposures).toMatchObject([{ revoked: false }]);
    expect(state.audit.map((event) => event.action)).toEqual(["revoked", "exposed"]);
    expect(state.audit[0]!.actorId).toBe(admin.userId);
  });
});

describe("refused alerts change nothing", () => {
  let victim: Awaited<ReturnType<typeof teamWithKey>>;
  beforeAll(async () => {
    victim = await teamWithKey();
  });
  const body = () => alertBody([{ token: victim.key, url: LEAK_URL }]);

  async function expectRefused(response: Response, status: number, code: string) {
    expect(response.status).toBe(status);
    expect(response.headers.get("content-type")).toBe("application/problem+json");
    expect(await response.json()).toMatchObject({ status, code });
    const state = await keyState(victim.record.id);
    expect(state).toMatchObject({ revokedAt: null, exposures: [], audit: [], events: [] });
    expect((await callRoute(me.GET, "/me", { key: victim.key })).status).toBe(200);
  }

  it("without a signature", async () => {
    await expectRefused(await postAlert(body(), {}), 401, "invalid_signature");
  });

  it("with a wrong signature, or one over another body", async () => {
    const wrong = { "Github-Public-Key-Identifier": github.identifier };
    await expectRefused(
      await postAlert(body(), { ...wrong, "Github-Public-Key-Signature": signatureOf("[]") }),
      401,
      "invalid_signature",
    );
    await expectRefused(
      await postAlert(body(), { ...wrong, "Github-Public-Key-Signature": "bm90IGEgc2lnbmF0dXJl" }),
      401,
      "invalid_signature",
    );
  });

  it("signed by a key GitHub does not publish", async () => {
    const stranger = newSigningKey("not-githubs");
    const text = body();
    await expectRefused(
      await postAlert(text, {
        "Github-Public-Key-Identifier": stranger.identifier,
        "Github-Public-Key-Signature": signatureOf(text, stranger),
      }),
      401,
      "invalid_signature",
    );
    // A published identifier with another key's signature.
    await expectRefused(
      await postAlert(text, {
        "Github-Public-Key-Identifier": github.identifier,
        "Github-Public-Key-Signature": signatureOf(text, stranger),
      }),
      401,
      "invalid_signature",
    );
  });

  it("over 1 MB, signed or not", async () => {
    const big = Buffer.from(`[${" ".repeat(1024 * 1024)}]`);
    await expectRefused(await postAlert(big), 413, "payload_too_large");
  });

  it("with more than 1,000 tokens", async () => {
    const tokens = Array.from({ length: MAX_TOKENS_PER_ALERT + 1 }, (_, index) => ({
      token: index === 0 ? victim.key : generateApiKey().key,
    }));
    await expectRefused(await postAlert(alertBody(tokens)), 422, "validation_failed");
  });

  it("with another method than POST", async () => {
    const response = await route.GET(new NextRequest("http://localhost:3000/api/secret-scanning/github"));
    expect(response.status).toBe(405);
    expect(response.headers.get("allow")).toBe("POST");
    expect(await response.json()).toMatchObject({ code: "method_not_allowed" });
  });

  it("that is not JSON, or not a list of matches", async () => {
    await expectRefused(await postAlert(`[{"token": "${victim.key}"`), 400, "invalid_request");
    await expectRefused(await postAlert(JSON.stringify({ token: victim.key })), 422, "validation_failed");
  });
});

describe("GitHub's keys", () => {
  afterEach(() => {
    published.failing = false;
  });

  it("are fetched again for an identifier not yet seen, at most once a minute", async () => {
    let now = 1_000_000;
    replaceProcessWide("secret-scanning.github-keys", new GitHubPublicKeys(keysUrl, () => now));
    const { key, record } = await teamWithKey();
    const fetches = () => published.fetches;

    const start = fetches();
    expect((await postAlert(alertBody([{ token: generateApiKey().key }]))).status).toBe(200);
    expect(fetches() - start).toBe(1); // first use

    // GitHub rotates: the new key is unknown to the cache.
    const rotated = newSigningKey("gh-key-2");
    published.keys = [github, rotated];
    const text = alertBody([{ token: key, url: LEAK_URL }]);
    const signedByRotated = {
      "Github-Public-Key-Identifier": rotated.identifier,
      "Github-Public-Key-Signature": signatureOf(text, rotated),
    };
    now += REFETCH_INTERVAL_MS / 2;
    const tooSoon = await postAlert(text, signedByRotated);
    expect(tooSoon.status).toBe(401); // within a minute of the last fetch: not fetched again
    expect(fetches() - start).toBe(1);
    expect((await keyState(record.id)).exposures).toEqual([]);

    now += REFETCH_INTERVAL_MS / 2;
    const refreshed = await postAlert(text, signedByRotated);
    expect(refreshed.status).toBe(200);
    expect(fetches() - start).toBe(2);
    expect((await keyState(record.id)).revokedAt).not.toBeNull();

    // Known keys need no fetch at all.
    expect((await postAlert(alertBody([{ token: generateApiKey().key }]))).status).toBe(200);
    expect(fetches() - start).toBe(2);
    published.keys = [github];
  });

  it("answer 503 to retry while they cannot be fetched", async () => {
    let now = 1_000_000;
    replaceProcessWide("secret-scanning.github-keys", new GitHubPublicKeys(keysUrl, () => now));
    published.failing = true;
    const alert = alertBody([{ token: generateApiKey().key }]);
    const response = await postAlert(alert);
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBe("60");
    expect(await response.json()).toMatchObject({ code: "unavailable" });

    // GitHub retries a minute later, when the keys can be read again.
    published.failing = false;
    now += REFETCH_INTERVAL_MS;
    expect((await postAlert(alert)).status).toBe(200);
  });
});

describe("the offline check", () => {
  it("labels a token with a bad checksum false_positive without looking it up", async () => {
    replaceProcessWide("secret-scanning.github-keys", new GitHubPublicKeys(keysUrl));
    const queries = await observeDatabaseQueries();
    const { key } = await teamWithKey();
    const last = key.at(-1) === "A" ? "B" : "A";
    const mistyped = key.slice(0, -1) + last;
    expect(checkApiKeyFormat(mistyped)).toBe("checksum");

    const lookups = () => queries.statements.filter((sql) => sql.includes('"api_keys"')).length;
    const before = lookups();
    const response = await postAlert(alertBody([{ token: mistyped }, { token: "mavio_sk_short" }]));
    expect(await response.json()).toEqual([
      { token_hash: sha256(mistyped), token_type: "mavio_api_key", label: "false_positive" },
      { token_hash: sha256("mavio_sk_short"), token_type: "mavio_api_key", label: "false_positive" },
    ]);
    expect(lookups() - before).toBe(0);

    // The same request with the real key does look it up (so the count above can fail).
    await postAlert(alertBody([{ token: key }]));
    expect(lookups() - before).toBeGreaterThan(0);
  });
});
