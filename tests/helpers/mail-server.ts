// A real SMTP server on 127.0.0.1 for one test file: the app sends to it over SMTP_URL and
// the test reads what arrived, links included.
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { isEmailFor, parseReceivedEmail, type ReceivedEmail } from "./received-email";

export type { ReceivedEmail };

export interface MailServer {
  /** `smtp://127.0.0.1:PORT`, for SMTP_URL. */
  url: string;
  messages: ReceivedEmail[];
  /** The newest message to `to` (with `subject` in its subject), waiting for one if none has arrived yet. */
  waitForEmail(query: { to: string; subject?: string | RegExp }, timeoutMs?: number): Promise<ReceivedEmail>;
  clear(): void;
  close(): Promise<void>;
}

export interface MailServerOptions {
  /** Refuse senders that do not log in with these (plain text AUTH, as there is no TLS). */
  credentials?: { user: string; pass: string };
}

export async function startMailServer(options: MailServerOptions = {}): Promise<MailServer> {
  const messages: ReceivedEmail[] = [];
  const arrivals = new Set<() => void>();
  const { credentials } = options;

  const server = new SMTPServer({
    disabledCommands: ["STARTTLS"],
    authOptional: !credentials,
    allowInsecureAuth: true,
    logger: false,
    onAuth(auth, _session, callback) {
      const accepted = credentials && auth.username === credentials.user && auth.password === credentials.pass;
      callback(
        accepted ? null : new Error("Invalid username or password"),
        accepted ? { user: auth.username } : undefined,
      );
    },
    onData(stream, _session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        parseReceivedEmail(Buffer.concat(chunks)).then((email) => {
          messages.push(email);
          for (const arrived of arrivals) arrived();
          callback();
        }, callback);
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const { port } = server.server.address() as AddressInfo;

  const newestFor = (query: { to: string; subject?: string | RegExp }) =>
    messages.findLast((email) => isEmailFor(email, query));

  return {
    url: `smtp://127.0.0.1:${port}`,
    messages,
    waitForEmail(query, timeoutMs = 5_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const found = newestFor(query);
          if (!found) return;
          clearTimeout(timer);
          arrivals.delete(check);
          resolve(found);
        };
        const timer = setTimeout(() => {
          arrivals.delete(check);
          const seen = messages.map((email) => `${email.to.join(", ")}: ${email.subject}`);
          reject(new Error(`No email to ${query.to} within ${timeoutMs} ms; received: ${JSON.stringify(seen)}`));
        }, timeoutMs);
        arrivals.add(check);
        check();
      });
    },
    clear: () => void messages.splice(0),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
