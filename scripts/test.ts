// `npm test`: everything, in order of cost. Vitest (unit, integration and reliability
// tests against the real database and Redis), one production build, the system tests
// that run that build in processes of their own, then Playwright in Chromium against it
// (every flow on the configured database and Redis, the first-use journey again on the
// zero-configuration default).
// Ends with one summary line over all runners.
import { readFile, rm } from "node:fs/promises";
import { run, runForExitCode } from "./lib/process";

interface Counts {
  passed: number;
  failed: number;
  skipped: number;
}

const VITEST_REPORT = "test-results/vitest-report.json";
const SYSTEM_REPORT = "test-results/system-report.json";
const PLAYWRIGHT_REPORT = "test-results/e2e-report.json";

async function vitestCounts(file: string): Promise<Counts> {
  const report = JSON.parse(await readFile(file, "utf8"));
  return {
    passed: report.numPassedTests,
    failed: report.numFailedTests,
    skipped: report.numPendingTests + report.numTodoTests,
  };
}

async function playwrightCounts(): Promise<Counts> {
  const { stats } = JSON.parse(await readFile(PLAYWRIGHT_REPORT, "utf8"));
  return { passed: stats.expected, failed: stats.unexpected + stats.flaky, skipped: stats.skipped };
}

const vitest = (config: string, report: string) =>
  runForExitCode("npx", [
    "vitest",
    "run",
    "-c",
    config,
    "--reporter=default",
    "--reporter=json",
    `--outputFile.json=${report}`,
  ]);

async function main() {
  await rm("test-results", { recursive: true, force: true });
  const totals: Counts = { passed: 0, failed: 0, skipped: 0 };
  let failedStage: string | null = null;

  const stages: { name: string; run: () => Promise<number>; counts: () => Promise<Counts> }[] = [
    { name: "vitest", run: () => vitest("vitest.config.ts", VITEST_REPORT), counts: () => vitestCounts(VITEST_REPORT) },
    {
      name: "build",
      run: () =>
        run("npx", ["next", "build"], { env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } }).then(
          () => 0,
          () => 1,
        ),
      counts: async () => ({ passed: 0, failed: 0, skipped: 0 }),
    },
    {
      name: "system tests",
      run: () => vitest("vitest.system.config.ts", SYSTEM_REPORT),
      counts: () => vitestCounts(SYSTEM_REPORT),
    },
    {
      name: "playwright",
      run: () => runForExitCode("npx", ["playwright", "test"], { env: { ...process.env, E2E_PREBUILT: "1" } }),
      counts: playwrightCounts,
    },
  ];

  for (const stage of stages) {
    const exitCode = await stage.run();
    const counts = await stage.counts().catch(() => ({ passed: 0, failed: 1, skipped: 0 }));
    totals.passed += counts.passed;
    totals.failed += exitCode !== 0 ? Math.max(counts.failed, 1) : counts.failed;
    totals.skipped += counts.skipped;
    if (exitCode !== 0) {
      failedStage = stage.name;
      break;
    }
  }
  if (failedStage) console.log(`\n${failedStage} failed; the later stages did not run.`);
  console.log(`\ntests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
  process.exit(totals.failed > 0 || totals.passed === 0 ? 1 : 0);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
