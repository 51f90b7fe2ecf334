import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy, createNonce, NONCE_HEADER } from "./content-security-policy";

/**
 * Lets a page request through with a fresh nonce. Next reads the nonce from the request's
 * Content-Security-Policy header and puts it on its own scripts; the app's scripts read
 * NONCE_HEADER. The browser enforces the same policy from the response.
 */
export function nextWithContentSecurityPolicy(request: NextRequest): NextResponse {
  const nonce = createNonce();
  const policy = contentSecurityPolicy(nonce, { allowEval: process.env.NODE_ENV === "development" });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set(NONCE_HEADER, nonce);
  requestHeaders.set("content-security-policy", policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("content-security-policy", policy);
  return response;
}
