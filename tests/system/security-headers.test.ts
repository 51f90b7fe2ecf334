import { randomBytes } from "node:crypto";
import { encode } from "next-auth/jwt";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiKey } from "@/lib/keys/create-key";
import { THEME_STORAGE_KEY } from "@/lib/theme/preference";
import { createEndpoint } from "@/lib/webhooks/endpoints";
import { startAppServer, type AppServer } from "../helpers/app-server";
import { setUpTestDatabase } from "../helpers/database";
import { createMember, createTeam } from "../helpers/factories";
import { appRedisEnv, setUpUpstashBridge } from "../helpers/redis";
import { SCOPE_NAMES } from "@/lib/keys/scopes";

const database = setUpTestDatabase();
const redis = setUpUpstashBridge();
const authSecret = randomBytes(32).toString("hex");
let server: AppServer;
let sessionCookie: string;
let signedInPages: { path: string; status: number }[];

const SIGNED_OUT_PAGES = [
  { path: "/sign-in", status: 200 },
  { path: "/sign-up", status: 200 },
  { path: "/docs/api", status: 200 },
  { path: "/no-such-page", status: 404 },
];

beforeAll(async () => {
  process.env.WEBHOOKS_ALLOW_PRIVATE_URLS = "true";
  server = await startAppServer(3714, {
    DATABASE_URL: database.url,
    ...appRedisEnv(redis),
    NEXTAUTH_SECRET: authSecret,
  });
  const team = await createTeam("pro");
  const owner = await createMember(team.id, "owner");
  const { record: key } = await createApiKey(owner, team.id, {
    name: "Header check",
    scopes: ["meetings:read"],
    expiresAt: null,
  });
  const endpoint = await createEndpoint(
    team.id,
    {
      url: "http://127.0.0.1:9/hooks",
      enabled_events: ["meeting.created"],
    },
    { actorScopes: SCOPE_NAMES },
  );
  sessionCookie = `next-auth.session-token=${await encode({ token: { sub: owner.userId }, secret: authSecret })}`;
  signedInPages = [
    { path: "/settings/developer/api-keys", status: 200 },
    { path: `/settings/developer/api-keys/${key.id}/usage`, status: 200 },
    // The not-found page, streamed after loading.tsx has already sent the 200.
    { path: "/settings/developer/api-keys/no-such-key/usage", status: 200 },
    { path: "/settings/developer/webhooks", status: 200 },
    { path: `/settings/developer/webhooks/${endpoint.id}`, status: 200 },
    { path: "/settings/members", status: 200 },
    { path: "/settings/general", status: 200 },
  ];
}, 90_000);
afterAll(async () => {
  await server?.stop();
});

const get = (path: string, headers: Record<string, string> = {}) =>
  fetch(`${server.url}${path}`, { headers, redirect: "manual" });

/** The policy's directives, each with its list of sources. */
function parseCsp(header: string | null): Map<string, string[]> {
  const directives = (header ?? "").split(";").map((directive) => directive.trim().split(/\s+/));
  return new Map(directives.filter(([name]) => name).map(([name, ...sources]) => [name!.toLowerCase(), sources]));
}

function expectFrameAndSniffingHeaders(response: Response) {
  expect(response.headers.get("x-frame-options")).toBe("DENY");
  expect(response.headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
  expect(response.headers.get("x-content-type-options")).toBe("nosniff");
}

/** Asserts every header a page must carry and that each script in it has the response's own nonce; returns the nonce. */
async function expectSecurePage(response: Response): Promise<string> {
  expectFrameAndSniffingHeaders(response);
  const csp = parseCsp(response.headers.get("content-security-policy"));
  expect(csp.get("frame-ancestors")).toEqual(["'none'"]);
  expect(csp.get("object-src")).toEqual(["'none'"]);
  expect(csp.get("base-uri")).toEqual(["'self'"]);
  const scriptSources = csp.get("script-src") ?? [];
  expect(scriptSources).toContain("'strict-dynamic'");
  expect(scriptSources).not.toContain("'unsafe-inline'");
  expect(scriptSources).not.toContain("'unsafe-eval'");
  const nonces = scriptSources.filter((source) => source.startsWith("'nonce-"));
  expect(nonces).toHaveLength(1);
  const nonce = nonces[0]!.slice("'nonce-".length, -1);
  expect(nonce.length).toBeGreaterThanOrEqual(16);

  const html = await response.text();
  const scripts = html.match(/<script\b[^>]*>/g) ?? [];
  expect(scripts.length).toBeGreaterThan(0);
  expect(scripts.filter((script) => !script.includes(` nonce="${nonce}"`))).toEqual([]);
  // The dark-mode script runs before paint: blocked, every page would flash light first.
  const themeScript = html
    .match(/<script\b[^>]*>(?:(?!<\/script>)[\s\S])*?<\/script>/g)
    ?.find((script) => script.includes(THEME_STORAGE_KEY));
  expect(themeScript).toContain(` nonce="${nonce}"`);
  return nonce;
}

describe("security headers from the production build", () => {
  it("give every signed-out page, error pages included, a nonce-based CSP that every script carries", async () => {
    for (const page of SIGNED_OUT_PAGES) {
      const response = await get(page.path);
      expect(response.status, page.path).toBe(page.status);
      await expectSecurePage(response);
    }
  });

  it("give every dashboard page, error pages included, a nonce-based CSP that every script carries", async () => {
    for (const page of signedInPages) {
      const response = await get(page.path, { cookie: sessionCookie });
      expect(response.status, page.path).toBe(page.status);
      await expectSecurePage(response);
    }
  });

  it("draw a fresh nonce for every request", async () => {
    const nonces = new Set<string>();
    for (let request = 0; request < 3; request++) nonces.add(await expectSecurePage(await get("/sign-in")));
    expect(nonces.size).toBe(3);
  });

  it("still redirect a signed-out visitor from the dashboard to sign-in, with the frame and sniffing headers", async () => {
    const response = await get("/settings/general");
    expect(response.status).toBe(307);
    expect(new URL(response.headers.get("location")!, server.url).pathname).toBe("/sign-in");
    expectFrameAndSniffingHeaders(response);
  });

  it("give API responses, next-auth's and the page scripts nosniff and the frame and referrer headers", async () => {
    const signInHtml = await (await get("/sign-in")).text();
    const chunk = signInHtml.match(/<script\b[^>]*\bsrc="(\/_next\/static\/[^"]+\.js)"/)?.[1];
    expect(chunk).toBeDefined();
    for (const path of ["/api/health", "/api/v1/me", "/api/auth/session", chunk!]) {
      const response = await get(path);
      expect(response.status, path).toBeLessThan(500);
      expectFrameAndSniffingHeaders(response);
    }
  });

  it("send Strict-Transport-Security only when the request reached the front proxy over https", async () => {
    for (const path of ["/sign-in", "/api/health"]) {
      const policy = (await get(path, { "x-forwarded-proto": "https" })).headers.get("strict-transport-security");
      const maxAge = /^max-age=(\d+); includeSubDomains$/.exec(policy ?? "")?.[1];
      expect(Number(maxAge), `${path}: ${policy}`).toBeGreaterThanOrEqual(31_536_000);
      expect((await get(path)).headers.get("strict-transport-security"), path).toBeNull();
      expect(
        (await get(path, { "x-forwarded-proto": "http" })).headers.get("strict-transport-security"),
        path,
      ).toBeNull();
    }
  });
});
