import { randomUUID } from "node:crypto";
import { env } from "@/lib/env";
import { log } from "@/lib/log";
import { composeEmail } from "./compose-email";
import { emailTransport } from "./transport";

export interface EmailContent {
  to: string;
  subject: string;
  /** What happened and why this person gets the message: one paragraph each, plain text (escaped for HTML by the layout). */
  paragraphs: string[];
  /** The one thing to do: a button in HTML, the label and the URL on their own lines in plain text. */
  action: { label: string; url: string };
  /** When the link stops working, shown right under the action, e.g. from linkExpiry(). */
  expiry: string;
  /** Closing line: why they received it and what to do if it was not them. */
  footnote: string;
}

/** The SMTP server refused the message or could not be reached; the message was not sent. */
export class EmailDeliveryError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = "EmailDeliveryError";
  }
}

/** `<random@domain>` on the sender's domain, as RFC 5322 recommends. */
function newMessageId(from: string): string {
  const domain = from.slice(from.lastIndexOf("@") + 1).replace(/>$/, "");
  return `<${randomUUID()}@${domain}>`;
}

/** Sends (SMTP) or saves (.eml) the message; throws EmailDeliveryError when the SMTP server refuses or cannot be reached. */
export async function sendEmail(content: EmailContent): Promise<void> {
  const { EMAIL_FROM: from, NODE_ENV } = env();
  const message = { ...composeEmail(content), from, to: content.to, messageId: newMessageId(from), date: new Date() };
  const facts = { to: content.to, subject: content.subject };
  const transport = emailTransport();

  if (transport.kind === "file") {
    const file = await transport.save(message);
    // In development the link is a click away in the terminal; in production it stays out of
    // the logs, as it carries a token.
    const link = NODE_ENV === "production" ? {} : { url: content.action.url };
    log.info("email saved", { ...facts, file, ...link });
    return;
  }

  let sent;
  try {
    sent = await transport.send(message);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    log.error("email not sent", { ...facts, reason });
    throw new EmailDeliveryError(`The mail server did not take the message: ${reason}`, { cause: error });
  }
  log.info("email sent", { ...facts, messageId: sent.messageId, response: sent.response });
}
