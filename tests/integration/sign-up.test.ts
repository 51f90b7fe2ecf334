import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { signUpWithPassword } from "@/lib/users/sign-up-with-password";
import { verifyCredentials } from "@/lib/users/verify-credentials";
import { db, setUpTestDatabase } from "../helpers/database";
import { setUpAppRedis } from "../helpers/redis";

setUpTestDatabase();
setUpAppRedis();

let addresses = 0;
/** A client address no other sign-up in this file used. */
const address = () => `198.51.100.${++addresses}`;
const newEmail = () => `new-${randomBytes(4).toString("hex")}@example.com`;

async function timed<T>(run: () => Promise<T>): Promise<{ result: T; ms: number }> {
  const started = performance.now();
  const result = await run();
  return { result, ms: performance.now() - started };
}

const rowCounts = async () => Promise.all([db.user.count(), db.team.count(), db.membership.count()]);

describe("sign-up", () => {
  it("answers a taken email exactly like a new one, in about the same time, and changes nothing", async () => {
    const email = newEmail();
    const created = await timed(() =>
      signUpWithPassword({ name: "Ada Lovelace", email, password: "analytical-engine" }, address()),
    );
    const before = await rowCounts();
    const storedHash = (await db.user.findUniqueOrThrow({ where: { email } })).passwordHash;

    const taken = await timed(() =>
      signUpWithPassword({ name: "Mallory", email: email.toUpperCase(), password: "mallory-was-here" }, address()),
    );
    expect(taken.result).toEqual(created.result);
    expect(taken.result).toEqual({ ok: true });
    // Both hash the password; without that the taken answer would come back in a few ms.
    expect(taken.ms).toBeGreaterThan(created.ms / 3);

    expect(await rowCounts()).toEqual(before);
    expect((await db.user.findUniqueOrThrow({ where: { email } })).passwordHash).toBe(storedHash);
    expect(await verifyCredentials(email, "mallory-was-here")).toBeNull();
    expect(await verifyCredentials(email, "analytical-engine")).toMatchObject({ email });
  });

  it(
    "allows 5 sign-ups per address per hour, then says how long to wait and writes nothing",
    { timeout: 60_000 },
    async () => {
      const ip = address();
      for (let i = 0; i < 5; i++)
        expect(
          await signUpWithPassword({ name: "Sam", email: newEmail(), password: "a-long-enough-password" }, ip),
        ).toEqual({ ok: true });
      const before = await rowCounts();
      const refused = await signUpWithPassword(
        { name: "Sam", email: newEmail(), password: "a-long-enough-password" },
        ip,
      );
      expect(refused).toEqual({
        ok: false,
        errors: { form: expect.stringMatching(/^Too many attempts\. Try again in ([1-5]?[0-9]|60) minutes?\.$/) },
      });
      expect(await rowCounts()).toEqual(before);
      expect(
        await signUpWithPassword({ name: "Sam", email: newEmail(), password: "a-long-enough-password" }, address()),
      ).toEqual({ ok: true });
    },
  );

  it("refuses a password longer than bcrypt reads (72 bytes), saying so, and writes nothing", async () => {
    const before = await rowCounts();
    // 37 characters, 73 bytes: the old 128-character limit let it through, and bcrypt ignored the last byte.
    const refused = await signUpWithPassword(
      { name: "Zoë", email: newEmail(), password: `${"é".repeat(36)}a` },
      address(),
    );
    expect(refused).toEqual({ ok: false, errors: { password: expect.stringMatching(/^Use at most 72 bytes/) } });
    expect(
      await signUpWithPassword({ name: "Zoë", email: newEmail(), password: "x".repeat(73) }, address()),
    ).toMatchObject({ ok: false });
    expect(await rowCounts()).toEqual(before);
    expect(await signUpWithPassword({ name: "Zoë", email: newEmail(), password: "é".repeat(36) }, address())).toEqual({
      ok: true,
    });
  });

  it.each(["Password123", "QWERTYUIOP", "1234567890", "iloveyou123", "Football2024"])(
    "refuses the common password %s in any case, and writes nothing",
    async (password) => {
      const before = await rowCounts();
      const refused = await signUpWithPassword({ name: "Cam", email: newEmail(), password }, address());
      expect(refused).toEqual({
        ok: false,
        errors: { password: "This password is one of the most common ones. Choose one that is harder to guess." },
      });
      expect(await rowCounts()).toEqual(before);
    },
  );
});
