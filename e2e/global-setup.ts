import { mkdir, rm } from "node:fs/promises";
import { MAIL_DIRS, SMTP_CATCHER_PORT, startSmtpCatcher } from "./mailbox";

/**
 * Empties the mail folders, then catches what the postgres-redis server sends for the whole
 * run: here, not in playwright.config.ts, which every worker process imports too.
 * Resolves with the teardown.
 */
export default async function globalSetup(): Promise<() => Promise<void>> {
  for (const dir of Object.values(MAIL_DIRS)) {
    await rm(dir, { recursive: true, force: true });
    await mkdir(dir, { recursive: true });
  }
  return startSmtpCatcher(SMTP_CATCHER_PORT, MAIL_DIRS.smtp);
}
