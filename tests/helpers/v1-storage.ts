import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll } from "vitest";

/** Points STORAGE_DIR at a fresh temporary folder for one test file. */
export function setUpTemporaryStorage(): { readonly dir: string } {
  const state = { dir: "" };
  beforeAll(async () => {
    state.dir = await mkdtemp(path.join(tmpdir(), "mavio-storage-"));
    process.env.STORAGE_DIR = state.dir;
  });
  afterAll(async () => {
    if (state.dir) await rm(state.dir, { recursive: true, force: true });
  });
  return state;
}
