import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { createServer, type AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { sendEmail, EmailDeliveryError, type EmailContent } from "@/lib/email/send-email";
import { parseEnv } from "@/lib/env";
import { configureEmail } from "../helpers/mail-setup";
import { startMailServer, type MailServer } from "../helpers/mail-server";
import { parseReceivedEmail } from "../helpers/received-email";

const TOKEN = "tok_9f8e7d6c5b4a";
const content: EmailContent = {
  to: "ada@example.com",
  subject: "Confirm your email address",
  paragraphs: ["Someone signed up for Mavio with this address.", "Confirm it to finish creating the account."],
  action: { label: "Confirm email address", url: `http://localhost:3000/verify-email?token=${TOKEN}&next=%2Fsettings` },
  expiry: "This link works once and expires in 24 hours, at 18:30 UTC on 5 December 2026.",
  footnote: "You got this because this address was used to sign up. If it was not you, ignore this message.",
};
const EMAIL_FROM = "Mavio Test <mail@test.localhost>";

const originalNodeEnv = process.env.NODE_ENV;
afterAll(() =>
  configureEmail({ SMTP_URL: undefined, MAIL_DIR: undefined, EMAIL_FROM: undefined, NODE_ENV: originalNodeEnv }),
);
afterEach(() => void vi.restoreAllMocks());

/** What sendEmail writes to the log while `run` runs: every line, parsed. */
async function logLines(run: () => Promise<unknown>): Promise<{ raw: string[]; parsed: Record<string, unknown>[] }> {
  const raw: string[] = [];
  for (const method of ["log", "error"] as const) {
    vi.spyOn(console, method).mockImplementation((...args: unknown[]) => void raw.push(args.map(String).join(" ")));
  }
  try {
    await run();
  } finally {
    vi.restoreAllMocks();
  }
  return { raw, parsed: raw.map((line) => JSON.parse(line)) };
}

async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe("email configuration", () => {
  it("accepts smtp:// and smtps:// servers and sender addresses, and says what is wrong with others", () => {
    expect(parseEnv({ SMTP_URL: "smtps://user:pass@smtp.example.com:465" }).SMTP_URL).toBe(
      "smtps://user:pass@smtp.example.com:465",
    );
    expect(parseEnv({}).EMAIL_FROM).toBe("Mavio <no-reply@mavio.localhost>");
    expect(parseEnv({ EMAIL_FROM: "alerts@example.com" }).EMAIL_FROM).toBe("alerts@example.com");
    expect(() => parseEnv({ SMTP_URL: "https://smtp.example.com" })).toThrow(
      /SMTP_URL must be an smtp:\/\/ or smtps:\/\//,
    );
    expect(() => parseEnv({ EMAIL_FROM: "Mavio" })).toThrow(/EMAIL_FROM must be an address or "Name <address>"/);
  });
});

describe("sendEmail over SMTP", () => {
  let mail: MailServer;
  beforeAll(async () => {
    mail = await startMailServer();
    configureEmail({ SMTP_URL: mail.url, EMAIL_FROM, MAIL_DIR: undefined, NODE_ENV: "production" });
  });
  afterAll(() => mail.close());

  it("delivers both parts from EMAIL_FROM, with the action's link to follow, and logs one line without it", async () => {
    const { raw, parsed } = await logLines(() => sendEmail(content));
    const email = await mail.waitForEmail({ to: "ADA@example.com", subject: "Confirm your email" });

    expect(email).toMatchObject({ to: ["ada@example.com"], from: EMAIL_FROM, subject: content.subject });
    expect(email.links).toEqual([content.action.url]);
    for (const part of [email.text, email.html]) {
      expect(part).toContain("Confirm it to finish creating the account.");
      expect(part).toContain(content.expiry);
      expect(part).toContain(content.footnote);
    }
    expect(parsed).toEqual([
      expect.objectContaining({
        level: "info",
        message: "email sent",
        to: content.to,
        subject: content.subject,
        messageId: expect.stringMatching(/^<[\w-]+@test\.localhost>$/),
      }),
    ]);
    expect(raw[0]).not.toContain(TOKEN);
    expect(raw[0]).not.toContain("verify-email");
  });

  it("finds a message that arrived before the test asked, and times out on one that never comes", async () => {
    mail.clear();
    await logLines(() => sendEmail({ ...content, to: "grace@example.com" }));
    await expect(mail.waitForEmail({ to: "grace@example.com" })).resolves.toMatchObject({ subject: content.subject });
    await expect(mail.waitForEmail({ to: "grace@example.com", subject: "Other" }, 200)).rejects.toThrow(
      /No email to grace@example.com within 200 ms/,
    );
  });

  it("throws EmailDeliveryError and logs the reason when the server cannot be reached", async () => {
    configureEmail({ SMTP_URL: `smtp://127.0.0.1:${await closedPort()}` });
    let thrown: unknown;
    const { parsed } = await logLines(() => sendEmail(content).catch((error: unknown) => void (thrown = error)));
    expect(thrown).toBeInstanceOf(EmailDeliveryError);
    expect(String(thrown)).toMatch(/ECONNREFUSED/);
    expect(parsed).toEqual([expect.objectContaining({ level: "error", message: "email not sent", to: content.to })]);
    configureEmail({ SMTP_URL: mail.url });
  });
});

describe("sendEmail with credentials in SMTP_URL", () => {
  const credentials = { user: "mavio-app", pass: "p@ss:w/rd%1" };
  let mail: MailServer;
  let port: string;
  beforeAll(async () => {
    mail = await startMailServer({ credentials });
    port = new URL(mail.url).port;
  });
  afterAll(() => mail.close());
  const urlWith = (pass: string) => `smtp://${credentials.user}:${encodeURIComponent(pass)}@127.0.0.1:${port}`;

  it("logs in with them (percent-encoded in the URL) and never logs them", async () => {
    configureEmail({ SMTP_URL: urlWith(credentials.pass), EMAIL_FROM });
    const { raw } = await logLines(() => sendEmail(content));
    expect((await mail.waitForEmail({ to: content.to })).links).toEqual([content.action.url]);
    expect(raw.join("\n")).not.toContain("p@ss");
    expect(raw.join("\n")).not.toContain(encodeURIComponent(credentials.pass));
  });

  it("throws EmailDeliveryError when the server refuses them, still without logging them", async () => {
    configureEmail({ SMTP_URL: urlWith("wrong-password") });
    let thrown: unknown;
    const { raw } = await logLines(() => sendEmail(content).catch((error: unknown) => void (thrown = error)));
    expect(thrown).toBeInstanceOf(EmailDeliveryError);
    expect(String(thrown)).toMatch(/Invalid login|535/);
    expect(raw).toHaveLength(1);
    expect(raw[0]).not.toContain("wrong-password");
  });
});

describe("sendEmail without SMTP_URL", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), "mavio-mail-"));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  async function saveOne(nodeEnv: string) {
    const mailDir = await mkdtemp(path.join(dir, `${nodeEnv}-`));
    configureEmail({ SMTP_URL: undefined, MAIL_DIR: mailDir, EMAIL_FROM, NODE_ENV: nodeEnv });
    const { raw, parsed } = await logLines(() => sendEmail(content));
    const files = await readdir(mailDir);
    return { mailDir, files, raw, parsed };
  }

  it("saves one .eml that parses back into both parts, and names the file in one log line", async () => {
    const { mailDir, files, raw, parsed } = await saveOne("production");
    expect(files).toEqual([expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d\.\d{3}Z-[0-9a-f]{8}\.eml$/)]);
    const file = path.join(mailDir, files[0]);
    const message = await readFile(file, "utf8");
    expect(message).toMatch(/^Message-ID: <[\w-]+@test\.localhost>\r$/m);
    expect(message).toMatch(/^Date: .+\r$/m);

    const email = await parseReceivedEmail(message);
    expect(email).toMatchObject({ to: [content.to], from: EMAIL_FROM, subject: content.subject });
    expect(email.text).toContain(content.paragraphs[0]);
    expect(email.html).toContain(content.paragraphs[0]);
    expect(email.links).toEqual([content.action.url]);

    expect(parsed).toEqual([
      {
        level: "info",
        time: expect.any(String),
        message: "email saved",
        to: content.to,
        subject: content.subject,
        file,
      },
    ]);
    expect(raw[0]).not.toContain(TOKEN);
    expect(raw[0]).not.toContain("verify-email");
  });

  it("adds the link to the log line in development, for a newcomer to click", async () => {
    const { files, parsed } = await saveOne("development");
    expect(files).toHaveLength(1);
    expect(parsed).toEqual([expect.objectContaining({ message: "email saved", url: content.action.url })]);
  });
});
