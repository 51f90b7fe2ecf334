import nextCoreWebVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

// The layers (README, "Layout"): app/ and lib/api (the /api/v1 registry, route wrapper,
// OpenAPI document) sit on the domains (lib/<domain>), which sit on lib/http (wire
// primitives: errors, pagination, schemas, serializers) and lib/db. Imports only go down.
const upperLayer = {
  group: ["@/lib/api", "@/lib/api/*"],
  message: "lib/api is the layer above the domains: move what a domain needs into lib/http.",
};
const wireLayerDependencies = {
  group: ["@/lib/*", "!@/lib/http", "!@/lib/http/*", "!@/lib/db", "!@/lib/db/*"],
  message: "lib/http is below the domains: it may import only lib/http and lib/db.",
};
const noParentImports = {
  group: ["../*"],
  message: "Import another folder through @/ so the layer rule sees it.",
};

const config = [
  ...nextCoreWebVitals,
  ...nextTypescript,
  {
    ignores: [
      "node_modules/**",
      ".next/**",
      ".next-*/**",
      ".data/**",
      "lib/generated/**",
      "next-env.d.ts",
      "test-results/**",
      "playwright-report/**",
    ],
  },
  {
    files: ["lib/**/*.ts", "lib/**/*.tsx"],
    ignores: ["lib/api/**"],
    rules: { "no-restricted-imports": ["error", { patterns: [upperLayer, noParentImports] }] },
  },
  {
    files: ["lib/http/**/*.ts"],
    rules: { "no-restricted-imports": ["error", { patterns: [wireLayerDependencies, noParentImports] }] },
  },
];

export default config;
