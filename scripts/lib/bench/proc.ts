import { readFile } from "node:fs/promises";

// Linux exposes a process's CPU time in clock ticks; USER_HZ is 100 on every Linux ABI.
const MICROSECONDS_PER_TICK = 1_000_000 / 100;

/** User + system CPU time of a process so far, in microseconds (from /proc/<pid>/stat). */
export async function cpuMicroseconds(pid: number): Promise<number> {
  const stat = await readFile(`/proc/${pid}/stat`, "utf8");
  // The command name (field 2) may hold spaces; the fields after its closing parenthesis don't.
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  const [utime, stime] = [Number(fields[11]), Number(fields[12])];
  return (utime + stime) * MICROSECONDS_PER_TICK;
}

export async function rssMegabytes(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, "utf8");
  return Math.round(Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024);
}
