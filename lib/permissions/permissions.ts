// Who may do what in a team: each permission, the roles that hold it, and the words that
// refuse everyone else (people outside the team hold none). The settings pages, their
// server actions and the domains all ask here. Client-safe; ./assert-permission reads
// the membership.
import type { Role } from "@/lib/generated/prisma/enums";
import { SCOPE_NAMES, type Scope } from "@/lib/keys/scopes";

const MANAGERS: readonly Role[] = ["owner", "admin"];
const EVERY_ROLE: readonly Role[] = ["owner", "admin", "member"];

const KEYS_REFUSAL = "Only owners and admins can create, rotate or revoke API keys.";
const WEBHOOKS_REFUSAL = "Only owners and admins can add, change or delete webhook endpoints.";
const MEMBERS_REFUSAL = "Only owners and admins can invite people, change roles or remove members.";
const TEAM_REFUSAL = "Only owners and admins can change the team's settings.";

const PERMISSIONS = {
  /** Create, rotate, revoke and rename the team's API keys. */
  "keys.write": { roles: MANAGERS, refusal: KEYS_REFUSAL },
  /** See the team's webhook endpoints and their deliveries. */
  "webhooks.read": { roles: EVERY_ROLE, refusal: WEBHOOKS_REFUSAL },
  /** Add, change, enable, disable and delete endpoints, rotate their secrets, send test events. */
  "webhooks.write": { roles: MANAGERS, refusal: WEBHOOKS_REFUSAL },
  /** Invite people, resend and cancel invitations, change roles, remove members (admins never touch owners). */
  "members.manage": { roles: MANAGERS, refusal: MEMBERS_REFUSAL },
  /** Rename the team. */
  "team.manage": { roles: MANAGERS, refusal: TEAM_REFUSAL },
} as const satisfies Record<string, { roles: readonly Role[]; refusal: string }>;

export type Permission = keyof typeof PERMISSIONS;

export function hasPermission(role: Role, permission: Permission): boolean {
  return PERMISSIONS[permission].roles.includes(role);
}

/** Why someone without the permission may not: the same words on the page and from the server. */
export function refusalOf(permission: Permission): string {
  return PERMISSIONS[permission].refusal;
}

/**
 * The API scopes a role holds where the settings UI needs them (subscribing a webhook
 * endpoint to events): whoever may issue keys holds every scope, as a key can carry any
 * of them; everyone else holds none.
 */
export function scopesOfRole(role: Role | null): Scope[] {
  return role && hasPermission(role, "keys.write") ? [...SCOPE_NAMES] : [];
}
