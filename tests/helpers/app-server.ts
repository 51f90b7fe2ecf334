import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { waitForHttp } from "@/scripts/lib/process";

export interface AppServer {
  url: string;
  process: ChildProcess;
  /** Resolves with the exit code once the process has ended. */
  exited: Promise<number | null>;
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

/**
 * The production build (`next build` must have run) served by scripts/serve.ts in its own
 * process, as in production: for tests about processes (shutdown, several instances).
 */
export async function startAppServer(port: number, env: Record<string, string>): Promise<AppServer> {
  const child = spawn(
    process.execPath,
    ["--import", "tsx", "scripts/serve.ts", "--port", String(port), "--hostname", "127.0.0.1"],
    {
      env: { ...process.env, NEXTAUTH_SECRET: randomBytes(32).toString("hex"), NEXT_TELEMETRY_DISABLED: "1", ...env },
      stdio: ["ignore", "ignore", "inherit"],
    },
  );
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  const url = `http://127.0.0.1:${port}`;
  await waitForHttp(`${url}/api/health`, 60_000, child);
  return {
    url,
    process: child,
    exited,
    async stop(signal = "SIGTERM") {
      if (child.exitCode === null) child.kill(signal);
      return exited;
    },
  };
}
