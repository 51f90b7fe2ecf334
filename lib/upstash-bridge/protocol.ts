import { createHash } from "node:crypto";

// The Upstash REST protocol, spoken over a real Redis: what @upstash/redis sends and
// expects back, and the one Upstash-only script flag plain Redis rejects.

export type Command = (string | number | boolean | null)[];
export type Reply = { result: unknown } | { error: string };

/** Redis replies as Upstash returns them: strings base64-encoded when asked, recursively. */
export function encodeReply(value: unknown, base64: boolean): unknown {
  if (Buffer.isBuffer(value)) return base64 ? value.toString("base64") : value.toString("utf8");
  if (Array.isArray(value)) return value.map((item) => encodeReply(item, base64));
  if (value instanceof Error) return value.message;
  // ioredis turns HGETALL replies into objects; Redis (and Upstash) send a flat list.
  if (value !== null && typeof value === "object") {
    return Object.entries(value).flatMap(([field, item]) => [
      encodeReply(Buffer.from(field), base64),
      encodeReply(item, base64),
    ]);
  }
  return value ?? null;
}

// @upstash/ratelimit >= 2.1 starts every script with this Upstash-only shebang flag;
// Redis 7 answers "ERR Unexpected flag in script shebang".
const UPSTASH_SHEBANG = /^#!lua[^\n]*flags=[^\n]*\n/;

export function stripUpstashShebang(script: string): string {
  return script.replace(UPSTASH_SHEBANG, "");
}

export function sha1(script: string): string {
  return createHash("sha1").update(script).digest("hex");
}

/**
 * Rewrites script commands so the client's view holds: it computes SHAs of the scripts
 * it sends, but Redis stores the stripped ones. `scripts` maps the client's SHA to the
 * stored one, so EVALSHA keeps working (and hitting Redis's cache) after the first EVAL.
 */
export function rewriteScriptCommand(command: string[], scripts: Map<string, string>): string[] {
  const name = command[0]?.toLowerCase();
  if ((name === "eval" || name === "eval_ro") && command[1] !== undefined) {
    const stripped = stripUpstashShebang(command[1]);
    if (stripped !== command[1]) scripts.set(sha1(command[1]), sha1(stripped));
    return [command[0]!, stripped, ...command.slice(2)];
  }
  if ((name === "evalsha" || name === "evalsha_ro") && command[1] !== undefined) {
    return [command[0]!, scripts.get(command[1].toLowerCase()) ?? command[1], ...command.slice(2)];
  }
  if (name === "script" && command[1]?.toLowerCase() === "load" && command[2] !== undefined) {
    const stripped = stripUpstashShebang(command[2]);
    if (stripped !== command[2]) scripts.set(sha1(command[2]), sha1(stripped));
    return [command[0]!, command[1]!, stripped];
  }
  return command;
}

export function isCommand(value: unknown): value is Command {
  return (
    Array.isArray(value) &&
    value.length > 0 &&
    typeof value[0] === "string" &&
    value.every((part) => part === null || ["string", "number", "boolean"].includes(typeof part))
  );
}

export function commandArgs(command: Command): string[] {
  return command.map((part) => (part === null ? "" : String(part)));
}
