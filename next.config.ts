import type { NextConfig } from "next";
import { securityHeaderRules } from "./lib/security/response-headers";

const nextConfig: NextConfig = {
  // PGlite and the pg driver are Node libraries with Wasm/native parts: load them from
  // node_modules at run time instead of bundling them.
  serverExternalPackages: ["@electric-sql/pglite", "pg"],
  poweredByHeader: false,
  // `npm run typecheck` checks the whole repo (CI runs it before the tests); checking again
  // inside every build would only repeat it.
  typescript: { ignoreBuildErrors: true },
  typedRoutes: false,
  // Browsers ask for /favicon.ico before the streamed metadata names app/icon.svg, and
  // crawlers and tools ask for it outright: answer with the icon instead of a 404.
  rewrites: async () => [{ source: "/favicon.ico", destination: "/icon.svg" }],
  headers: async () => securityHeaderRules(),
};

export default nextConfig;
