import { sendEmail } from "@/lib/email/send-email";
import { appUrl } from "@/lib/email/app-url";
import { RESET_PASSWORD_REQUEST_PATH } from "./paths";

const ATTEMPTS = {
  "sign-up": { tried: "create a Mavio account with", page: "Mavio's sign-up page" },
  "email-change": { tried: "move another Mavio account to", page: "a Mavio account's settings" },
};

/**
 * Sign-up (or an email change) with an address that already has an account answers like
 * any other (the page must not tell who has an account); the inbox's owner hears about it.
 */
export async function sendAccountExistsNotice(email: string, attempt: keyof typeof ATTEMPTS): Promise<void> {
  const { tried, page } = ATTEMPTS[attempt];
  await sendEmail({
    to: email,
    subject: "You already have a Mavio account",
    paragraphs: [
      `Someone tried to ${tried} ${email}, which already has one. If it was you, sign in instead, or reset your password if you've forgotten it.`,
    ],
    action: { label: "Reset your password", url: appUrl(RESET_PASSWORD_REQUEST_PATH) },
    expiry: "This link does not expire: it opens the page where you ask for a reset link, which works for 30 minutes.",
    footnote: `You received this because this address was entered on ${page}. If that wasn't you, ignore this email: nothing changed.`,
  });
}
