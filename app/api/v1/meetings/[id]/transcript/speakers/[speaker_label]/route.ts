// PATCH /api/v1/meetings/{id}/transcript/speakers/{speaker_label}
import { routeMethods } from "@/lib/api/route-methods";
import { OPERATIONS } from "@/lib/api/v1/operations";
import { v1Route } from "@/lib/api/v1/route";
import { mapSpeakerLabel } from "@/lib/transcripts/map-speaker-label";

export const dynamic = "force-dynamic";

export const { GET, POST, PUT, PATCH, DELETE } = routeMethods({
  PATCH: v1Route(OPERATIONS.mapTranscriptSpeaker, ({ team, params, body }) =>
    mapSpeakerLabel(team.id, params.id, params.speaker_label, body.speaker_id),
  ),
});
