import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import * as me from "@/app/api/v1/me/route";
import { generateApiKey, KEY_PREFIX } from "@/lib/keys/format";
import { callRoute } from "../helpers/api";
import { setUpTestDatabase } from "../helpers/database";
import { teamWithKey } from "../helpers/factories";
import { setUpAppRedis } from "../helpers/redis";

setUpTestDatabase();
setUpAppRedis();
let validKey: string;

beforeAll(async () => {
  validKey = (await teamWithKey({ plan: "enterprise" })).key;
});

// Header values a client can actually send: HTTP forbids NUL, CR and LF (Node's parser
// answers 400 before the app sees them), everything else reaches the guard.
const headerChar = fc.oneof(
  fc.constantFrom(..." \t!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"),
  fc.integer({ min: 0x21, max: 0x7e }).map((code) => String.fromCharCode(code)),
  fc
    .integer({ min: 0x01, max: 0x1f })
    .filter((code) => code !== 0x0a && code !== 0x0d && code !== 0x09)
    .map((code) => String.fromCharCode(code)),
  fc.integer({ min: 0x80, max: 0xff }).map((code) => String.fromCharCode(code)),
);
const headerValue = fc.string({ unit: headerChar, maxLength: 300 });

function flipOne(key: string, position: number, replacement: string): string {
  const index = KEY_PREFIX.length + (position % (key.length - KEY_PREFIX.length));
  const swapped = key[index] === replacement ? (replacement === "a" ? "b" : "a") : replacement;
  return key.slice(0, index) + swapped + key.slice(index + 1);
}

const hostileAuthorization = fc.oneof(
  headerValue,
  headerValue.map((value) => `Bearer ${value}`),
  fc.constantFrom(
    "",
    " ",
    "Bearer",
    "Bearer ",
    "bearer",
    "Basic dXNlcjpwYXNz",
    "Token abc",
    "Bearer null",
    "Bearer undefined",
  ),
  fc
    .tuple(fc.integer({ min: 0, max: 100 }), fc.constantFrom(..."0aZ9"))
    .map(([position, character]) => `Bearer ${flipOne(validKey, position, character)}`),
  fc.string({ maxLength: 20 }).map((tail) => `Bearer ${KEY_PREFIX}${tail}`),
  fc.integer({ min: 5_000, max: 60_000 }).map((length) => `Bearer ${"A".repeat(length)}`),
  fc.constantFrom(
    "Bearer ' OR 1=1 --",
    "Bearer ${jndi:ldap://x}",
    "Bearer ../../etc/passwd",
    "Bearer %00",
    "Bearer \u00e9\u00e8",
  ),
);

async function expectSafeRefusal(response: Response) {
  expect([401, 429]).toContain(response.status);
  expect(response.headers.get("content-type")).toBe("application/problem+json");
  expect(response.headers.get("x-ratelimit-limit")).not.toBeNull();
  const text = await response.text();
  expect(text).not.toMatch(/\n\s+at |SELECT|INSERT|prisma|mavio_sk_[0-9A-Za-z]{20,}/i);
}

describe("hostile Authorization headers", () => {
  it("only ever get a 401 or 429 problem, never a 500, a stack trace, SQL or key material", async () => {
    await fc.assert(
      fc.asyncProperty(hostileAuthorization, fc.integer({ min: 1, max: 250 }), async (authorization, host) => {
        const response = await callRoute(me.GET, "/me", { headers: { authorization }, ip: `10.9.${host}.1` });
        await expectSafeRefusal(response);
      }),
      { numRuns: 400, seed: 20261126 },
    );
  });

  it("treats duplicate headers, scheme casing and extra spaces as RFC 9110 does", async () => {
    const send = (headers: Headers) =>
      callRoute(me.GET, "/me", { headers: Object.fromEntries(headers), ip: "10.8.0.1" });
    const duplicate = new Headers();
    duplicate.append("authorization", `Bearer ${validKey}`);
    duplicate.append("authorization", `Bearer ${generateApiKey().key}`);
    await expectSafeRefusal(await send(duplicate));
    expect((await send(new Headers({ authorization: `bearer ${validKey}` }))).status).toBe(200);
    expect((await send(new Headers({ authorization: `BEARER   ${validKey}  ` }))).status).toBe(200);
  });
});
