// GET /api/v1/meetings/{id}/notes
// POST /api/v1/meetings/{id}/notes
import { routeMethods } from "@/lib/api/route-methods";
import { OPERATIONS } from "@/lib/api/v1/operations";
import { v1Route } from "@/lib/api/v1/route";
import { createNote } from "@/lib/notes/create-note";
import { listMeetingNotes } from "@/lib/notes/list-notes";

export const dynamic = "force-dynamic";

export const { GET, POST, PUT, PATCH, DELETE } = routeMethods({
  GET: v1Route(OPERATIONS.listMeetingNotes, ({ team, params, query }) => listMeetingNotes(team.id, params.id, query)),
  POST: v1Route(OPERATIONS.createNote, ({ team, key, params, body }) => createNote(team.id, params.id, key.id, body)),
});
