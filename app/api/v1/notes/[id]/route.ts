// GET /api/v1/notes/{id}
// PATCH /api/v1/notes/{id}
// DELETE /api/v1/notes/{id}
import { routeMethods } from "@/lib/api/route-methods";
import { OPERATIONS } from "@/lib/api/v1/operations";
import { v1Route } from "@/lib/api/v1/route";
import { deleteNote } from "@/lib/notes/delete-note";
import { getNoteOrThrow } from "@/lib/notes/get-note-or-throw";
import { updateNote } from "@/lib/notes/update-note";

export const dynamic = "force-dynamic";

export const { GET, POST, PUT, PATCH, DELETE } = routeMethods({
  GET: v1Route(OPERATIONS.getNote, ({ team, params }) => getNoteOrThrow(team.id, params.id)),
  PATCH: v1Route(OPERATIONS.updateNote, ({ team, params, body }) => updateNote(team.id, params.id, body)),
  DELETE: v1Route(OPERATIONS.deleteNote, ({ team, params }) => deleteNote(team.id, params.id)),
});
