import { afterAll, beforeAll } from "vitest";
import { rereadEnv } from "@/lib/env";
import { replaceProcessWide } from "@/lib/process-wide";
import { startMailServer, type MailServer } from "./mail-server";

/** A real SMTP server for the calling test file, with the app sending to it (SMTP_URL). */
export function setUpMailServer(): { readonly server: MailServer } {
  const state = {} as { server: MailServer };
  beforeAll(async () => {
    state.server = await startMailServer();
    process.env.SMTP_URL = state.server.url;
    rereadEnv();
    replaceProcessWide("emailTransport", undefined);
  });
  afterAll(async () => {
    delete process.env.SMTP_URL;
    rereadEnv();
    replaceProcessWide("emailTransport", undefined);
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
