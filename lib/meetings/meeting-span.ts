import { INT4_MAX } from "@/lib/db/storable";

/**
 * Why a meeting cannot run from `startedAt` to `endedAt` (undefined when it can, or when
 * either is unknown): it must not end before it starts, and its duration_ms is an int4
 * column, so it lasts at most 2,147,483,647 ms (about 24.8 days).
 */
export function meetingSpanError(
  startedAt: Date | null | undefined,
  endedAt: Date | null | undefined,
): string | undefined {
  if (!startedAt || !endedAt) return undefined;
  const durationMs = endedAt.getTime() - startedAt.getTime();
  if (durationMs < 0) return "ended_at must not be before started_at.";
  if (durationMs > INT4_MAX)
    return `A meeting lasts at most ${INT4_MAX} ms (about 24.8 days) from started_at to ended_at.`;
  return undefined;
}
