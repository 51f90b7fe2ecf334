// GitHub's side of secret scanning for the browser tests: the key list GitHub publishes,
// served on a port next to the app's, and alerts signed the way GitHub signs them.
// The key pair is derived from a fixed phrase, not generated: a worker that restarts after
// a failure serves the same key, which the app has already cached under its identifier.
import { createECDH, createHash, createPrivateKey, createPublicKey, sign } from "node:crypto";
import { createServer, type Server } from "node:http";

const KEY_IDENTIFIER = "mavio-e2e-secret-scanning";
const KEYS_PATH = "/meta/public_keys/secret_scanning";

/** Where the apps under test read GitHub's keys (playwright.config.ts sets it): next to their ports. */
export const GITHUB_KEYS_URL = `http://127.0.0.1:${Number(process.env.E2E_PORT || 3100) + 10}${KEYS_PATH}`;

const base64url = (bytes: Buffer) => bytes.toString("base64url");

function derivedKeyPair() {
  const ecdh = createECDH("prime256v1");
  const secret = createHash("sha256").update("mavio e2e: a stand-in for GitHub's signing key").digest();
  ecdh.setPrivateKey(secret);
  const point = ecdh.getPublicKey();
  const privateKey = createPrivateKey({
    key: {
      kty: "EC",
      crv: "P-256",
      d: base64url(secret),
      x: base64url(point.subarray(1, 33)),
      y: base64url(point.subarray(33)),
    },
    format: "jwk",
  });
  return { privateKey, publicPem: createPublicKey(privateKey).export({ type: "spki", format: "pem" }).toString() };
}

const { privateKey, publicPem } = derivedKeyPair();

/** Serves the key list at GITHUB_KEYS_URL until closed. */
export async function startGitHubKeyServer(): Promise<Server> {
  const url = new URL(GITHUB_KEYS_URL);
  const server = createServer((request, response) => {
    if (request.url !== KEYS_PATH) return response.writeHead(404).end();
    const body = { public_keys: [{ key_identifier: KEY_IDENTIFIER, key: publicPem, is_current: true }] };
    response.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(body));
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(Number(url.port), url.hostname, resolve);
  });
  return server;
}

/** A signed alert for one token found at `url`, as GitHub POSTs it: the body and its headers. */
export function githubAlert(token: string, url: string): { body: string; headers: Record<string, string> } {
  const body = JSON.stringify([{ token, type: "mavio_api_key", url, source: "content" }]);
  return {
    body,
    headers: {
      "content-type": "application/json",
      "Github-Public-Key-Identifier": KEY_IDENTIFIER,
      "Github-Public-Key-Signature": sign("sha256", Buffer.from(body), privateKey).toString("base64"),
    },
  };
}
