import { sendEmail } from "@/lib/email/send-email";
import { appUrl } from "./app-url";
import { RESET_PASSWORD_REQUEST_PATH } from "./paths";

/**
 * Sign-up with an email that already has an account answers like any sign-up (the page
 * must not tell who has an account); the inbox's owner hears about it instead.
 */
export async function sendAccountExistsNotice(email: string): Promise<void> {
  await sendEmail({
    to: email,
    subject: "You already have a Mavio account",
    paragraphs: [
      `Someone tried to create a Mavio account with ${email}, which already has one. If it was you, sign in instead, or reset your password if you've forgotten it.`,
    ],
    action: { label: "Reset your password", url: appUrl(RESET_PASSWORD_REQUEST_PATH) },
    expiry: "This link does not expire: it opens the page where you ask for a reset link, which works for 30 minutes.",
    footnote:
      "You received this because this address was entered on Mavio's sign-up page. If that wasn't you, ignore this email: nothing changed.",
  });
}
