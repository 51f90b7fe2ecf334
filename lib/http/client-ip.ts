import { isIP } from "node:net";

/**
 * The caller's address from X-Forwarded-For, whose right-most entry is the socket peer
 * (appended by scripts/serve.ts). With N trusted proxies in front, the caller is the
 * entry N places left of it; anything further left was written by the client and cannot
 * be trusted. A chain shorter than that (a request that skipped a proxy) yields its
 * right-most entry, the one address no client can choose.
 */
export function clientIp(headers: Headers, trustedProxyHops: number): string {
  return clientIpOf(headers.get("x-forwarded-for"), trustedProxyHops);
}

/** The same, from the X-Forwarded-For header's value. */
export function clientIpOf(forwardedFor: string | null, trustedProxyHops: number): string {
  const chain = (forwardedFor ?? "")
    .split(",")
    .map((part) => normalise(part.trim()))
    .filter((part) => isIP(part) !== 0);
  return chain[chain.length - 1 - trustedProxyHops] ?? chain.at(-1) ?? "unknown";
}

function normalise(address: string): string {
  const unbracketed = address.replace(/^\[(.*)\]$/, "$1");
  return unbracketed.startsWith("::ffff:") && isIP(unbracketed.slice(7)) === 4 ? unbracketed.slice(7) : unbracketed;
}
