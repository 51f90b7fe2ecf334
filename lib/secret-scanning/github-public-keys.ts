// The public keys GitHub signs its secret scanning alerts with, as GitHub serves them
// (https://api.github.com/meta/public_keys/secret_scanning). Kept per process: fetched on
// the first alert and again when an alert names a key not yet seen (GitHub rotates them),
// at most once a minute, so forged identifiers cannot make us hammer GitHub.
import { createPublicKey, type KeyObject } from "node:crypto";
import { z } from "zod";
import { env } from "@/lib/env";
import { log } from "@/lib/log";
import { processWide } from "@/lib/process-wide";

export const REFETCH_INTERVAL_MS = 60_000;
const FETCH_TIMEOUT_MS = 5_000;

const publicKeysDocument = z.object({
  public_keys: z.array(z.object({ key_identifier: z.string().min(1), key: z.string().min(1) }).loose()),
});

/** The key is known, unknown (GitHub does not list it), or cannot be known now (GitHub unreachable, never fetched). */
export type KeyLookup = { found: KeyObject } | { found: null; reason: "unknown" | "unavailable" };

export class GitHubPublicKeys {
  private keys = new Map<string, KeyObject>();
  private lastAttemptAt: number | null = null;
  private lastAttemptFailed = false;
  private inFlight: Promise<void> | null = null;

  constructor(
    private readonly url: string,
    private readonly now: () => number = Date.now,
  ) {}

  async find(identifier: string): Promise<KeyLookup> {
    const known = this.keys.get(identifier);
    if (known) return { found: known };
    await this.refetchIfDue();
    const found = this.keys.get(identifier);
    if (found) return { found };
    // After a failed fetch the key may well exist: GitHub should try again rather than give up.
    return { found: null, reason: this.lastAttemptFailed ? "unavailable" : "unknown" };
  }

  /** Concurrent callers share one fetch; a minute must pass after an attempt, failed or not, before the next. */
  private async refetchIfDue(): Promise<void> {
    if (!this.inFlight) {
      if (this.lastAttemptAt !== null && this.now() - this.lastAttemptAt < REFETCH_INTERVAL_MS) return;
      this.lastAttemptAt = this.now();
      this.inFlight = this.load()
        .then(
          () => {
            this.lastAttemptFailed = false;
          },
          (error: Error) => {
            this.lastAttemptFailed = true;
            log.warn("Could not fetch GitHub's secret scanning keys", { url: this.url, error: error.message });
          },
        )
        .finally(() => {
          this.inFlight = null;
        });
    }
    await this.inFlight;
  }

  private async load(): Promise<void> {
    const response = await fetch(this.url, {
      headers: { accept: "application/json" },
      signal: AbortSignal.timeout(FETCH_TIMEOUT_MS),
    });
    if (!response.ok) throw new Error(`${this.url} answered ${response.status}`);
    const document = publicKeysDocument.parse(await response.json());
    const keys = new Map<string, KeyObject>();
    for (const { key_identifier: identifier, key } of document.public_keys) {
      const parsed = p256Key(key);
      if (parsed) keys.set(identifier, parsed);
      else log.warn("Skipped a GitHub secret scanning key that is not an ECDSA P-256 public key", { identifier });
    }
    // Keys GitHub no longer lists stop verifying: a retired key may have been retired for a reason.
    this.keys = keys;
  }
}

/** Only ECDSA P-256, what GitHub signs with: no other algorithm can be slipped in through the document. */
function p256Key(pem: string): KeyObject | null {
  try {
    const key = createPublicKey(pem);
    return key.asymmetricKeyType === "ec" && key.asymmetricKeyDetails?.namedCurve === "prime256v1" ? key : null;
  } catch {
    return null;
  }
}

export function githubPublicKeys(): GitHubPublicKeys {
  return processWide("secret-scanning.github-keys", () => new GitHubPublicKeys(env().SECRET_SCANNING_GITHUB_KEYS_URL));
}
