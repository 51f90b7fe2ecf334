import { tmpdir } from "node:os";
import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { alias: { "@": import.meta.dirname } },
  test: {
    include: ["tests/{unit,integration,reliability}/**/*.test.ts"],
    globalSetup: ["tests/setup/global-database.ts"],
    pool: "forks",
    // Tests that do not start an SMTP server of their own must not fill the checkout's .data/mail.
    env: { MAIL_DIR: path.join(tmpdir(), "mavio-test-mail") },
    testTimeout: 30_000,
    hookTimeout: 60_000,
    reporters: ["default"],
  },
});
