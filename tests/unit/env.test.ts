import { describe, expect, it } from "vitest";
import { parseEnv } from "@/lib/env";

describe("configuration", () => {
  it("runs with nothing configured", () => {
    expect(parseEnv({ NODE_ENV: "production" })).toMatchObject({ NODE_ENV: "production", TRUSTED_PROXY_HOPS: 0 });
  });

  it("says what is wrong, variable by variable", () => {
    expect(() =>
      parseEnv({ DATABASE_URL: "not a url", NEXTAUTH_SECRET: "short", UPSTASH_REDIS_REST_URL: "https://x.upstash.io" }),
    ).toThrowError(
      /DATABASE_URL: DATABASE_URL must be a URL[\s\S]*NEXTAUTH_SECRET: NEXTAUTH_SECRET must be at least 32/,
    );
    expect(() => parseEnv({ UPSTASH_REDIS_REST_URL: "https://x.upstash.io" })).toThrowError(
      /UPSTASH_REDIS_REST_TOKEN is required/,
    );
    expect(() => parseEnv({ GITHUB_ID: "abc" })).toThrowError(/GITHUB_ID and GITHUB_SECRET/);
  });
});
