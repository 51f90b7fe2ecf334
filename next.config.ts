import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // PGlite and the pg driver are Node libraries with Wasm/native parts: load them from
  // node_modules at run time instead of bundling them.
  serverExternalPackages: ["@electric-sql/pglite", "@electric-sql/pglite-socket", "pg"],
  poweredByHeader: false,
  typedRoutes: false,
};

export default nextConfig;
