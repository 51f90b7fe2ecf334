import { expect, type Page } from "@playwright/test";

/** A server action call as a browser sent it. */
export interface CapturedServerAction {
  url: string;
  headers: Record<string, string>;
  body: string;
}

/**
 * Intercepts the server action calls `page` makes to URLs matching `url` (a glob), keeping each
 * one and never delivering it. The returned list fills as the page makes calls.
 */
export async function captureServerActions(page: Page, url: string): Promise<CapturedServerAction[]> {
  const captured: CapturedServerAction[] = [];
  await page.route(url, async (route) => {
    const sent = route.request();
    if (sent.method() !== "POST" || !sent.headers()["next-action"]) return route.continue();
    captured.push({ url: sent.url(), headers: sent.headers(), body: sent.postData() ?? "" });
    await route.abort();
  });
  return captured;
}

/**
 * Sends each captured call again with `page`'s own session, as a crafted request would, and
 * expects the server to answer with `refusal` and without any secret starting `secretPrefix`.
 */
export async function expectReplaysRefused(
  page: Page,
  calls: CapturedServerAction[],
  { refusal, secretPrefix }: { refusal: string; secretPrefix: string },
): Promise<void> {
  for (const call of calls) {
    const response = await page.request.post(call.url, {
      headers: {
        "next-action": call.headers["next-action"],
        "content-type": call.headers["content-type"],
        accept: call.headers["accept"] ?? "text/x-component",
        origin: new URL(call.url).origin,
      },
      data: call.body,
    });
    const answer = await response.text();
    expect(answer).toContain(refusal);
    expect(answer).not.toContain(secretPrefix);
  }
}
