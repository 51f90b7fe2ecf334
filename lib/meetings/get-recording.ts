import { stat } from "node:fs/promises";
import { DomainError } from "@/lib/errors/domain-error";
import type { StoredFile } from "@/lib/http/file-response";
import { db } from "@/lib/db";
import { log } from "@/lib/log";
import { recordingPath } from "@/lib/storage/paths";
import { assertMeetingInTeam } from "./get-meeting-or-throw";
import type { RecordingResource } from "./schemas";

const RECORDING_SELECT = {
  id: true,
  meetingId: true,
  mimeType: true,
  durationMs: true,
  sizeBytes: true,
  createdAt: true,
  filePath: true,
} as const;

const EXTENSIONS: Record<string, string> = {
  "audio/wav": "wav",
  "audio/x-wav": "wav",
  "audio/mpeg": "mp3",
  "audio/mp4": "m4a",
  "audio/ogg": "ogg",
  "audio/webm": "webm",
};

async function findRecordingOrThrow(teamId: string, meetingId: string) {
  await assertMeetingInTeam(db, teamId, meetingId);
  const row = await db.recording.findFirst({ where: { meetingId, teamId }, select: RECORDING_SELECT });
  if (!row) throw new DomainError("not_found", `Meeting ${meetingId} has no recording.`);
  return row;
}

export async function getRecordingOrThrow(teamId: string, meetingId: string): Promise<RecordingResource> {
  const row = await findRecordingOrThrow(teamId, meetingId);
  return {
    id: row.id,
    meeting_id: row.meetingId,
    mime_type: row.mimeType,
    duration_ms: row.durationMs,
    size_bytes: row.sizeBytes,
    created_at: row.createdAt.toISOString(),
  };
}

/** The recording's file on disk, for streaming. A row whose file is missing is a 404 (and logged). */
export async function getRecordingFileOrThrow(teamId: string, meetingId: string): Promise<StoredFile> {
  const row = await findRecordingOrThrow(teamId, meetingId);
  const path = recordingPath(row.filePath);
  const info = await stat(path).catch(() => null);
  if (!info?.isFile()) {
    log.error("A recording's file is missing from storage", { recordingId: row.id, meetingId });
    throw new DomainError("not_found", `The audio of meeting ${meetingId} is not available.`);
  }
  return {
    path,
    size: info.size,
    mimeType: row.mimeType,
    lastModified: info.mtime,
    etag: `"${row.id}-${info.size.toString(36)}-${Math.floor(info.mtimeMs).toString(36)}"`,
    filename: `${meetingId}.${EXTENSIONS[row.mimeType] ?? "bin"}`,
  };
}
