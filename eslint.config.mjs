import nextCoreWebVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

// The layers (README, "Project layout"), imports only going down:
//   app/  ->  components/, lib/api (the /api/v1 registry, route wrappers, OpenAPI document)
//         ->  lib/<domain> (keys, meetings, webhooks, ...)  ->  lib/http (wire primitives), lib/db
//         ->  lib/errors (the one error the domains throw)
// In a flat config a later object's no-restricted-imports replaces an earlier one's for the
// same files, so each object below lists every pattern that applies to its files.
const noAppImports = {
  group: ["@/app", "@/app/*", "**/app/*"],
  message: "components/ and lib/ must not import from app/: pass server actions and data in as props.",
};
const noUpperLayerImports = {
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
  message: "Import another folder through @/ so the layer rules see it.",
};

const restrictImports = (files, patterns, ignores = []) => ({
  files,
  ignores,
  rules: { "no-restricted-imports": ["error", { patterns }] },
});

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
  restrictImports(["components/**"], [noAppImports]),
  restrictImports(["lib/api/**"], [noAppImports]),
  restrictImports(
    ["lib/**"],
    [noAppImports, noUpperLayerImports, noParentImports],
    ["lib/api/**", "lib/http/**", "lib/errors/**"],
  ),
  restrictImports(["lib/http/**"], [noAppImports, wireLayerDependencies, noParentImports]),
  restrictImports(["lib/errors/**"], [noAppImports, errorsLayerDependencies, noParentImports]),
];

export default config;
