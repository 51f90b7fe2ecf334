import { db } from "@/lib/db";
import { sendEmail } from "@/lib/email/send-email";
import { appUrl } from "@/lib/email/app-url";

const CHANGES = {
  connected: { subject: "GitHub was connected to your Mavio account", done: "connected to" },
  disconnected: { subject: "GitHub was disconnected from your Mavio account", done: "disconnected from" },
};

/** A new (or removed) way to sign in is worth an email: an open session could have added it. */
export async function sendSignInMethodNotice(userId: string, change: keyof typeof CHANGES): Promise<void> {
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { name: true, email: true } });
  const { subject, done } = CHANGES[change];
  await sendEmail({
    to: user.email,
    subject,
    paragraphs: [
      `Hi ${user.name},`,
      `A GitHub account was just ${done} your Mavio account (${user.email}). ${change === "connected" ? "It can now sign in to Mavio as you." : "It no longer signs in to Mavio as you."}`,
    ],
    action: { label: "Review your account", url: appUrl("/settings/account") },
    expiry: "This link does not expire: it opens your Account page, where you can connect or disconnect GitHub.",
    footnote:
      "You received this because the sign-in methods of your Mavio account changed. If that wasn't you, disconnect GitHub and change your password right away.",
  });
}
