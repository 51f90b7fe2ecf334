import type { TestProject } from "vitest/node";
import { startTemporaryEmbeddedPostgres, type EmbeddedPostgres } from "@/lib/db/embedded";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

let embedded: EmbeddedPostgres | undefined;

/** Integration tests use DATABASE_URL's server, or an embedded one started for the run. */
export async function setup(project: TestProject) {
  if (!process.env.DATABASE_URL) embedded = await startTemporaryEmbeddedPostgres();
  project.provide("databaseUrl", process.env.DATABASE_URL ?? embedded!.url);
}

export async function teardown() {
  await embedded?.stop();
}
