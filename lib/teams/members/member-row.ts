import type { Role } from "@/lib/generated/prisma/enums";
import {
  assignableRoles,
  leaveRefusal,
  removalRefusal,
  roleChangeRefusal,
  transferRefusal,
  type Refusal,
} from "./member-rules";

/** What a member row's menu and dialogs need: who it is, and why the viewer may not do each thing (null: they may). */
export interface MemberRowSummary {
  id: string;
  name: string;
  email: string;
  role: Role;
  isYou: boolean;
  /** The roles the viewer may give this member. */
  assignableRoles: Role[];
  refusals: {
    changeRole: string | null;
    transferOwnership: string | null;
    remove: string | null;
    leave: string | null;
  };
}

const reason = (refusal: Refusal | null) => refusal?.message ?? null;

/** A row of the Members page as `viewer` sees it, by the rules the server applies. */
export function memberRowSummary(
  member: { id: string; role: Role; user: { id: string; name: string; email: string } },
  viewer: { userId: string; role: Role },
  owners: number,
): MemberRowSummary {
  return {
    id: member.id,
    name: member.user.name,
    email: member.user.email,
    role: member.role,
    isYou: member.user.id === viewer.userId,
    assignableRoles: assignableRoles(viewer.role),
    refusals: {
      changeRole: reason(roleChangeRefusal(viewer.role, member.role, null, owners)),
      transferOwnership: reason(transferRefusal(viewer.role, member.role)),
      remove: reason(removalRefusal(viewer.role, member.role, owners)),
      leave: reason(leaveRefusal(member.role, owners)),
    },
  };
}
