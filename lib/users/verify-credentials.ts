import { db } from "@/lib/db";
import { verifyPassword } from "@/lib/auth/password";

export async function verifyCredentials(email: string, password: string) {
  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, name: true, email: true, passwordHash: true },
  });
  if (!(await verifyPassword(password, user?.passwordHash))) return null;
  return { id: user!.id, name: user!.name, email: user!.email };
}
