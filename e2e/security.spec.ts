import { expect, test } from "@playwright/test";
import { signIn } from "./helpers";

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
    expect((await forge({ origin: "https://evil.example", "x-forwarded-host": "evil.example" })).status()).toBeGreaterThanOrEqual(400);

    await page.goto(`${baseURL}/settings/general`);
    await expect(page.getByRole("button", { name: /Team: Acme/ })).toBeVisible();
  });
});
