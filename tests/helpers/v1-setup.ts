import { afterAll } from "vitest";
import { usageRecorder } from "@/lib/usage/recorder";
import { setUpTestDatabase } from "./database";
import { setUpAppRedis } from "./redis";
import { setUpTemporaryStorage } from "./v1-storage";

/**
 * What every v1 integration test file needs: its own database schema, a temporary storage
 * folder, the real Redis behind the Upstash bridge (the production limiter path), and the
 * usage buffer flushed before the schema is dropped.
 */
export function setUpV1Test(): void {
  setUpTestDatabase();
  setUpTemporaryStorage();
  setUpAppRedis();
  // After hooks run in reverse: this one before the schema above is dropped.
  afterAll(() => usageRecorder().flush());
}
