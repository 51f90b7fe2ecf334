// Idempotency-Key on POST (draft-ietf-httpapi-idempotency-key-header): the first request
// with a key runs and its successful response is stored for 24 hours; a retry with the same
// key and the same request replays it (`Idempotent-Replayed: true`), the same key with a
// different request is refused with 422, and a retry while the first is still running gets
// 409. Records are per API key: another key, of the same team or not, sending the same
// Idempotency-Key runs its own request (it is another client; it never sees this one's
// response). Fields a response shows only once (signing secrets) are stored, and so
// replayed, as null, with Idempotent-Omitted naming them.
//
// Concurrency: the key is claimed by inserting its row before the handler runs
// (`INSERT ... ON CONFLICT DO NOTHING`), so of two concurrent duplicates exactly one
// executes. A claim whose request never finished (the process died) is taken over after
// CLAIM_TIMEOUT_MS. Failed requests (non-2xx) release the key so the client can retry.
import { createHash } from "node:crypto";
import { db } from "@/lib/db";
import { log } from "@/lib/log";
import { processWide } from "@/lib/process-wide";
import { ApiError } from "@/lib/http/errors";

export const IDEMPOTENCY_HEADER = "Idempotency-Key";
export const REPLAYED_HEADER = "Idempotent-Replayed";
export const OMITTED_HEADER = "Idempotent-Omitted";
export const IDEMPOTENCY_TTL_MS = 24 * 60 * 60 * 1000;
export const CLAIM_TIMEOUT_MS = 60_000;
const SWEEP_INTERVAL_MS = 10 * 60_000;
/** Marks a claimed key whose response is not stored yet. */
const IN_PROGRESS = 0;

const KEY_PATTERN = /^[\x21-\x7e]{1,255}$/;

/** Whose request it is: the record's owner. */
export interface IdempotencyOwner {
  teamId: string;
  apiKeyId: string;
}

type Claim =
  { kind: "owner" } | { kind: "replay"; status: number; body: string } | { kind: "mismatch" } | { kind: "in_progress" };

/** The key from the header (a structured-field string, quotes optional); null when absent. */
export function idempotencyKeyOf(headers: Headers): string | null {
  const raw = headers.get(IDEMPOTENCY_HEADER);
  if (raw === null) return null;
  const key = raw.trim().replace(/^"(.*)"$/, "$1");
  if (!KEY_PATTERN.test(key)) {
    throw new ApiError(
      "invalid_request",
      `${IDEMPOTENCY_HEADER} must be 1-255 visible ASCII characters, e.g. a UUID.`,
      {
        errors: [{ field: `header.${IDEMPOTENCY_HEADER}`, message: "1-255 visible ASCII characters." }],
      },
    );
  }
  return key;
}

/** A stable digest of what makes two requests "the same": operation, path params, parsed body. */
export function requestFingerprint(parts: unknown): string {
  return createHash("sha256").update(stableJson(parts)).digest("hex");
}

function stableJson(value: unknown): string {
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) return `[${value.map(stableJson).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${stableJson(item)}`).join(",")}}`;
  }
  return JSON.stringify(value ?? null);
}

/**
 * Runs `execute` at most once per (API key, Idempotency-Key) while the record lives. Without
 * the header it just runs. `fingerprint` identifies the request (see requestFingerprint);
 * `shownOnce` names the top-level response fields that are never stored nor replayed.
 */
export async function withIdempotency(
  headers: Headers,
  owner: IdempotencyOwner,
  fingerprint: string,
  execute: () => Response | Promise<Response>,
  shownOnce: readonly string[] = [],
): Promise<Response> {
  const key = idempotencyKeyOf(headers);
  if (key === null) return execute();
  sweepExpired();

  const claim = await claimKey(owner, key, fingerprint);
  switch (claim.kind) {
    case "replay":
      return new Response(claim.body, {
        status: claim.status,
        headers: {
          "Content-Type": "application/json",
          [REPLAYED_HEADER]: "true",
          ...(shownOnce.length ? { [OMITTED_HEADER]: shownOnce.join(", ") } : {}),
        },
      });
    case "mismatch":
      throw new ApiError(
        "validation_failed",
        `This ${IDEMPOTENCY_HEADER} was already used with a different request. Use a new key for a new request.`,
        {
          errors: [{ field: `header.${IDEMPOTENCY_HEADER}`, message: "Already used with a different request body." }],
        },
      );
    case "in_progress":
      throw new ApiError(
        "conflict",
        `A request with this ${IDEMPOTENCY_HEADER} is still being processed. Retry shortly.`,
        {},
        { "Retry-After": "1" },
      );
  }

  let response: Response;
  try {
    response = await execute();
  } catch (error) {
    await releaseKey(owner, key);
    throw error;
  }
  if (!response.ok) {
    await releaseKey(owner, key);
    return response;
  }
  const body = await response.text();
  await db.idempotencyRecord.update({
    where: { apiKeyId_key: { apiKeyId: owner.apiKeyId, key } },
    data: { responseStatus: response.status, responseBody: withoutShownOnce(body, shownOnce) },
    select: { key: true },
  });
  return new Response(body, { status: response.status, headers: response.headers });
}

/** The JSON body with each shown-once field that it has set to null. */
function withoutShownOnce(body: string, shownOnce: readonly string[]): string {
  if (shownOnce.length === 0) return body;
  const parsed = JSON.parse(body) as Record<string, unknown>;
  for (const field of shownOnce) if (field in parsed) parsed[field] = null;
  return JSON.stringify(parsed);
}

async function claimKey(owner: IdempotencyOwner, key: string, requestHash: string): Promise<Claim> {
  const { teamId, apiKeyId } = owner;
  for (let attempt = 0; attempt < 3; attempt++) {
    const now = new Date();
    const fresh = {
      requestHash,
      responseStatus: IN_PROGRESS,
      responseBody: "",
      createdAt: now,
      expiresAt: new Date(now.getTime() + IDEMPOTENCY_TTL_MS),
    };
    const inserted = await db.idempotencyRecord.createMany({
      data: [{ teamId, apiKeyId, key, ...fresh }],
      skipDuplicates: true,
    });
    if (inserted.count === 1) return { kind: "owner" };

    const existing = await db.idempotencyRecord.findUnique({
      where: { apiKeyId_key: { apiKeyId, key } },
      select: { requestHash: true, responseStatus: true, responseBody: true, createdAt: true, expiresAt: true },
    });
    if (!existing) continue; // released between our insert and read: claim again

    const expired = existing.expiresAt <= now;
    const abandoned =
      existing.responseStatus === IN_PROGRESS && existing.createdAt.getTime() < now.getTime() - CLAIM_TIMEOUT_MS;
    if (!expired && existing.requestHash !== requestHash) return { kind: "mismatch" };
    if (expired || abandoned) {
      // Take the record over only if nobody else did since we read it.
      const taken = await db.idempotencyRecord.updateMany({
        where: { apiKeyId, key, createdAt: existing.createdAt, responseStatus: existing.responseStatus },
        data: fresh,
      });
      if (taken.count === 1) return { kind: "owner" };
      continue;
    }
    if (existing.responseStatus === IN_PROGRESS) return { kind: "in_progress" };
    return { kind: "replay", status: existing.responseStatus, body: existing.responseBody };
  }
  return { kind: "in_progress" };
}

async function releaseKey(owner: IdempotencyOwner, key: string): Promise<void> {
  await db.idempotencyRecord
    .deleteMany({ where: { apiKeyId: owner.apiKeyId, key, responseStatus: IN_PROGRESS } })
    .catch((error: unknown) => {
      log.warn("Could not release an idempotency key", {
        teamId: owner.teamId,
        error: error instanceof Error ? error.message : String(error),
      });
    });
}

/** Deletes expired records now and then (at most every 10 minutes per process), off the request path. */
function sweepExpired(now = Date.now()): void {
  const sweep = processWide("idempotencySweep", () => ({ lastAt: 0 }));
  if (sweep.lastAt + SWEEP_INTERVAL_MS > now) return;
  sweep.lastAt = now;
  db.idempotencyRecord.deleteMany({ where: { expiresAt: { lt: new Date(now) } } }).catch((error: unknown) => {
    log.warn("Could not sweep expired idempotency keys", {
      error: error instanceof Error ? error.message : String(error),
    });
  });
}
