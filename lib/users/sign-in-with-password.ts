import { assertSignInAllowed, recordFailedSignIn } from "@/lib/auth/sign-in-throttle";
import { verifyCredentials } from "./verify-credentials";

/** The credentials sign-in: throttled per account and per client address, counting failures only. */
export async function signInWithPassword(email: string, password: string, ip: string) {
  await assertSignInAllowed(email, ip);
  const user = await verifyCredentials(email, password);
  if (!user) await recordFailedSignIn(email, ip);
  return user;
}
