import { defineConfig } from "vitest/config";
import base from "./vitest.config";

// Tests that start the production build in processes of their own (`next build` first).
export default defineConfig({
  ...base,
  test: { ...base.test, include: ["tests/system/**/*.test.ts"], fileParallelism: false },
});
