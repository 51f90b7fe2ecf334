// A delivered message as a test reads it. Shared by the SMTP server tests start
// (mail-server.ts) and the browser tests, which read .eml files (e2e/mailbox.ts).
import { simpleParser, type AddressObject } from "mailparser";

export interface ReceivedEmail {
  to: string[];
  /** `Name <address>`, or the address alone. */
  from: string;
  subject: string;
  text: string;
  html: string;
  /** Every http(s) link in the message: the HTML's hrefs, then URLs in the text, without repeats. */
  links: string[];
}

const HTML_ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', "#39": "'" };

function hrefs(html: string): string[] {
  return [...html.matchAll(/href="(https?:\/\/[^"]+)"/gi)].map(([, href]) =>
    href.replace(/&(amp|lt|gt|quot|#39);/g, (_, entity: string) => HTML_ENTITIES[entity]),
  );
}

/** `Name <address>` or `address`, unquoted, as EMAIL_FROM is written. */
function sender(field: AddressObject | undefined): string {
  const mailbox = field?.value[0];
  if (!mailbox) return "";
  return mailbox.name ? `${mailbox.name} <${mailbox.address}>` : (mailbox.address ?? "");
}

function addresses(field: AddressObject | AddressObject[] | undefined): string[] {
  return [field ?? []].flat().flatMap((group) => group.value.map((mailbox) => mailbox.address ?? ""));
}

export async function parseReceivedEmail(raw: Buffer | string): Promise<ReceivedEmail> {
  const parsed = await simpleParser(raw);
  const text = parsed.text ?? "";
  const html = parsed.html || "";
  const textLinks = text.match(/https?:\/\/[^\s<>"]+/g) ?? [];
  return {
    to: addresses(parsed.to),
    from: sender(parsed.from),
    subject: parsed.subject ?? "",
    text,
    html,
    links: [...new Set([...hrefs(html), ...textLinks])],
  };
}

/** Whether a message went to `to` (any case) with a subject containing `subject` or matching it. */
export function isEmailFor(email: ReceivedEmail, query: { to: string; subject?: string | RegExp }): boolean {
  const { to, subject } = query;
  if (!email.to.some((address) => address.toLowerCase() === to.toLowerCase())) return false;
  if (subject === undefined) return true;
  return typeof subject === "string" ? email.subject.includes(subject) : subject.test(email.subject);
}
