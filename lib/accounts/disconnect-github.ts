import { db } from "@/lib/db";
import { refuse, type FormResult } from "./form-result";
import { sendAfterResponse } from "./send-after-response";
import { sendSignInMethodNotice } from "./sign-in-method-notice";

/** Removes the GitHub sign-in, unless it is the account's only way in. */
export async function disconnectGitHub(userId: string): Promise<FormResult> {
  const { passwordHash } = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { passwordHash: true } });
  if (!passwordHash) {
    return refuse("form", "Set a password first: without GitHub or a password you could not sign in any more.");
  }
  const { count } = await db.oAuthAccount.deleteMany({ where: { userId, provider: "github" } });
  if (count) sendAfterResponse("GitHub disconnected notice", () => sendSignInMethodNotice(userId, "disconnected"));
  return { ok: true };
}
