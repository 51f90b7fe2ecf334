import { AsyncLocalStorage } from "node:async_hooks";

// next-auth's callbacks do not see the request. The auth route reads who is signed in
// before next-auth runs and keeps it here for the signIn callback, which links a new
// GitHub identity to that person's account (lib/users/find-or-create-oauth-user).
const signedInDuringAuth = new AsyncLocalStorage<string | null>();

export function runWithSignedInUser<T>(userId: string | null, run: () => T): T {
  return signedInDuringAuth.run(userId, run);
}

/** Who was signed in when this auth request arrived; null outside the auth route. */
export function signedInUserDuringAuth(): string | null {
  return signedInDuringAuth.getStore() ?? null;
}
