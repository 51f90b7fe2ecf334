import { rm } from "node:fs/promises";
import { db } from "@/lib/db";
import { log } from "@/lib/log";
import { recordingPath } from "@/lib/storage/paths";
import { meetingNotFound } from "./get-meeting-or-throw";

/**
 * Deletes a meeting with everything that hangs off it: participants, transcript, notes,
 * action items, channel links and the recording row go in one transaction (foreign-key
 * cascades); the recording file is removed once that transaction has committed.
 */
export async function deleteMeeting(teamId: string, id: string): Promise<void> {
  const filePath = await db.$transaction(async (tx) => {
    const meeting = await tx.meeting.findFirst({ where: { id, teamId }, select: { id: true, recording: { select: { filePath: true } } } });
    if (!meeting) throw meetingNotFound(id);
    await tx.meeting.delete({ where: { id }, select: { id: true } });
    return meeting.recording?.filePath ?? null;
  });
  if (filePath) await removeRecordingFile(filePath, id);
}

async function removeRecordingFile(relative: string, meetingId: string): Promise<void> {
  try {
    await rm(recordingPath(relative), { force: true });
  } catch (error) {
    // The meeting is gone either way; an orphaned file is logged for clean-up, not an API error.
    log.error("Could not remove a deleted meeting's recording file", { meetingId, error: error instanceof Error ? error.message : String(error) });
  }
}
