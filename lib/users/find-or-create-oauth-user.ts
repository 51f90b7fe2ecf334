import { sendEmailVerification } from "@/lib/accounts/email-verification";
import { sendAfterResponse } from "@/lib/accounts/send-after-response";
import { sendSignInMethodNotice } from "@/lib/accounts/sign-in-method-notice";
import { db } from "@/lib/db";
import { createUserWithPersonalTeam, EmailTakenError } from "./create-user";

export type OAuthRefusal = "email-in-use" | "email-unverified" | "linked-elsewhere";

export type OAuthSignIn = { userId: string; linked?: true } | { refused: OAuthRefusal };

/**
 * Signs in an OAuth identity: the linked user, else a new user with a personal team.
 * Linking the identity to an existing account happens only from inside that account: the
 * person is signed in (`signedInUserId`) and the account's email is verified. Without
 * both, whoever registered an address first (by password, or with another identity) could
 * take over someone else's sign-in, so an account that already holds the email is never
 * linked from the sign-in page.
 */
export async function findOrCreateOAuthUser(
  identity: { provider: string; providerAccountId: string; email: string; name: string },
  signedInUserId: string | null = null,
): Promise<OAuthSignIn> {
  const oauthAccount = { provider: identity.provider, providerAccountId: identity.providerAccountId };
  const linked = await db.oAuthAccount.findUnique({
    where: { provider_providerAccountId: oauthAccount },
    select: { userId: true },
  });
  if (linked) {
    if (signedInUserId && linked.userId !== signedInUserId) return { refused: "linked-elsewhere" };
    return { userId: linked.userId };
  }

  if (signedInUserId) {
    const user = await db.user.findUniqueOrThrow({ where: { id: signedInUserId }, select: { emailVerifiedAt: true } });
    if (!user.emailVerifiedAt) return { refused: "email-unverified" };
    await db.oAuthAccount.create({ data: { ...oauthAccount, userId: signedInUserId } });
    sendAfterResponse("GitHub connected notice", () => sendSignInMethodNotice(signedInUserId, "connected"));
    return { userId: signedInUserId, linked: true };
  }

  const email = identity.email.trim().toLowerCase();
  try {
    const user = await createUserWithPersonalTeam({ name: identity.name, email, oauthAccount });
    sendAfterResponse("email verification", () => sendEmailVerification(user));
    return { userId: user.id };
  } catch (error) {
    if (error instanceof EmailTakenError) return { refused: "email-in-use" };
    throw error;
  }
}
