import nextCoreWebVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

// app/ sits on top: components and lib get server actions and data from app/ as props or arguments.
// A later config object that sets no-restricted-imports for these files replaces these options,
// so it has to list this pattern too.
export const noAppImports = {
  group: ["@/app", "@/app/*", "**/app/*"],
  message: "components/ and lib/ must not import from app/: pass server actions and data in as props.",
};

const config = [
  ...nextCoreWebVitals,
  ...nextTypescript,
  {
    files: ["components/**", "lib/**"],
    rules: { "no-restricted-imports": ["error", { patterns: [noAppImports] }] },
  },
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
];

export default config;
