import { DomainError } from "@/lib/errors/domain-error";
import { db } from "@/lib/db";
import { meetingNotFound } from "@/lib/meetings/get-meeting-or-throw";
import { toSrt, toText, toWebVtt, type TimedLine } from "./format-transcript";
import type { TranscriptFormat, TranscriptResource, TranscriptSpeakerResource } from "./schemas";
import { SEGMENT_SELECT, serializeSegment } from "./serialize-segment";

/** The whole transcript in order, with each speaker label's mapping. 404 when there is none yet. */
export async function getTranscriptOrThrow(teamId: string, meetingId: string): Promise<TranscriptResource> {
  const meeting = await db.meeting.findFirst({
    where: { id: meetingId, teamId },
    select: {
      language: true,
      segments: {
        select: { ...SEGMENT_SELECT, speakerProfile: { select: { name: true } } },
        orderBy: { index: "asc" },
      },
    },
  });
  if (!meeting) throw meetingNotFound(meetingId);
  if (!meeting.segments.length) throw new DomainError("not_found", `Meeting ${meetingId} has no transcript yet.`);

  const speakers = new Map<string, TranscriptSpeakerResource>();
  for (const segment of meeting.segments) {
    const speaker = speakers.get(segment.speakerLabel);
    if (speaker) speaker.segment_count++;
    else {
      speakers.set(segment.speakerLabel, {
        speaker_label: segment.speakerLabel,
        speaker_id: segment.speakerProfileId,
        name: segment.speakerProfile?.name ?? segment.speakerLabel,
        segment_count: 1,
      });
    }
  }
  return {
    meeting_id: meetingId,
    language: meeting.language,
    speakers: [...speakers.values()],
    segments: meeting.segments.map(serializeSegment),
  };
}

const TEXT_FORMATS = {
  txt: { contentType: "text/plain; charset=utf-8", extension: "txt", render: toText },
  vtt: { contentType: "text/vtt; charset=utf-8", extension: "vtt", render: toWebVtt },
  srt: { contentType: "application/x-subrip; charset=utf-8", extension: "srt", render: toSrt },
} as const;

/** The transcript in the requested format, as a response. */
export async function transcriptResponse(
  teamId: string,
  meetingId: string,
  format: TranscriptFormat,
): Promise<Response> {
  const transcript = await getTranscriptOrThrow(teamId, meetingId);
  if (format === "json") return Response.json(transcript);

  const names = new Map(transcript.speakers.map((speaker) => [speaker.speaker_label, speaker.name]));
  const lines: TimedLine[] = transcript.segments.map((segment) => ({
    speaker: names.get(segment.speaker_label) ?? segment.speaker_label,
    startMs: segment.start_ms,
    endMs: segment.end_ms,
    text: segment.text,
  }));
  const { contentType, extension, render } = TEXT_FORMATS[format];
  return new Response(render(lines), {
    headers: { "Content-Type": contentType, "Content-Disposition": `inline; filename="${meetingId}.${extension}"` },
  });
}
