import type { Prisma } from "@/lib/generated/prisma/client";
import type { SegmentResource } from "./schemas";

export const SEGMENT_SELECT = {
  id: true,
  index: true,
  speakerLabel: true,
  speakerProfileId: true,
  startMs: true,
  endMs: true,
  text: true,
  rawText: true,
  confidence: true,
} satisfies Prisma.TranscriptSegmentSelect;

export type SegmentRow = Prisma.TranscriptSegmentGetPayload<{ select: typeof SEGMENT_SELECT }>;

export function serializeSegment(row: SegmentRow): SegmentResource {
  return {
    id: row.id,
    index: row.index,
    speaker_label: row.speakerLabel,
    speaker_id: row.speakerProfileId,
    start_ms: row.startMs,
    end_ms: row.endMs,
    text: row.text,
    raw_text: row.rawText,
    confidence: row.confidence,
  };
}
