// Parsing of IP allowlist entries without node:net, so the settings form can run the same
// validation in the browser as the server does. The address patterns are Node's own
// (lib/internal/net.js), so ipFamily() agrees with net.isIP().

const V4_SEGMENT = "(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])";
const V4 = `(?:${V4_SEGMENT}\\.){3}${V4_SEGMENT}`;
const V6_SEGMENT = "(?:[0-9a-fA-F]{1,4})";
const IPV4 = new RegExp(`^${V4}$`);
const IPV6 = new RegExp(
  "^(?:" +
    `(?:${V6_SEGMENT}:){7}(?:${V6_SEGMENT}|:)|` +
    `(?:${V6_SEGMENT}:){6}(?:${V4}|:${V6_SEGMENT}|:)|` +
    `(?:${V6_SEGMENT}:){5}(?::${V4}|(?::${V6_SEGMENT}){1,2}|:)|` +
    `(?:${V6_SEGMENT}:){4}(?:(?::${V6_SEGMENT}){0,1}:${V4}|(?::${V6_SEGMENT}){1,3}|:)|` +
    `(?:${V6_SEGMENT}:){3}(?:(?::${V6_SEGMENT}){0,2}:${V4}|(?::${V6_SEGMENT}){1,4}|:)|` +
    `(?:${V6_SEGMENT}:){2}(?:(?::${V6_SEGMENT}){0,3}:${V4}|(?::${V6_SEGMENT}){1,5}|:)|` +
    `(?:${V6_SEGMENT}:){1}(?:(?::${V6_SEGMENT}){0,4}:${V4}|(?::${V6_SEGMENT}){1,6}|:)|` +
    `(?::(?:(?::${V6_SEGMENT}){0,5}:${V4}|(?::${V6_SEGMENT}){1,7}|:))` +
    ")(?:%[0-9a-zA-Z-.:]{1,})?$",
);

/** 4, 6, or 0 when the string is not an IP address; the same answers as net.isIP(). */
export function ipFamily(address: string): 0 | 4 | 6 {
  if (IPV4.test(address)) return 4;
  if (IPV6.test(address)) return 6;
  return 0;
}

export interface AllowlistEntry {
  address: string;
  prefix?: number;
  family: 4 | 6;
}

export function parseAllowlistEntry(entry: string): AllowlistEntry | null {
  const [address, prefixText, ...rest] = entry.trim().split("/");
  if (!address || rest.length) return null;
  const family = ipFamily(address);
  if (family === 0) return null;
  if (prefixText === undefined) return { address, family };
  if (!/^\d{1,3}$/.test(prefixText)) return null;
  const prefix = Number(prefixText);
  if (prefix > (family === 4 ? 32 : 128)) return null;
  return { address, prefix, family };
}

export type AllowlistEntryProblem = string;

/** Null when the entry is an IPv4/IPv6 address or CIDR range; otherwise what is wrong. */
export function allowlistEntryProblem(entry: string): AllowlistEntryProblem | null {
  return parseAllowlistEntry(entry)
    ? null
    : `"${entry}" is not an IP address or CIDR range (e.g. 203.0.113.0/24 or 2001:db8::/32)`;
}
