// `npm test`: vitest (unit + integration against the real database), then Playwright
// against a production build. Ends with one summary line over both runners.
import { readFile, rm } from "node:fs/promises";
import { runForExitCode } from "./lib/process";

const VITEST_REPORT = "test-results/vitest-report.json";
const PLAYWRIGHT_REPORT = "test-results/e2e-report.json";

interface Counts {
  passed: number;
  failed: number;
  skipped: number;
}

async function vitestCounts(): Promise<Counts> {
  const report = JSON.parse(await readFile(VITEST_REPORT, "utf8"));
  return { passed: report.numPassedTests, failed: report.numFailedTests, skipped: report.numPendingTests + report.numTodoTests };
}

async function playwrightCounts(): Promise<Counts> {
  const { stats } = JSON.parse(await readFile(PLAYWRIGHT_REPORT, "utf8"));
  return { passed: stats.expected, failed: stats.unexpected + stats.flaky, skipped: stats.skipped };
}

async function readCounts(read: () => Promise<Counts>): Promise<Counts> {
  return read().catch(() => ({ passed: 0, failed: 1, skipped: 0 }));
}

async function main() {
  await rm("test-results", { recursive: true, force: true });
  const vitestExit = await runForExitCode("npx", [
    "vitest", "run", "--reporter=default", "--reporter=json", `--outputFile.json=${VITEST_REPORT}`,
  ]);
  const totals = await readCounts(vitestCounts);
  let e2eExit = 0;
  if (vitestExit === 0 || process.argv.includes("--keep-going")) {
    e2eExit = await runForExitCode("npx", ["playwright", "test"]);
    const e2e = await readCounts(playwrightCounts);
    totals.passed += e2e.passed;
    totals.failed += e2e.failed;
    totals.skipped += e2e.skipped;
  } else {
    console.log("\nSkipping the browser tests: fix the failing vitest tests first (or pass --keep-going).");
  }
  const failed = vitestExit !== 0 || e2eExit !== 0 ? Math.max(totals.failed, 1) : totals.failed;
  console.log(`\ntests: ${totals.passed} passed, ${failed} failed, ${totals.skipped} skipped`);
  process.exit(failed > 0 || totals.passed === 0 ? 1 : 0);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
