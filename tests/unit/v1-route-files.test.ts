import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";

const V1 = path.join("app", "api", "v1");

async function routeFiles(): Promise<string[]> {
  const entries = await readdir(V1, { recursive: true });
  return entries.filter((entry) => path.basename(entry) === "route.ts").map((entry) => path.join(V1, entry));
}

describe("/api/v1 route files", () => {
  // Without it Next hands each handler a Proxy of the request that tracks every read of
  // headers and URL for static rendering, which an API route never gets: a cost on every call.
  it("declare themselves dynamic, so the guard reads the request directly", async () => {
    const files = await routeFiles();
    expect(files.length).toBeGreaterThan(20);
    const undeclared = [];
    for (const file of files)
      if (!/^export const dynamic = "force-dynamic";$/m.test(await readFile(file, "utf8"))) undeclared.push(file);
    expect(undeclared).toEqual([]);
  });
});
