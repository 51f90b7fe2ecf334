import { BlockList, isIP } from "node:net";

export type AllowlistEntryProblem = string;

function splitEntry(entry: string): { address: string; prefix?: number; family: 4 | 6 } | null {
  const [address, prefixText, ...rest] = entry.trim().split("/");
  if (!address || rest.length) return null;
  const family = isIP(address);
  if (family === 0) return null;
  if (prefixText === undefined) return { address, family: family as 4 | 6 };
  if (!/^\d{1,3}$/.test(prefixText)) return null;
  const prefix = Number(prefixText);
  if (prefix > (family === 4 ? 32 : 128)) return null;
  return { address, prefix, family: family as 4 | 6 };
}

/** Null when the entry is an IPv4/IPv6 address or CIDR range; otherwise what is wrong. */
export function allowlistEntryProblem(entry: string): AllowlistEntryProblem | null {
  return splitEntry(entry) ? null : `"${entry}" is not an IP address or CIDR range (e.g. 203.0.113.0/24 or 2001:db8::/32)`;
}

/** A matcher for a key's allowlist; null means the key may be used from anywhere. */
export function compileAllowlist(entries: string[]): BlockList | null {
  if (entries.length === 0) return null;
  const list = new BlockList();
  for (const entry of entries) {
    const parsed = splitEntry(entry);
    if (!parsed) continue;
    const type = parsed.family === 4 ? "ipv4" : "ipv6";
    if (parsed.prefix === undefined) list.addAddress(parsed.address, type);
    else list.addSubnet(parsed.address, parsed.prefix, type);
  }
  return list;
}

export function ipAllowed(allowlist: BlockList | null, ip: string): boolean {
  if (!allowlist) return true;
  const family = isIP(ip);
  if (family === 0) return false;
  return allowlist.check(ip, family === 4 ? "ipv4" : "ipv6");
}
