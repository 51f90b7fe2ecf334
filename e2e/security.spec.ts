import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD, signIn } from "./helpers";

test.describe("server actions", () => {
  test("refuse a cross-site request that carries the person's cookies (CSRF)", async ({ page, context, baseURL }) => {
    await signIn(page, "olivia@acme.test");
    await page.goto("/settings/general");
    await expect(page.getByRole("button", { name: /Team: Acme/ })).toBeVisible();

    // Capture a real server action call (switching to Globex), then switch back.
    await page.getByRole("button", { name: /Team: Acme/ }).click();
    const [actionRequest] = await Promise.all([
      page.waitForRequest((request) => request.method() === "POST" && Boolean(request.headers()["next-action"])),
      page.getByRole("menuitem", { name: /Globex/ }).click(),
    ]);
    await expect(page.getByRole("button", { name: /Team: Globex/ })).toBeVisible();
    await page.getByRole("button", { name: /Team: Globex/ }).click();
    await page.getByRole("menuitem", { name: /Acme/ }).click();
    await expect(page.getByRole("button", { name: /Team: Acme/ })).toBeVisible();

    // The same call from another site, with the session cookie attached: with a foreign
    // Origin alone, and with an X-Forwarded-Host claiming a proxy forwarded it for that site
    // (scripts/serve.ts sets X-Forwarded-Host from Host, so the pair cannot match).
    const forge = (headers: Record<string, string>) =>
      context.request.post(actionRequest.url(), {
        headers: {
          "next-action": actionRequest.headers()["next-action"]!,
          "content-type": actionRequest.headers()["content-type"] ?? "text/plain;charset=UTF-8",
          accept: "text/x-component",
          ...headers,
        },
        data: actionRequest.postData() ?? "",
        maxRedirects: 0,
      });
    expect((await forge({ origin: "https://evil.example" })).status()).toBeGreaterThanOrEqual(400);
    expect(
      (await forge({ origin: "https://evil.example", "x-forwarded-host": "evil.example" })).status(),
    ).toBeGreaterThanOrEqual(400);

    await page.goto(`${baseURL}/settings/general`);
    await expect(page.getByRole("button", { name: /Team: Acme/ })).toBeVisible();
  });
});

test.describe("the callback URL after sign-in", () => {
  // Browsers drop TAB/CR/LF from URLs, so `/<TAB>/host` is read as `//host`: another site.
  const offSite = "/%09/127.0.0.1:8911/phish";

  test("never leads off-site, signed out or signed in", async ({ page, baseURL }) => {
    const origin = new URL(baseURL!).origin;
    await page.goto(`/sign-in?callbackUrl=${encodeURIComponent(decodeURIComponent(offSite))}`);
    await page.getByLabel("Email").fill("olivia@acme.test");
    await page.getByLabel("Password").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await expect(page).toHaveURL(`${origin}/settings/developer/api-keys`);

    await page.goto(`/sign-in?callbackUrl=${encodeURIComponent(decodeURIComponent(offSite))}`);
    await expect(page).toHaveURL(`${origin}/settings/developer/api-keys`);
  });

  test("answers control characters with a page, not a server error, signed out or signed in", async ({ page }) => {
    const expectAnswered = async (state: string) => {
      for (const escaped of ["%0D%0A", "%0A", "%0B", "%00"]) {
        const response = await page.request.get(`/sign-in?callbackUrl=%2Fsettings${escaped}%2Fx`, { maxRedirects: 0 });
        expect([200, 307], `${state}, ${escaped}`).toContain(response.status());
        if (response.status() === 307) expect(response.headers().location).toMatch(/\/settings\/developer\/api-keys$/);
      }
    };
    await expectAnswered("signed out");
    await signIn(page, "olivia@acme.test");
    await expectAnswered("signed in");
  });
});
