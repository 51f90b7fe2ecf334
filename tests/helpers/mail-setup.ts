import { afterAll, beforeAll } from "vitest";
import { rereadEnv } from "@/lib/env";
import { replaceProcessWide } from "@/lib/process-wide";
import { startMailServer, type MailServer } from "./mail-server";

/** Changes settings (unset with undefined) and makes the app read them again: configuration and the email transport are kept per process. */
export function configureEmail(settings: Record<string, string | undefined>): void {
  for (const [name, value] of Object.entries(settings)) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
  rereadEnv();
  replaceProcessWide("emailTransport", undefined);
}

/** A real SMTP server for the calling test file, with the app sending to it (SMTP_URL). */
export function setUpMailServer(): { readonly server: MailServer } {
  const state = {} as { server: MailServer };
  beforeAll(async () => {
    state.server = await startMailServer();
    configureEmail({ SMTP_URL: state.server.url });
  });
  afterAll(async () => {
    configureEmail({ SMTP_URL: undefined });
    await state.server.close();
  });
  return state;
}

/** The `token` query parameter of the first link in a message that leads to `path`. */
export function tokenFromLink(links: string[], path: string): string {
  const link = links.map((href) => new URL(href)).find((url) => url.pathname === path);
  const token = link?.searchParams.get("token");
  if (!token) throw new Error(`No link to ${path} with a token in ${JSON.stringify(links)}`);
  return token;
}
