// The HTTP side of one delivery attempt: POST the signed body to the checked address and
// report what happened. Never follows redirects, gives up after the timeout (sooner when
// the host does not even accept the connection), and keeps only the first kilobyte of the answer.
import http from "node:http";
import https from "node:https";
import { assertDeliverableUrl, pinnedLookup, type Resolver } from "./ssrf";

export const USER_AGENT = "Mavio-Webhooks/1";
export const DEFAULT_TIMEOUT_MS = 15_000;
/**
 * A host that does not accept the TCP connection by then is taken as down: the attempt
 * fails and frees its delivery slot instead of holding it for the whole timeout.
 */
export const CONNECT_TIMEOUT_MS = 3_000;
/** How much of a receiver's answer is kept with the attempt. */
export const RESPONSE_BODY_LIMIT = 1024;

export interface PostWebhookRequest {
  url: string;
  body: string;
  /** The Standard Webhooks headers (webhook-id, webhook-timestamp, webhook-signature). */
  headers: Record<string, string>;
  timeoutMs?: number;
  /** Defaults to CONNECT_TIMEOUT_MS; only applies when shorter than timeoutMs. */
  connectTimeoutMs?: number;
  allowPrivate: boolean;
  resolve?: Resolver;
}

export interface AttemptResult {
  /** The receiver's status; null when there was no answer (refused URL, network error, timeout). */
  statusCode: number | null;
  durationMs: number;
  error: string | null;
  responseBody: string | null;
}

/** Text that Postgres accepts (no NUL) and a reader can scan. */
function storable(text: string, limit = RESPONSE_BODY_LIMIT): string {
  return text.replaceAll("\u0000", "").slice(0, limit);
}

export async function postWebhook(request: PostWebhookRequest): Promise<AttemptResult> {
  const started = performance.now();
  const durationMs = () => Math.round(performance.now() - started);
  const timeoutMs = request.timeoutMs ?? DEFAULT_TIMEOUT_MS;

  let target;
  try {
    target = await assertDeliverableUrl(request.url, { allowPrivate: request.allowPrivate, resolve: request.resolve });
  } catch (error) {
    return {
      statusCode: null,
      durationMs: durationMs(),
      error: storable((error as Error).message),
      responseBody: null,
    };
  }

  return new Promise<AttemptResult>((resolve) => {
    let settled = false;
    let statusCode: number | null = null;
    const chunks: Buffer[] = [];
    let received = 0;

    const finish = (error: string | null) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      clearTimeout(connectTimer);
      outgoing.destroy();
      const text = storable(Buffer.concat(chunks).subarray(0, RESPONSE_BODY_LIMIT).toString("utf8"));
      const redirect =
        statusCode !== null && statusCode >= 300 && statusCode < 400
          ? "Redirects are not followed; use the final URL."
          : null;
      resolve({
        statusCode,
        durationMs: durationMs(),
        error: error === null ? redirect : storable(error),
        responseBody: statusCode === null ? null : text,
      });
    };

    const client = target.url.protocol === "https:" ? https : http;
    const outgoing = client.request(
      target.url,
      {
        method: "POST",
        agent: false,
        lookup: pinnedLookup(target),
        headers: {
          ...request.headers,
          "content-type": "application/json",
          "content-length": Buffer.byteLength(request.body),
          "user-agent": USER_AGENT,
        },
      },
      (response) => {
        statusCode = response.statusCode ?? null;
        response.on("data", (chunk: Buffer) => {
          if (received < RESPONSE_BODY_LIMIT) chunks.push(chunk);
          received += chunk.length;
          if (received >= RESPONSE_BODY_LIMIT) finish(null);
        });
        response.on("end", () => finish(null));
        response.on("error", () => finish(null));
      },
    );
    // One deadline for connecting, the answer and the first kilobyte of its body, and a
    // shorter one for the connection alone.
    const timer = setTimeout(
      () => finish(statusCode === null ? `No response within ${timeoutMs / 1000} s` : null),
      timeoutMs,
    );
    const connectTimeoutMs = request.connectTimeoutMs ?? CONNECT_TIMEOUT_MS;
    const connectTimer =
      connectTimeoutMs < timeoutMs
        ? setTimeout(() => finish(`Could not connect within ${connectTimeoutMs / 1000} s`), connectTimeoutMs)
        : undefined;
    outgoing.on("socket", (socket) => socket.once("connect", () => clearTimeout(connectTimer)));
    outgoing.on("error", (error) => finish(error.message || String(error)));
    outgoing.end(request.body);
  });
}

export type AttemptVerdict = "succeeded" | "gone" | "failed";

/** 2xx succeeds; 410 means the receiver wants no more; anything else (3xx included, no answer) is retried. */
export function verdictOf(result: Pick<AttemptResult, "statusCode">): AttemptVerdict {
  if (result.statusCode === null) return "failed";
  if (result.statusCode >= 200 && result.statusCode < 300) return "succeeded";
  if (result.statusCode === 410) return "gone";
  return "failed";
}
