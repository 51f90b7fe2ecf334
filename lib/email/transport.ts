import { randomBytes } from "node:crypto";
import { mkdir, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import { createTransport } from "nodemailer";
import type Mail from "nodemailer/lib/mailer";
import type SMTPTransport from "nodemailer/lib/smtp-transport";
import { env } from "@/lib/env";
import { processWide } from "@/lib/process-wide";

/** Where messages go: an SMTP server (SMTP_URL), or .eml files in a folder when none is configured. */
export type EmailTransport =
  | { kind: "smtp"; send(message: Mail.Options): Promise<SMTPTransport.SentMessageInfo> }
  | { kind: "file"; folder: string; save(message: Mail.Options): Promise<string> };

// Nodemailer waits 2 minutes for a connection and 10 for an idle socket by default: far too
// long for the person whose request is sending the message.
const SMTP_TIMEOUTS = { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 };

function smtpOptions(smtpUrl: string): SMTPTransport.Options {
  const url = new URL(smtpUrl);
  return {
    host: url.hostname.replace(/^\[(.*)\]$/, "$1"),
    port: url.port ? Number(url.port) : undefined,
    secure: url.protocol === "smtps:",
    auth: url.username ? { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) } : undefined,
    ...SMTP_TIMEOUTS,
  };
}

function smtpTransport(smtpUrl: string): EmailTransport {
  const transporter = createTransport(smtpOptions(smtpUrl));
  return { kind: "smtp", send: (message) => transporter.sendMail(message) };
}

/** `MAIL_DIR` resolved to an absolute path, else `<cwd>/.data/mail`. */
function mailDir(): string {
  const configured = env().MAIL_DIR?.trim();
  // turbopackIgnore: otherwise the build traces the whole project into its output.
  return path.resolve(configured || path.join(/*turbopackIgnore: true*/ process.cwd(), ".data", "mail"));
}

function fileTransport(folder: string): EmailTransport {
  // The stream transport builds the same RFC 822 message SMTP would carry, without sending it.
  const composer = createTransport({ streamTransport: true, buffer: true, newline: "windows" });
  return {
    kind: "file",
    folder,
    async save(message) {
      const { message: raw } = await composer.sendMail(message);
      // Colons are not allowed in Windows file names.
      const name = `${new Date().toISOString().replaceAll(":", "-")}-${randomBytes(4).toString("hex")}.eml`;
      const file = path.join(folder, name);
      // The folder may have been emptied since the last message (the browser tests do).
      await mkdir(folder, { recursive: true });
      // Written under another name first, so whoever watches the folder never reads half a message.
      await writeFile(`${file}.partial`, raw);
      await rename(`${file}.partial`, file);
      return file;
    },
  };
}

/** The process's one transport, chosen from the configuration on first use. */
export function emailTransport(): EmailTransport {
  return processWide("emailTransport", () => {
    const { SMTP_URL } = env();
    return SMTP_URL ? smtpTransport(SMTP_URL) : fileTransport(mailDir());
  });
}
