import { rm } from "node:fs/promises";
import { db, qualifiedTable } from "@/lib/db";
import { log } from "@/lib/log";
import { recordingPath } from "@/lib/storage/paths";
import { emitWebhookEvent } from "@/lib/webhooks/events";
import { meetingNotFound } from "./get-meeting-or-throw";
import { MEETING_SELECT, serializeMeeting } from "./serialize-meeting";

/**
 * Deletes a meeting with everything that hangs off it: participants, transcript, notes,
 * action items, channel links and the recording row go in one transaction (foreign-key
 * cascades), which also announces meeting.deleted with the meeting as it was just before.
 * The recording file is removed once that transaction has committed.
 */
export async function deleteMeeting(teamId: string, id: string): Promise<void> {
  const filePath = await db.$transaction(async (tx) => {
    // Lock the row first, so the announced meeting is the last committed state and a
    // concurrent update either lands before it or finds the meeting gone.
    await tx.$executeRaw`SELECT 1 FROM ${qualifiedTable("meetings")} WHERE id = ${id} AND team_id = ${teamId} FOR UPDATE`;
    const meeting = await tx.meeting.findFirst({
      where: { id, teamId },
      select: { ...MEETING_SELECT, recording: { select: { id: true, filePath: true } } },
    });
    if (!meeting) throw meetingNotFound(id);
    await tx.meeting.delete({ where: { id }, select: { id: true } });
    await emitWebhookEvent(tx, { teamId, type: "meeting.deleted", object: serializeMeeting(meeting) });
    return meeting.recording?.filePath ?? null;
  });
  if (filePath) await removeRecordingFile(filePath, id);
}

async function removeRecordingFile(relative: string, meetingId: string): Promise<void> {
  try {
    await rm(recordingPath(relative), { force: true });
  } catch (error) {
    // The meeting is gone either way; an orphaned file is logged for clean-up, not an API error.
    log.error("Could not remove a deleted meeting's recording file", {
      meetingId,
      error: error instanceof Error ? error.message : String(error),
    });
  }
}
