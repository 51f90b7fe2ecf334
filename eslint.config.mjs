import nextCoreWebVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

// The layers (README, "Layout"): app/ and lib/api (the /api/v1 registry, route wrapper,
// OpenAPI document) sit on the domains (lib/<domain>), which sit on lib/http (wire
// primitives: errors, pagination, schemas, serializers) and lib/db; lib/errors (the one error
// the domains throw) is below them all. Imports only go down.
const upperLayer = {
  group: ["@/lib/api", "@/lib/api/*"],
  message: "lib/api is the layer above the domains: move what a domain needs into lib/http.",
};
const wireLayerDependencies = {
  group: ["@/lib/*", "!@/lib/http", "!@/lib/http/*", "!@/lib/db", "!@/lib/db/*", "!@/lib/errors", "!@/lib/errors/*"],
  message: "lib/http is below the domains: it may import only lib/http, lib/db and lib/errors.",
};
const errorsLayerDependencies = {
  group: ["@/lib/*", "!@/lib/errors", "!@/lib/errors/*"],
  message: "lib/errors is the lowest layer: it imports nothing else from lib.",
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
  {
    files: ["lib/errors/**/*.ts"],
    rules: { "no-restricted-imports": ["error", { patterns: [errorsLayerDependencies, noParentImports] }] },
  },
];

export default config;
