import { EmailDeliveryError, sendEmail } from "@/lib/email/send-email";
import { linkExpiry } from "@/lib/email/link-expiry";
import type { Role } from "@/lib/generated/prisma/enums";
import { ROLE_OPTIONS, roleWithArticle } from "@/lib/teams/members/roles";
import { invitationUrl } from "./invitation-link";

export interface InvitationEmail {
  to: string;
  token: string;
  role: Role;
  expiresAt: Date;
  teamName: string;
  inviter: { name: string; email: string };
}

/**
 * Mails the invitation's link. False when the mail server would not take it: the invitation
 * stays, and the page offers Resend rather than an error.
 */
export async function sendInvitationEmail({ to, token, role, expiresAt, teamName, inviter }: InvitationEmail) {
  const roleOption = ROLE_OPTIONS.find((option) => option.value === role)!;
  try {
    await sendEmail({
      to,
      subject: `${inviter.name} invited you to join ${teamName} on Mavio`,
      paragraphs: [
        `${inviter.name} invited you to join ${teamName} on Mavio as ${roleWithArticle(role)}.`,
        `${roleOption.label}: ${roleOption.description}`,
        `The link works whether or not you have a Mavio account: sign in, or create one with ${to}.`,
      ],
      action: { label: `Join ${teamName}`, url: invitationUrl(token) },
      expiry: linkExpiry(expiresAt),
      footnote: `You received this because ${inviter.name} (${inviter.email}) invited ${to} to a team on Mavio. If you weren't expecting it, ignore this email: nobody joins ${teamName} without this link.`,
    });
    return true;
  } catch (error) {
    if (error instanceof EmailDeliveryError) return false;
    throw error;
  }
}
