// Wire shapes of transcripts (API.md "Transcript segment"): segments, the whole transcript,
// speaker label mappings, and the bodies and filters that change or select them.
import { z } from "zod";
import { meetingId, millisecondsQuery, paginationQuery, segmentId, speakerId } from "@/lib/http/wire-schemas";
import { languageTag } from "@/lib/meetings/schemas";

const milliseconds = z.number().int().min(0);

export const SEGMENT_EXAMPLE = {
  id: "seg_2c4e6a8b0d1f3e5a7c9b1d3f",
  index: 0,
  speaker_label: "Speaker 1",
  speaker_id: "spk_0a1b2c3d4e5f60718293a4b5",
  start_ms: 1_840,
  end_ms: 6_120,
  text: "Let's start with the Q4 launch checklist.",
  raw_text: "Let's start with the Q4 lunch checklist.",
  confidence: 0.93,
} as const;

export const segmentSchema = z
  .strictObject({
    id: segmentId,
    index: z.number().int().min(0).meta({ description: "Position in the transcript, from 0." }),
    speaker_label: z.string().meta({ description: "The diarization label, e.g. `Speaker 1`." }),
    speaker_id: speakerId.nullable().meta({ description: "The speaker profile the label is mapped to, if any." }),
    start_ms: milliseconds.meta({ description: "Offset from the start of the recording." }),
    end_ms: milliseconds,
    text: z.string().meta({ description: "The text, including edits." }),
    raw_text: z.string().meta({ description: "The text as originally transcribed; edits never change it." }),
    confidence: z.number().min(0).max(1),
  })
  .meta({ id: "TranscriptSegment", examples: [SEGMENT_EXAMPLE] });

export type SegmentResource = z.infer<typeof segmentSchema>;

export const transcriptSpeakerSchema = z
  .strictObject({
    speaker_label: z.string(),
    speaker_id: speakerId.nullable(),
    name: z.string().meta({ description: "The profile's name, or the label when unmapped." }),
    segment_count: z.number().int().min(0),
  })
  .meta({
    id: "TranscriptSpeaker",
    examples: [
      {
        speaker_label: "Speaker 1",
        speaker_id: "spk_0a1b2c3d4e5f60718293a4b5",
        name: "Olivia Chen",
        segment_count: 12,
      },
    ],
  });

export type TranscriptSpeakerResource = z.infer<typeof transcriptSpeakerSchema>;

export const transcriptSchema = z
  .strictObject({
    meeting_id: meetingId,
    language: languageTag,
    speakers: z
      .array(transcriptSpeakerSchema)
      .meta({ description: "Each speaker label, in order of first appearance." }),
    segments: z.array(segmentSchema),
  })
  .meta({ id: "Transcript" });

export type TranscriptResource = z.infer<typeof transcriptSchema>;

// What transcript.updated carries: the object the endpoint returned plus the meeting it
// belongs to, which neither a segment nor a speaker mapping names by itself.

export const SEGMENT_CHANGE_EXAMPLE = { ...SEGMENT_EXAMPLE, meeting_id: "mtg_3f9c2a7e51b04d8a9e6c1f27" } as const;

export const segmentChangeSchema = segmentSchema.extend({ meeting_id: meetingId }).meta({
  id: "TranscriptSegmentChange",
  description: "A segment as edited, with its meeting.",
  examples: [SEGMENT_CHANGE_EXAMPLE],
});

export type SegmentChange = z.infer<typeof segmentChangeSchema>;

export const speakerChangeSchema = transcriptSpeakerSchema.extend({ meeting_id: meetingId }).meta({
  id: "TranscriptSpeakerChange",
  description: "A speaker label's new mapping, with its meeting.",
  examples: [
    {
      speaker_label: "Speaker 1",
      speaker_id: "spk_0a1b2c3d4e5f60718293a4b5",
      name: "Olivia Chen",
      segment_count: 12,
      meeting_id: "mtg_3f9c2a7e51b04d8a9e6c1f27",
    },
  ],
});

export type SpeakerChange = z.infer<typeof speakerChangeSchema>;

export const TRANSCRIPT_FORMATS = ["json", "txt", "vtt", "srt"] as const;
export type TranscriptFormat = (typeof TRANSCRIPT_FORMATS)[number];

export const transcriptQuery = z.strictObject({
  format: z
    .enum(TRANSCRIPT_FORMATS)
    .default("json")
    .meta({ description: "`json` (segments), `txt` (`Speaker: text` lines), `vtt` (WebVTT) or `srt` (SubRip)." }),
});

export const listSegmentsQuery = z
  .strictObject({
    ...paginationQuery,
    speaker_id: speakerId.optional().meta({ description: "Only segments mapped to this speaker profile." }),
    start_ms: millisecondsQuery.optional().meta({ description: "Only segments that end after this offset." }),
    end_ms: millisecondsQuery.optional().meta({ description: "Only segments that start before this offset." }),
  })
  .refine((query) => query.start_ms === undefined || query.end_ms === undefined || query.end_ms > query.start_ms, {
    error: "end_ms must be greater than start_ms.",
    path: ["end_ms"],
  });

export type ListSegmentsQuery = z.output<typeof listSegmentsQuery>;

export const updateSegmentBody = z
  .strictObject({
    text: z
      .string()
      .trim()
      .min(1, { error: "Text cannot be empty." })
      .max(10_000)
      .meta({ example: "Let's start with the Q4 launch checklist." }),
  })
  .meta({ id: "UpdateTranscriptSegment", description: "Corrects a segment's text; `raw_text` keeps the original." });

export const mapSpeakerBody = z
  .strictObject({
    speaker_id: speakerId
      .nullable()
      .meta({ description: "The speaker profile to map the label to; `null` unmaps it." }),
  })
  .meta({ id: "MapTranscriptSpeaker" });
