// GET /api/v1/meetings
// POST /api/v1/meetings
import { routeMethods } from "@/lib/api/route-methods";
import { OPERATIONS } from "@/lib/api/v1/operations";
import { v1Route } from "@/lib/api/v1/route";
import { createMeeting } from "@/lib/meetings/create-meeting";
import { listMeetings } from "@/lib/meetings/list-meetings";

export const dynamic = "force-dynamic";

export const { GET, POST, PUT, PATCH, DELETE } = routeMethods({
  GET: v1Route(OPERATIONS.listMeetings, ({ team, query }) => listMeetings(team.id, query)),
  POST: v1Route(OPERATIONS.createMeeting, ({ team, body }) => createMeeting(team.id, body)),
});
