// SSRF protection for webhook URLs. A URL is deliverable when it is http(s), carries no
// credentials, and every address its host resolves to is public. The delivery then
// connects to the address that was checked (pinnedLookup), so a DNS answer that changes
// between the check and the connection (rebinding) cannot redirect it inside.
import { isIP, type LookupFunction } from "node:net";
import { lookup } from "node:dns/promises";

export class UnsafeWebhookUrlError extends Error {
  readonly field = "url";
}

export interface ResolvedAddress {
  address: string;
  family: 4 | 6;
}

export type Resolver = (hostname: string) => Promise<ResolvedAddress[]>;

/** The system resolver (getaddrinfo, so /etc/hosts too), every A and AAAA answer. */
export const systemResolver: Resolver = async (hostname) => {
  const answers = await lookup(hostname, { all: true, verbatim: true });
  return answers.map((answer) => ({ address: answer.address, family: answer.family === 6 ? 6 : 4 }));
};

// ---------------------------------------------------------------- address classes

type Range = readonly [first: number, prefixBits: number, reason: string];

const ipv4 = (a: number, b: number, c: number, d: number) => ((a << 24) | (b << 16) | (c << 8) | d) >>> 0;

// Checked in order: the specific metadata addresses before the ranges holding them.
const IPV4_BLOCKED: Range[] = [
  [ipv4(169, 254, 169, 254), 32, "a cloud metadata address"],
  [ipv4(100, 100, 100, 200), 32, "a cloud metadata address"],
  // Azure's WireServer: a public address that hands VM agents their configuration and certificates.
  [ipv4(168, 63, 129, 16), 32, "a cloud metadata address"],
  [ipv4(0, 0, 0, 0), 8, "an unspecified address"],
  [ipv4(127, 0, 0, 0), 8, "a loopback address"],
  [ipv4(10, 0, 0, 0), 8, "a private address"],
  [ipv4(172, 16, 0, 0), 12, "a private address"],
  [ipv4(192, 168, 0, 0), 16, "a private address"],
  [ipv4(169, 254, 0, 0), 16, "a link-local address"],
  [ipv4(100, 64, 0, 0), 10, "a shared (carrier-grade NAT) address"],
  [ipv4(192, 0, 0, 0), 24, "a reserved address"],
  [ipv4(192, 0, 2, 0), 24, "a reserved (documentation) address"],
  [ipv4(198, 51, 100, 0), 24, "a reserved (documentation) address"],
  [ipv4(203, 0, 113, 0), 24, "a reserved (documentation) address"],
  [ipv4(192, 88, 99, 0), 24, "a reserved address"],
  [ipv4(198, 18, 0, 0), 15, "a reserved (benchmarking) address"],
  [ipv4(224, 0, 0, 0), 4, "a multicast address"],
  [ipv4(240, 0, 0, 0), 4, "a reserved address"],
];

function classifyIPv4Number(value: number): string | null {
  for (const [first, bits, reason] of IPV4_BLOCKED) {
    const mask = bits === 0 ? 0 : (0xffffffff << (32 - bits)) >>> 0;
    if ((value & mask) >>> 0 === first) return reason;
  }
  return null;
}

function parseIPv4(address: string): number {
  const [a, b, c, d] = address.split(".").map(Number);
  return ipv4(a, b, c, d);
}

/** Eight 16-bit groups of a valid IPv6 address (zone id dropped, embedded IPv4 expanded). */
function parseIPv6(address: string): number[] {
  let text = address.split("%")[0];
  if (text.includes(".")) {
    const cut = text.lastIndexOf(":") + 1;
    const v4 = parseIPv4(text.slice(cut));
    text = `${text.slice(0, cut)}${(v4 >>> 16).toString(16)}:${(v4 & 0xffff).toString(16)}`;
  }
  const [head, tail] = text.split("::");
  const groups = (part: string | undefined) => (part ? part.split(":").map((group) => parseInt(group, 16)) : []);
  const left = groups(head);
  const right = groups(tail);
  return tail === undefined ? left : [...left, ...new Array(8 - left.length - right.length).fill(0), ...right];
}

function classifyIPv6(address: string): string | null {
  const g = parseIPv6(address);
  const embeddedV4 = (hi: number, lo: number) => ((hi << 16) | lo) >>> 0;
  const zeros = (from: number, to: number) => g.slice(from, to).every((group) => group === 0);

  if (zeros(0, 8)) return "an unspecified address";
  if (zeros(0, 7) && g[7] === 1) return "a loopback address";
  // ::ffff:a.b.c.d (IPv4-mapped) and 64:ff9b::a.b.c.d (NAT64) reach the IPv4 address inside.
  if (zeros(0, 5) && g[5] === 0xffff) return classifyIPv4Number(embeddedV4(g[6], g[7]));
  if (g[0] === 0x64 && g[1] === 0xff9b && zeros(2, 6)) return classifyIPv4Number(embeddedV4(g[6], g[7]));
  // 6to4 (2002::/16) carries its IPv4 address in groups 1-2.
  if (g[0] === 0x2002) return classifyIPv4Number(embeddedV4(g[1], g[2]));
  if (g[0] === 0xfd00 && g[1] === 0x0ec2 && zeros(2, 7) && g[7] === 0x254) return "a cloud metadata address";
  if ((g[0] & 0xfe00) === 0xfc00) return "a private address";
  if ((g[0] & 0xffc0) === 0xfe80) return "a link-local address";
  if ((g[0] & 0xffc0) === 0xfec0) return "a private address";
  if ((g[0] & 0xff00) === 0xff00) return "a multicast address";
  if (g[0] === 0x2001 && (g[1] === 0 || g[1] === 0x0db8 || (g[1] & 0xfff0) === 0x0010 || (g[1] & 0xfff0) === 0x0020)) {
    return "a reserved address";
  }
  // Everything else outside global unicast (2000::/3): IPv4-compatible, discard, NAT64 local-use, ...
  if ((g[0] & 0xe000) !== 0x2000) return "a reserved address";
  return null;
}

/**
 * Why an IP address must not receive webhooks ("a loopback address", ...), or null when it
 * is a public address. Pure: no DNS, no network.
 */
export function blockedAddressReason(address: string): string | null {
  const version = isIP(address.split("%")[0]);
  if (version === 4) return classifyIPv4Number(parseIPv4(address));
  if (version === 6) return classifyIPv6(address);
  return "not an IP address";
}

// ---------------------------------------------------------------- URLs

export interface DeliverableTarget {
  url: URL;
  /** The host as the URL names it (no IPv6 brackets), for SNI and the Host header. */
  hostname: string;
  /** The checked address the delivery must connect to. */
  address: string;
  family: 4 | 6;
}

const METADATA_REASON = "a cloud metadata address";
const REFUSED_HINT = "Webhooks cannot be sent to loopback, private, link-local or metadata addresses.";

/** Checks the URL's form only (no DNS): http(s), a host, no credentials. Returns the parsed URL. */
export function parseWebhookUrl(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new UnsafeWebhookUrlError("Enter a full URL, e.g. https://example.com/webhooks.");
  }
  if (url.protocol !== "https:" && url.protocol !== "http:")
    throw new UnsafeWebhookUrlError("Webhook URLs must use http or https.");
  if (url.username || url.password)
    throw new UnsafeWebhookUrlError(
      "Remove the user name and password from the URL; use the signing secret to authenticate deliveries.",
    );
  if (!url.hostname) throw new UnsafeWebhookUrlError("The URL needs a host name.");
  return url;
}

/**
 * Resolves the URL's host and refuses it unless every address is public (or allowPrivate,
 * the local-testing setting WEBHOOKS_ALLOW_PRIVATE_URLS, which still refuses cloud metadata
 * addresses). Returns the address to connect to.
 */
export async function assertDeliverableUrl(
  raw: string,
  options: { allowPrivate: boolean; resolve?: Resolver },
): Promise<DeliverableTarget> {
  const url = parseWebhookUrl(raw);
  const hostname = url.hostname.replace(/^\[(.*)\]$/, "$1");
  let addresses: ResolvedAddress[];
  const literal = isIP(hostname);
  if (literal) addresses = [{ address: hostname, family: literal === 6 ? 6 : 4 }];
  else {
    try {
      addresses = await (options.resolve ?? systemResolver)(hostname);
    } catch {
      addresses = [];
    }
    if (addresses.length === 0) throw new UnsafeWebhookUrlError(`The host ${hostname} could not be resolved.`);
  }
  for (const { address } of addresses) {
    const reason = blockedAddressReason(address);
    // Cloud metadata addresses are refused even with the local-testing setting: no local
    // receiver lives there, and they hand out credentials.
    if (reason && (!options.allowPrivate || reason === METADATA_REASON)) {
      const subject = literal ? address : `${hostname} resolves to ${address}, which`;
      throw new UnsafeWebhookUrlError(`${subject} is ${reason}. ${REFUSED_HINT}`);
    }
  }
  return { url, hostname, address: addresses[0].address, family: addresses[0].family };
}

/** A `lookup` for node:http(s) that answers every query with the checked address. */
export function pinnedLookup(target: Pick<DeliverableTarget, "address" | "family">): LookupFunction {
  return ((_hostname: string, options: { all?: boolean }, callback: (...args: unknown[]) => void) => {
    if (options?.all) callback(null, [{ address: target.address, family: target.family }]);
    else callback(null, target.address, target.family);
  }) as LookupFunction;
}
