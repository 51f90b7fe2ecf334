import type { NextConfig } from "next";

type HeaderRules = Awaited<ReturnType<NonNullable<NextConfig["headers"]>>>;

const EVERY_RESPONSE = [
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Content-Type-Options", value: "nosniff" },
];

// Two years. Browsers ignore the header on plain http, so it is only sent when the
// request reached the front proxy over https, as that proxy reports in X-Forwarded-Proto
// (scripts/serve.ts itself only speaks http). A client forging the header over http gets
// a header its browser discards.
const STRICT_TRANSPORT_SECURITY = { key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" };

/**
 * The security headers every response gets, pages, API and static files alike (next.config
 * `headers()`). Pages also get a per-request Content-Security-Policy from the proxy.
 */
export function securityHeaderRules(): HeaderRules {
  return [
    { source: "/:path*", headers: EVERY_RESPONSE },
    {
      source: "/:path*",
      has: [{ type: "header", key: "x-forwarded-proto", value: "https" }],
      headers: [STRICT_TRANSPORT_SECURITY],
    },
  ];
}
