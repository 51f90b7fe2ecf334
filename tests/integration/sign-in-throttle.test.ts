import { randomBytes } from "node:crypto";
import Redis from "ioredis";
import type { CredentialsConfig } from "next-auth/providers/credentials";
import { describe, expect, it } from "vitest";
import { signInErrorMessage } from "@/lib/auth/sign-in-errors";
import { FAILURES_PER_ACCOUNT, FAILURES_PER_IP } from "@/lib/auth/sign-in-throttle";
import { createUserWithPersonalTeam } from "@/lib/users/create-user";
import { setUpTestDatabase } from "../helpers/database";
import { REDIS_URL, setUpAppRedis } from "../helpers/redis";

setUpTestDatabase();
const redis = setUpAppRedis();

const PASSWORD = "a-long-enough-password";

async function person() {
  const email = `person-${randomBytes(4).toString("hex")}@example.com`;
  await createUserWithPersonalTeam({ name: "Pat Person", email, password: PASSWORD });
  return email;
}

let addresses = 0;
/** A client address no other attempt in this file used. */
const address = () => `203.0.113.${++addresses}`;

/**
 * The credentials provider's own authorize, as next-auth calls it for POST
 * /api/auth/callback/credentials: it resolves to the user, to null (wrong credentials), or
 * throws, and next-auth sends the thrown message to the form as the error code.
 */
async function signIn(email: string, password: string, ip: string): Promise<"signed in" | "incorrect" | string> {
  // Imported once the test's Redis settings are in place (the options read them on import).
  const { authOptions } = await import("@/lib/auth/options");
  const credentials = authOptions.providers.find((provider) => provider.id === "credentials");
  // next-auth puts the authorize we wrote under `options` and calls that one.
  const { authorize } = (credentials as unknown as { options: Pick<CredentialsConfig, "authorize"> }).options;
  try {
    const user = await authorize(
      { email, password },
      { headers: { "x-forwarded-for": ip }, method: "POST", body: {}, query: {} },
    );
    return user ? "signed in" : "incorrect";
  } catch (error) {
    return signInErrorMessage((error as Error).message);
  }
}

describe("sign-in throttling", () => {
  it("after 10 wrong passwords for an account refuses even the right one, from any address, saying how long to wait", async () => {
    const email = await person();
    const outcomes = [];
    for (let i = 0; i < FAILURES_PER_ACCOUNT + 5; i++)
      outcomes.push(await signIn(email, `wrong-password-${i}`, address()));
    expect(outcomes.slice(0, FAILURES_PER_ACCOUNT)).toEqual(Array(FAILURES_PER_ACCOUNT).fill("incorrect"));
    expect(new Set(outcomes.slice(FAILURES_PER_ACCOUNT))).toEqual(
      new Set([expect.stringMatching(/^Too many attempts\. Try again in (1[0-5]|[1-9]) minutes?\.$/)]),
    );
    expect(await signIn(email, PASSWORD, address())).toMatch(/^Too many attempts\./);
    expect(await signIn(email.toUpperCase(), PASSWORD, address())).toMatch(/^Too many attempts\./);

    // The count lives in Redis (shared by every app instance), under a key without the address.
    const client = new Redis(REDIS_URL);
    const keys = await client.keys(`${redis.prefix}*signin-fail:account:*`);
    client.disconnect();
    expect(keys.length).toBeGreaterThan(0);
    expect(keys.join(" ")).not.toContain(email);
  });

  it("counts only failures: signing in often never locks anyone out", async () => {
    const email = await person();
    const ip = address();
    for (let i = 0; i < FAILURES_PER_ACCOUNT + 2; i++) expect(await signIn(email, PASSWORD, ip)).toBe("signed in");
  });

  it(
    "caps failures per address across accounts, then refuses a right password from it but not from elsewhere",
    { timeout: 90_000 },
    async () => {
      const ip = address();
      const [victim, ...others] = await Promise.all(Array.from({ length: 5 }, person));
      for (let i = 0; i < FAILURES_PER_IP; i++) {
        expect(await signIn(others[i % others.length], `guess-${i}`, ip)).toBe("incorrect");
      }
      expect(await signIn(victim, PASSWORD, ip)).toMatch(/^Too many attempts\. Try again in \d+ minutes?\.$/);
      expect(await signIn(victim, PASSWORD, address())).toBe("signed in");
    },
  );
});
