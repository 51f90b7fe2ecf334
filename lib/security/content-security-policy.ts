import { randomBytes } from "node:crypto";

/** The request header the proxy passes a page's nonce in, for scripts the app writes itself. */
export const NONCE_HEADER = "x-nonce";

export function createNonce(): string {
  return randomBytes(16).toString("base64");
}

/**
 * The policy for one page response. Scripts run only with this response's nonce, and
 * 'strict-dynamic' extends that trust to the chunks they load ('self' is the fallback for
 * browsers without it). Styles allow 'unsafe-inline': Radix, recharts and sonner set
 * style attributes and inject <style> at run time, which a nonce cannot cover; a nonce in
 * style-src would also make browsers ignore 'unsafe-inline'. `next dev` needs eval for
 * React's debugging aids, never the production build.
 */
export function contentSecurityPolicy(nonce: string, options: { allowEval: boolean }): string {
  const directives = {
    "default-src": ["'self'"],
    "script-src": ["'self'", `'nonce-${nonce}'`, "'strict-dynamic'", ...(options.allowEval ? ["'unsafe-eval'"] : [])],
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:", "blob:"],
    "font-src": ["'self'"],
    "connect-src": ["'self'"],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'none'"],
  };
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(" ")}`)
    .join("; ");
}
