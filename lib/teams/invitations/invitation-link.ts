import { appUrl } from "@/lib/email/app-url";
import { newLinkToken } from "@/lib/security/link-token";
import { invitationPath } from "./invitation-paths";

const DAY_MS = 86_400_000;
const INVITATION_LIFETIME_MS = 7 * DAY_MS;

/** A new secret for an invitation's link, the hash to store, and when it stops working. */
export function newInvitationLink(now: Date): { token: string; tokenHash: string; expiresAt: Date } {
  return { ...newLinkToken(), expiresAt: new Date(now.getTime() + INVITATION_LIFETIME_MS) };
}

/** The link in the email, on the app's configured origin. */
export function invitationUrl(token: string): string {
  return appUrl(invitationPath(token));
}
