import type { Role } from "@/lib/generated/prisma/enums";
import { hasPermission, refusalOf } from "@/lib/permissions/permissions";

// Who may change whose place in a team, as pure rules over roles and the number of owners.
// The domain applies them to what it reads under the team's lock; the Members page applies
// them to what it shows, to disable the same controls with the same words. Client-safe.

/** Why a change is refused: not allowed for the role (forbidden), or it would leave the team without an owner (conflict). */
export interface Refusal {
  code: "forbidden" | "conflict";
  message: string;
}

export const ADMIN_TOUCHES_OWNER = "Only owners can change an owner's role or remove an owner.";
export const ONLY_OWNERS_MAKE_OWNERS = "Only owners can make someone an owner.";
export const ONLY_OWNERS_TRANSFER = "Only an owner can transfer ownership.";
export const ALREADY_OWNER = "They are already an owner. To step down yourself, change your own role.";
export const LAST_OWNER = "A team needs at least one owner: make someone else an owner first.";
export const LAST_OWNER_LEAVING =
  "You are this team's only owner: transfer ownership to another member (Transfer ownership on their row) before you leave.";

const forbidden = (message: string): Refusal => ({ code: "forbidden", message });
const conflict = (message: string): Refusal => ({ code: "conflict", message });
const MEMBERS_REFUSAL = forbidden(refusalOf("members.manage"));

/** Whether `actor` may give `target` the role `to`; with `to` null, whether any change is possible (the menu's question). */
export function roleChangeRefusal(actor: Role, target: Role, to: Role | null, owners: number): Refusal | null {
  if (!hasPermission(actor, "members.manage")) return MEMBERS_REFUSAL;
  if (target === "owner" && actor !== "owner") return forbidden(ADMIN_TOUCHES_OWNER);
  if (to === "owner" && actor !== "owner") return forbidden(ONLY_OWNERS_MAKE_OWNERS);
  if (target === "owner" && to !== "owner" && owners <= 1) return conflict(LAST_OWNER);
  return null;
}

/** The roles `actor` may hand out: admins never make owners. */
export function assignableRoles(actor: Role): Role[] {
  if (actor === "owner") return ["owner", "admin", "member"];
  return hasPermission(actor, "members.manage") ? ["admin", "member"] : [];
}

/** Whether `actor` may remove someone else whose role is `target`. */
export function removalRefusal(actor: Role, target: Role, owners: number): Refusal | null {
  if (!hasPermission(actor, "members.manage")) return MEMBERS_REFUSAL;
  if (target === "owner" && actor !== "owner") return forbidden(ADMIN_TOUCHES_OWNER);
  if (target === "owner" && owners <= 1) return conflict(LAST_OWNER);
  return null;
}

/** Whether someone with `role` may leave: anyone, except the last owner. */
export function leaveRefusal(role: Role, owners: number): Refusal | null {
  return role === "owner" && owners <= 1 ? conflict(LAST_OWNER_LEAVING) : null;
}

/** Whether `actor` may hand ownership to someone whose role is `target`. */
export function transferRefusal(actor: Role, target: Role): Refusal | null {
  if (actor !== "owner") return forbidden(ONLY_OWNERS_TRANSFER);
  if (target === "owner") return conflict(ALREADY_OWNER);
  return null;
}
