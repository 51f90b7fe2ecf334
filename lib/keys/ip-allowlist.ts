import { BlockList, isIP } from "node:net";
import { parseAllowlistEntry } from "./allowlist-entry";

export { allowlistEntryProblem, type AllowlistEntryProblem } from "./allowlist-entry";

/** A matcher for a key's allowlist; null means the key may be used from anywhere. */
export function compileAllowlist(entries: string[]): BlockList | null {
  if (entries.length === 0) return null;
  const list = new BlockList();
  for (const entry of entries) {
    const parsed = parseAllowlistEntry(entry);
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
