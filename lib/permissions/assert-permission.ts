import { db } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";
import { DomainError } from "@/lib/errors/domain-error";
import { hasPermission, refusalOf, type Permission } from "./permissions";

export class PermissionError extends DomainError {
  constructor(readonly permission: Permission) {
    super("forbidden", refusalOf(permission));
  }
}

/** The person's role in the team when it holds `permission`; a PermissionError otherwise, also outside the team. */
export async function assertPermission(
  actor: { userId: string },
  teamId: string,
  permission: Permission,
): Promise<Role> {
  const membership = await db.membership.findUnique({
    where: { teamId_userId: { teamId, userId: actor.userId } },
    select: { role: true },
  });
  if (!membership || !hasPermission(membership.role, permission)) throw new PermissionError(permission);
  return membership.role;
}
