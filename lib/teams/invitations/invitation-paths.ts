// Where an invitation's links lead, relative to the app. Client-safe.

/** The invitation page: accept when signed in, else sign in or create an account. */
export function invitationPath(token: string): string {
  return `/invite/${encodeURIComponent(token)}`;
}

/** Sign-up through the invitation: joins its team instead of making a personal one. */
export function invitationSignUpPath(token: string): string {
  return `/sign-up?${new URLSearchParams({ invitation: token })}`;
}

/** Sign-in that comes back to the invitation. */
export function invitationSignInPath(token: string): string {
  return `/sign-in?${new URLSearchParams({ callbackUrl: invitationPath(token) })}`;
}
