import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { cache } from "react";
import { authOptions } from "./options";

/** The signed-in user's id, or null. One session decode per request. */
export const getSignedInUserId = cache(async (): Promise<string | null> => {
  const session = await getServerSession(authOptions);
  return session?.user?.id ?? null;
});

export async function requireUserId(): Promise<string> {
  const userId = await getSignedInUserId();
  if (!userId) redirect("/sign-in");
  return userId;
}
