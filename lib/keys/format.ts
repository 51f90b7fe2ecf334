import { hash, randomInt } from "node:crypto";
import { crc32 } from "node:zlib";

// mavio_sk_<32 random base62 chars: ~190 bits><6 base62 chars: CRC32 of the body>.
// The checksum lets secret scanners and the API reject a mistyped or truncated key
// without touching the database.
export const KEY_PREFIX = "mavio_sk_";
export const BODY_LENGTH = 32;
export const CHECKSUM_LENGTH = 6;
export const KEY_LENGTH = KEY_PREFIX.length + BODY_LENGTH + CHECKSUM_LENGTH;

const BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
const BASE62_CHARS = /^[0-9A-Za-z]+$/;

function toBase62(value: number, width: number): string {
  let out = "";
  let rest = value;
  while (rest > 0) {
    out = BASE62[rest % 62] + out;
    rest = Math.floor(rest / 62);
  }
  return out.padStart(width, "0");
}

function checksumOf(body: string): string {
  return toBase62(crc32(body), CHECKSUM_LENGTH);
}

export function hashApiKey(key: string): string {
  // The one-shot form: no Hash object per call, on every guarded request.
  return hash("sha256", key, "hex");
}

export interface NewApiKey {
  /** The full secret: show it once, never store or log it. */
  key: string;
  hash: string;
  last4: string;
}

export function generateApiKey(): NewApiKey {
  let body = "";
  for (let i = 0; i < BODY_LENGTH; i++) body += BASE62[randomInt(62)];
  const key = KEY_PREFIX + body + checksumOf(body);
  return { key, hash: hashApiKey(key), last4: key.slice(-4) };
}

export type KeyFormatProblem = "prefix" | "length" | "alphabet" | "checksum";

/** Checks a string's shape and checksum; no I/O. */
export function checkApiKeyFormat(candidate: string): KeyFormatProblem | null {
  if (!candidate.startsWith(KEY_PREFIX)) return "prefix";
  if (candidate.length !== KEY_LENGTH) return "length";
  const rest = candidate.slice(KEY_PREFIX.length);
  if (!BASE62_CHARS.test(rest)) return "alphabet";
  const body = rest.slice(0, BODY_LENGTH);
  if (checksumOf(body) !== rest.slice(BODY_LENGTH)) return "checksum";
  return null;
}

/** The partial form shown in lists: mavio_sk_...abcd */
export function maskApiKey(last4: string): string {
  return `${KEY_PREFIX}...${last4}`;
}
