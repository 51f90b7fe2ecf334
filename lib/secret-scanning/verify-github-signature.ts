import { verify, type KeyObject } from "node:crypto";
import { ApiError } from "@/lib/http/errors";
import type { GitHubPublicKeys } from "./github-public-keys";

/**
 * Refuses a body GitHub did not sign: `Github-Public-Key-Signature` is a base64 DER ECDSA
 * P-256 signature of the raw body's SHA-256, made with the key `Github-Public-Key-Identifier`
 * names in GitHub's published list. 401 for a missing, unknown or wrong signature; 503 when
 * GitHub's list cannot be read (GitHub retries).
 */
export async function verifyGitHubSignature(
  keys: GitHubPublicKeys,
  body: Buffer,
  identifier: string | null,
  signature: string | null,
): Promise<void> {
  if (!identifier || !signature) {
    throw new ApiError(
      "invalid_signature",
      "Sign the body: send Github-Public-Key-Identifier and Github-Public-Key-Signature.",
    );
  }
  const lookup = await keys.find(identifier);
  if (!lookup.found) {
    if (lookup.reason === "unavailable") {
      throw new ApiError(
        "unavailable",
        "GitHub's secret scanning keys could not be fetched. Retry in a minute.",
        {},
        { "Retry-After": "60" },
      );
    }
    throw new ApiError("invalid_signature", "Github-Public-Key-Identifier names no key GitHub publishes.");
  }
  if (!signatureMatches(body, lookup.found, signature)) {
    throw new ApiError("invalid_signature", "Github-Public-Key-Signature does not match the body.");
  }
}

function signatureMatches(body: Buffer, key: KeyObject, signature: string): boolean {
  try {
    return verify("sha256", body, key, Buffer.from(signature, "base64"));
  } catch {
    // Bytes that are not a DER signature at all.
    return false;
  }
}
