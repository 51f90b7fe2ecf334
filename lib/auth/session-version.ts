import { db } from "@/lib/db";

/**
 * Sessions are JWTs that no server holds, so signing one out means refusing it: each
 * carries the account's session version from when it was issued, and raising the version
 * (a password reset or change) refuses every older session at its next request.
 */
export async function currentSessionVersion(userId: string): Promise<number | null> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { sessionVersion: true } });
  return user?.sessionVersion ?? null;
}
