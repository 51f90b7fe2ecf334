import type { NextRequest } from "next/server";
import { signInRedirect } from "@/lib/auth/sign-in-redirect";
import { nextWithContentSecurityPolicy } from "@/lib/security/page-policy";

export async function proxy(request: NextRequest) {
  return (await signInRedirect(request)) ?? nextWithContentSecurityPolicy(request);
}

// Every page, error pages included: each needs its own nonce. Not the API (next.config
// gives it its headers, and its hot path stays free of this), static files, or prefetches
// (RSC payloads, which no policy applies to).
export const config = {
  matcher: [
    {
      source: "/((?!api/|_next/static/|_next/image|favicon.ico|icon.svg).*)",
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
  ],
};
