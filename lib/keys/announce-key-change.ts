import { log } from "@/lib/log";
import { keyInvalidations } from "./invalidation";
import { keyCache, keyCacheTtlMs } from "./key-cache";

const FIRST_RETRY_MS = 250;
const MAX_RETRY_MS = 15_000;
// Past this, every cache entry read before the change has expired on every instance:
// a marker written later would change nothing.
const retryForMs = () => 2 * keyCacheTtlMs();

/**
 * Tells every instance to re-read a changed key (revoked, rotated, renamed). This
 * process's copy goes at once; the marker for the others is retried with backoff until
 * it is written, since each instance that misses it accepts the old key until its own
 * cache entry expires.
 */
export async function announceKeyChange(key: { id: string; hash: string }): Promise<void> {
  keyCache().delete(key.hash);
  const giveUpAt = Date.now() + retryForMs();
  const attempt = async (retryInMs: number): Promise<void> => {
    try {
      await keyInvalidations().invalidateKey(key.id);
      if (retryInMs > FIRST_RETRY_MS) log.info("Announced a key change after retrying", { keyId: key.id });
    } catch (error) {
      const fields = { keyId: key.id, error: (error as Error).message };
      if (Date.now() + retryInMs > giveUpAt) {
        log.error(
          "Gave up announcing a key change; other instances may have accepted the key until their cache expired",
          fields,
        );
        return;
      }
      if (retryInMs === FIRST_RETRY_MS) log.warn("Could not announce a key change; retrying in the background", fields);
      setTimeout(() => void attempt(Math.min(2 * retryInMs, MAX_RETRY_MS)), retryInMs).unref();
    }
  };
  await attempt(FIRST_RETRY_MS);
}
