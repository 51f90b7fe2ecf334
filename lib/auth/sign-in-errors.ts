// What the sign-in form says for each error code next-auth hands back (in signIn()'s
// result, or as ?error= on the sign-in page). No server imports: the form uses it.

const TOO_MANY_ATTEMPTS = "TooManyAttempts";
const MINUTE_MS = 60_000;

export const OAUTH_EMAIL_IN_USE = "OAuthAccountNotLinked";

/** The wait until `retryAt`, in whole minutes (at least one). */
export function minutesUntil(retryAt: number, now = Date.now()): number {
  return Math.max(1, Math.ceil((retryAt - now) / MINUTE_MS));
}

/** The code a refused attempt carries to the form. */
export function tooManyAttemptsCode(retryAt: number, now = Date.now()): string {
  return `${TOO_MANY_ATTEMPTS}:${minutesUntil(retryAt, now)}`;
}

/** "1 minute", "5 minutes". */
export function minutesInWords(minutes: number): string {
  return `${minutes} ${minutes === 1 ? "minute" : "minutes"}`;
}

export function tooManyAttemptsMessage(minutes: number): string {
  return `Too many attempts. Try again in ${minutesInWords(minutes)}.`;
}

export function signInErrorMessage(code: string): string {
  const [kind, minutes] = code.split(":");
  if (kind === TOO_MANY_ATTEMPTS && Number(minutes) > 0) return tooManyAttemptsMessage(Number(minutes));
  if (code === "CredentialsSignin") return "Incorrect email or password.";
  if (code === OAUTH_EMAIL_IN_USE) {
    return "An account with this email already exists. Sign in with your password; GitHub sign-in is not linked to it. Once signed in, you can connect GitHub on your Account page.";
  }
  return "We couldn't sign you in. Try again in a moment.";
}
