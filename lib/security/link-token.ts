import { createHash, randomBytes } from "node:crypto";

/**
 * The secret in a link sent by email (verify an address, reset a password, accept an
 * invitation): 256 random bits, base64url. Only its hash is stored, so a copy of the
 * database cannot follow anyone's links.
 */
export function newLinkToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashLinkToken(token) };
}

export function hashLinkToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}
