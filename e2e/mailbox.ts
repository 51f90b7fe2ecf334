// Email in the browser tests. The postgres-redis server sends over SMTP to a catcher that
// e2e/global-setup.ts runs for the whole run; the embedded server has no SMTP_URL and saves
// .eml files itself (MAIL_DIR). Either way each message ends up as an .eml file in a folder,
// which any process (a test worker) can read.
import { randomBytes } from "node:crypto";
import { mkdir, readdir, readFile, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { SMTPServer } from "smtp-server";
import { isEmailFor, parseReceivedEmail, type ReceivedEmail } from "../tests/helpers/received-email";

export type { ReceivedEmail };

const E2E_PORT = Number(process.env.E2E_PORT || 3100);
const MAIL_ROOT = fileURLToPath(new URL("../test-results/e2e-mail/", import.meta.url));

/** Where each server's mail lands (absolute: the servers run in other processes). */
export const MAIL_DIRS = { smtp: path.join(MAIL_ROOT, "smtp"), embedded: path.join(MAIL_ROOT, "embedded") };

/** The catcher's port, next to the app's (GitHub's key server has +10). */
export const SMTP_CATCHER_PORT = E2E_PORT + 11;
export const SMTP_CATCHER_URL = `smtp://127.0.0.1:${SMTP_CATCHER_PORT}`;

// The servers playwright.config.ts starts: the configured one on E2E_PORT, the embedded one next to it.
const MAIL_DIR_BY_PORT: Record<string, string> = {
  [E2E_PORT]: MAIL_DIRS.smtp,
  [E2E_PORT + 1]: MAIL_DIRS.embedded,
};

/** The folder the app at `baseURL` (a project's baseURL) delivers its mail to. */
export function mailDirFor(baseURL: string): string {
  const dir = MAIL_DIR_BY_PORT[new URL(baseURL).port];
  if (!dir) throw new Error(`No mail folder for ${baseURL}: playwright.config.ts starts no server there`);
  return dir;
}

/** Named like the app's own .eml files (lib/email/transport.ts), so names sort by arrival. */
function emlName(): string {
  return `${new Date().toISOString().replaceAll(":", "-")}-${randomBytes(4).toString("hex")}.eml`;
}

/** An SMTP server on 127.0.0.1:`port` that saves every message into `dir` as an .eml file; resolves with its stop function. */
export async function startSmtpCatcher(port: number, dir: string): Promise<() => Promise<void>> {
  await mkdir(dir, { recursive: true });
  const server = new SMTPServer({
    disabledCommands: ["STARTTLS"],
    authOptional: true,
    logger: false,
    onData(stream, _session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        const file = path.join(dir, emlName());
        // Renamed into place, so a test polling the folder never parses half a message.
        writeFile(`${file}.partial`, Buffer.concat(chunks))
          .then(() => rename(`${file}.partial`, file))
          .then(() => callback(), callback);
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve());
  });
  return () => new Promise<void>((resolve) => server.close(() => resolve()));
}

async function emlFilesNewestFirst(dir: string): Promise<string[]> {
  const names = await readdir(dir).catch((error: NodeJS.ErrnoException) => {
    if (error.code === "ENOENT") return [];
    throw error;
  });
  return names.filter((name) => name.endsWith(".eml")).sort((a, b) => b.localeCompare(a));
}

/** The newest message in `dir` to `to` (with `subject` in its subject), polling until one arrives. */
export async function waitForEmail(
  dir: string,
  query: { to: string; subject?: string | RegExp },
  timeoutMs = 15_000,
): Promise<ReceivedEmail> {
  const parsed = new Map<string, ReceivedEmail>();
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    for (const name of await emlFilesNewestFirst(dir)) {
      let email = parsed.get(name);
      if (!email) parsed.set(name, (email = await parseReceivedEmail(await readFile(path.join(dir, name)))));
      if (isEmailFor(email, query)) return email;
    }
    if (Date.now() > deadline) {
      const seen = [...parsed.values()].map((email) => `${email.to.join(", ")}: ${email.subject}`);
      throw new Error(`No email to ${query.to} in ${dir} within ${timeoutMs} ms; found: ${JSON.stringify(seen)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
