import { SingleFlight } from "@/lib/cache/single-flight";
import { isDatabaseUnavailable } from "@/lib/db/errors";
import { checkApiKeyFormat, hashApiKey, KEY_LENGTH } from "@/lib/keys/format";
import { findKeyByHash } from "@/lib/keys/find-key-by-hash";
import { keyInvalidations } from "@/lib/keys/invalidation";
import { compileAllowlist } from "@/lib/keys/ip-allowlist";
import { keyCache, unknownKeys, type CachedKey } from "@/lib/keys/key-cache";
import { requestsPerMinute } from "@/lib/plans/plans";
import { processWide } from "@/lib/process-wide";
import { rateLimiter, type RateLimitDecision } from "@/lib/ratelimit";
import { FlightBatcher } from "@/lib/redis/flight-batcher";
import { ApiError } from "@/lib/http/errors";

const BEARER = /^Bearer +(\S+) *$/i;

const redisFlights = processWide("redisFlights", () => new FlightBatcher());
// A burst for one cold key is one address token and one lookup, not one per request.
const coldKeyLoads = processWide("keyLoads", () => new SingleFlight<string, CachedKey | null>());

/**
 * The key from `Authorization: Bearer <key>`. A key of the wrong length is refused here; the
 * rest of its format (prefix, alphabet, checksum) only when it is not a key verified recently,
 * still before any I/O (`findPresentedKey`).
 */
export function presentedKey(authorization: string | null): string {
  if (!authorization?.trim()) {
    throw new ApiError(
      "missing_api_key",
      "Send your API key in the Authorization header: `Authorization: Bearer mavio_sk_...`.",
    );
  }
  const match = BEARER.exec(authorization);
  if (!match)
    throw new ApiError("invalid_api_key", "The Authorization header must be `Bearer` followed by your API key.");
  if (match[1]!.length !== KEY_LENGTH) throw malformedKey();
  return match[1]!;
}

function malformedKey() {
  return new ApiError("invalid_api_key", "This is not a valid Mavio API key. Check that it was copied completely.");
}

export function limitTeam(key: CachedKey): Promise<RateLimitDecision> {
  return rateLimiter().limit(key.rateLimitBucket, key.team.rateLimitPerMinute);
}

async function loadKey(hash: string): Promise<CachedKey | null> {
  const loadedAt = Date.now();
  let record;
  try {
    record = await findKeyByHash(hash);
  } catch (error) {
    if (isDatabaseUnavailable(error))
      throw new ApiError("unavailable", "The API is temporarily unavailable. Retry shortly.");
    throw error;
  }
  if (!record) {
    unknownKeys().set(hash, loadedAt);
    return null;
  }
  const entry: CachedKey = {
    record,
    allowlist: compileAllowlist(record.ipAllowlist),
    team: Object.freeze({ ...record.team, rateLimitPerMinute: requestsPerMinute(record.team) }),
    rateLimitBucket: `team:${record.team.id}`,
    loadedAt,
  };
  keyCache().set(hash, entry);
  return entry;
}

/** A cached key that changed: read again; the team's decision is kept unless its plan changed. */
async function reloadKey(hash: string, decision?: RateLimitDecision): Promise<Authenticated> {
  const reloaded = await loadKey(hash);
  if (!reloaded) throw unknownKey();
  const samePlan = decision && reloaded.team.rateLimitPerMinute === decision.limit;
  return { key: reloaded, decision: samePlan ? decision : undefined };
}

export interface Authenticated {
  key: CachedKey;
  /** Present when it was fetched alongside the revocation check (cached keys). */
  decision?: RateLimitDecision;
}

/**
 * Finds the key behind a presented secret. A key verified recently (lib/keys/key-cache.ts) costs no
 * database query: whether it changed since is known in this process while it reads the
 * announcements (lib/keys/invalidation.ts); otherwise its marker is read in the same Redis
 * round trip as the team's rate limit. If that check fails, the database decides (never fail open).
 * Any other key is looked up only while the caller's address is within its limit for
 * requests without a usable key (`peekAddress`), so guessing cannot reach the database.
 * Only a refusal takes from that limit (the caller does, see api-route.ts): a valid key
 * costs none, so one address may bring any number of keys.
 * Not async: a cached key this process knows unchanged is answered without a promise.
 */
export function findPresentedKey(
  presented: string,
  peekAddress: () => Promise<RateLimitDecision>,
): Authenticated | Promise<Authenticated> {
  const hash = hashApiKey(presented);
  const cached = keyCache().get(hash);
  if (!cached) {
    if (checkApiKeyFormat(presented)) throw malformedKey();
    if (unknownKeys().get(hash)) throw unknownKey();
    return loadColdKey(hash, peekAddress);
  }
  const { id, team } = cached.record;
  const known = keyInvalidations().latestKnown(id, team.id);
  if (known === undefined) return checkWithRedis(hash, cached);
  return known < cached.loadedAt ? { key: cached } : reloadKey(hash);
}

/** The marker read in the same Redis round trip as the team's rate limit. */
async function checkWithRedis(hash: string, cached: CachedKey): Promise<Authenticated> {
  const { id, team } = cached.record;
  const [decision, invalidatedAt] = await redisFlights.run(() =>
    Promise.all([
      limitTeam(cached),
      keyInvalidations()
        .latest(id, team.id)
        .catch(() => Number.POSITIVE_INFINITY),
    ]),
  );
  return invalidatedAt < cached.loadedAt ? { key: cached, decision } : reloadKey(hash, decision);
}

async function loadColdKey(hash: string, peekAddress: () => Promise<RateLimitDecision>): Promise<Authenticated> {
  const loaded = await coldKeyLoads.run(hash, async () => {
    if (!(await peekAddress()).success) throw tooManyFailedAttempts();
    return loadKey(hash);
  });
  if (!loaded) throw unknownKey();
  return { key: loaded };
}

export function tooManyFailedAttempts() {
  return new ApiError("rate_limited", "Too many requests without a valid API key from this address.");
}

function unknownKey() {
  return new ApiError("invalid_api_key", "This API key does not exist. It may have been deleted or mistyped.");
}
