// Scopes as data: types, UI checkbox groups, validators and OpenAPI text derive from this.
// Descriptions are the help page's words.
export const SCOPES = [
  {
    scope: "meetings:read",
    resource: "Meetings",
    access: "read",
    description: "List and retrieve meetings, transcripts, and summaries",
  },
  {
    scope: "meetings:write",
    resource: "Meetings",
    access: "write",
    description: "Create, update, and delete meetings",
  },
  { scope: "recordings:read", resource: "Recordings", access: "read", description: "Download recording audio files" },
  { scope: "transcripts:read", resource: "Transcripts", access: "read", description: "Retrieve transcript content" },
  {
    scope: "transcripts:write",
    resource: "Transcripts",
    access: "write",
    description: "Edit transcript content and speaker labels",
  },
  { scope: "notes:read", resource: "Notes", access: "read", description: "Read meeting notes and minutes" },
  { scope: "notes:write", resource: "Notes", access: "write", description: "Create and edit notes and minutes" },
  { scope: "action-items:read", resource: "Action items", access: "read", description: "List action items" },
  {
    scope: "action-items:write",
    resource: "Action items",
    access: "write",
    description: "Create, update, and complete action items",
  },
  { scope: "channels:read", resource: "Channels", access: "read", description: "List channels and their meetings" },
  {
    scope: "channels:write",
    resource: "Channels",
    access: "write",
    description: "Create channels, add meetings, manage members",
  },
  { scope: "speakers:read", resource: "Speakers", access: "read", description: "List speaker profiles" },
  { scope: "speakers:write", resource: "Speakers", access: "write", description: "Create and manage speaker profiles" },
  { scope: "team:read", resource: "Team", access: "read", description: "Read team membership and settings" },
  {
    scope: "webhooks:manage",
    resource: "Webhooks",
    access: "manage",
    description: "Create and manage webhook endpoints",
  },
] as const;

export type Scope = (typeof SCOPES)[number]["scope"];

export const SCOPE_NAMES = SCOPES.map((s) => s.scope) as [Scope, ...Scope[]];

export const READ_SCOPES: Scope[] = SCOPES.filter((s) => s.access === "read").map((s) => s.scope);

export function isScope(value: string): value is Scope {
  return (SCOPE_NAMES as string[]).includes(value);
}

/** Any valid key may call the route (GET /me, the 404 and 405 answers). */
export const ANY_KEY = "any-valid-key";

/** The one operation callable without a key (GET /openapi.json). */
export const NO_KEY = "no-key";

/** What an operation requires of the key that calls it. */
export type OperationScope = Scope | typeof ANY_KEY | typeof NO_KEY;
