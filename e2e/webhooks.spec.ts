import { createHmac, timingSafeEqual } from "node:crypto";
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test, type Locator, type Page } from "@playwright/test";
import { WEBHOOK_EVENTS } from "@/lib/webhooks/events";
import { baseURL } from "../playwright.config";
import {
  copyAndClose,
  expectNoSeriousA11yViolations,
  failOnConsoleErrors,
  openDialog,
  saveScreenshot,
  signIn,
  signUp,
  tabTo,
  VIEWPORTS,
} from "./helpers";
import { captureServerActions, expectReplaysRefused } from "./server-action-replay";

const ADMIN = "adam@acme.test";
const MEMBER = "maya@acme.test";
const WEBHOOKS_PATH = "/settings/developer/webhooks";
const MANAGER_ONLY = "Only owners and admins can add, change or delete webhook endpoints.";
const SECRET_PATTERN = /^whsec_[A-Za-z0-9+/]{43}=$/;

test.use({ permissions: ["clipboard-read", "clipboard-write"], viewport: VIEWPORTS.desktop, reducedMotion: "reduce" });

// ---------------------------------------------------------------- a real receiver

interface ReceivedRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
}

interface Receiver {
  /** A fresh URL per endpoint, so each test counts only its own deliveries. */
  url: (path: string) => string;
  received: (path: string) => ReceivedRequest[];
  close: () => Promise<void>;
}

/** An HTTP server on 127.0.0.1 that records every request and answers 200. */
async function startReceiver(): Promise<Receiver> {
  const requests: ReceivedRequest[] = [];
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      requests.push({
        method: request.method ?? "",
        path: request.url ?? "",
        headers: request.headers,
        body: Buffer.concat(chunks).toString("utf8"),
      });
      // `/hooks/status-503-...` answers 503, `/hooks/status-410-...` 410; everything else 200.
      const status = Number(/\/status-(\d{3})-/.exec(request.url ?? "")?.[1] ?? 200);
      response.writeHead(status, { "content-type": "application/json" });
      response.end(status === 200 ? '{"received":true}' : `{"error":"answered ${status} on purpose"}`);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (path) => `http://127.0.0.1:${port}${path}`,
    received: (path) => requests.filter((request) => request.path === path),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/**
 * Standard Webhooks, checked here from the spec rather than with the app's signing code:
 * base64 HMAC-SHA256 of `${webhook-id}.${webhook-timestamp}.${body}`, keyed with the bytes
 * after `whsec_`. Returns which of the `v1,<sig>` entries the secret produced.
 */
function signatureMatches(request: ReceivedRequest, secret: string): boolean[] {
  const key = Buffer.from(secret.slice("whsec_".length), "base64");
  const expected = createHmac("sha256", key)
    .update(`${request.headers["webhook-id"]}.${request.headers["webhook-timestamp"]}.${request.body}`)
    .digest();
  return String(request.headers["webhook-signature"])
    .split(" ")
    .map((entry) => {
      const [version, signature] = entry.split(",");
      const given = Buffer.from(signature ?? "", "base64");
      return version === "v1" && given.length === expected.length && timingSafeEqual(given, expected);
    });
}

function expectTestEvent(request: ReceivedRequest) {
  expect(request.method).toBe("POST");
  expect(request.headers["content-type"]).toMatch(/^application\/json/);
  const body = JSON.parse(request.body);
  expect(body).toMatchObject({
    id: request.headers["webhook-id"],
    type: "webhook.test",
    data: { object: { object: "webhook_test" } },
  });
  expect(request.headers["webhook-id"]).toMatch(/^evt_/);
  expect(Math.abs(Number(request.headers["webhook-timestamp"]) - Date.now() / 1000)).toBeLessThan(120);
  return body as { id: string };
}

// ---------------------------------------------------------------- page helpers

const endpointsTable = (page: Page) => page.getByRole("table", { name: "Webhook endpoints" });
const endpointRow = (page: Page, url: string) => endpointsTable(page).getByRole("row").filter({ hasText: url });
const deliveries = (page: Page) => page.getByRole("list", { name: "Deliveries" }).locator(":scope > li");

async function openAddDialog(page: Page): Promise<Locator> {
  await expect(page.getByRole("dialog")).toHaveCount(0);
  const dialog = await openDialog(
    page.getByRole("button", { name: "Add endpoint" }),
    page.getByRole("dialog", { name: "Add endpoint" }),
  );
  await expect(dialog.getByLabel("Endpoint URL")).toBeVisible();
  return dialog;
}

/** Adds an endpoint through the dialog and closes it; returns the secret as the person would have copied it. */
async function addEndpoint(page: Page, url: string, events: string[] = ["meeting.created"]): Promise<string> {
  const dialog = await openAddDialog(page);
  await dialog.getByLabel("Endpoint URL").fill(url);
  for (const type of events) await dialog.getByRole("checkbox", { name: type, exact: true }).check();
  await dialog.getByRole("button", { name: "Add endpoint" }).click();
  return copyAndClose(page.getByRole("dialog", { name: "Endpoint added" }), "Signing secret");
}

/** Reloads until the newest delivery shows `status` (the worker in the server polls every second). */
async function expectNewestDelivery(page: Page, status: "Succeeded" | "Failed", count: number) {
  await expect(async () => {
    await page.reload();
    await expect(deliveries(page)).toHaveCount(count, { timeout: 1_000 });
    await expect(deliveries(page).first()).toContainText(status, { timeout: 1_000 });
  }).toPass({ timeout: 30_000 });
}

/** The page must not grow wider than the phone. */
async function expectFitsPhone(page: Page) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(VIEWPORTS.phone.width);
}

let receiver: Receiver;
test.beforeAll(async () => {
  receiver = await startReceiver();
});
test.afterAll(async () => {
  await receiver?.close();
});

// ---------------------------------------------------------------- tests

test("an admin adds an endpoint, sees the secret once, and a test event arrives signed; rotate, disable, edit, delete", async ({
  page,
}, testInfo) => {
  test.setTimeout(180_000);
  const noConsoleErrors = failOnConsoleErrors(page);
  const path = `/hooks/full-${Date.now().toString(36)}`;
  const url = receiver.url(path);
  await signIn(page, ADMIN);

  await page.getByRole("navigation", { name: "Settings" }).getByRole("link", { name: "Webhooks" }).click();
  await expect(page).toHaveURL(new RegExp(`${WEBHOOKS_PATH}$`));
  await expect(page.getByRole("heading", { name: "Webhooks", exact: true })).toBeVisible();
  await expect(
    page.getByRole("navigation", { name: "Settings" }).getByRole("link", { name: "Webhooks" }),
  ).toHaveAttribute("aria-current", "page");
  await expectNoSeriousA11yViolations(page);

  let secret = "";
  await test.step("add the endpoint: inline validation, events by resource, the secret shown once", async () => {
    const dialog = await openAddDialog(page);
    // One per event and "All events".
    await expect(dialog.getByRole("group", { name: "Events" }).getByRole("checkbox")).toHaveCount(
      WEBHOOK_EVENTS.length + 1,
    );
    await expect(dialog.getByRole("group", { name: "Action items" }).getByRole("checkbox")).toHaveCount(3);
    const transcriptEvent = WEBHOOK_EVENTS.find((event) => event.type === "transcript.updated")!;
    await expect(dialog.getByRole("checkbox", { name: "transcript.updated" })).toHaveAccessibleDescription(
      transcriptEvent.description,
    );
    await expectNoSeriousA11yViolations(page);
    await saveScreenshot(page, testInfo, "webhooks-add-dialog-1280", { fullPage: false });

    // Mistakes are explained next to their fields; the first one takes focus.
    await dialog.getByRole("button", { name: "Add endpoint" }).click();
    await expect(dialog.getByText("Enter a full http(s) URL, e.g. https://example.com/webhooks.")).toBeVisible();
    await expect(dialog.getByText("Choose at least one event.")).toBeVisible();
    await expect(dialog.getByLabel("Endpoint URL")).toBeFocused();
    await dialog.getByLabel("Endpoint URL").fill("example.com/hook");
    await expect(dialog.getByLabel("Endpoint URL")).toHaveAttribute("aria-invalid", "true");
    await dialog.getByLabel("Endpoint URL").fill(url);
    await expect(dialog.getByLabel("Endpoint URL")).not.toHaveAttribute("aria-invalid", "true");
    await expect(dialog.getByText("This URL uses plain http")).toBeVisible();
    await dialog.getByLabel("Description").fill("E2E receiver");

    const all = dialog.getByRole("checkbox", { name: "Select all events" });
    await all.check();
    await expect(dialog.getByText(`${WEBHOOK_EVENTS.length} of ${WEBHOOK_EVENTS.length} selected`)).toBeVisible();
    await expect(dialog.getByText("Choose at least one event.")).toHaveCount(0);
    await dialog.getByRole("checkbox", { name: "meeting.deleted", exact: true }).uncheck();
    await expect(all).toHaveAttribute("data-state", "indeterminate");
    await all.click();
    await all.click();
    await expect(dialog.getByText(`0 of ${WEBHOOK_EVENTS.length} selected`)).toBeVisible();
    await dialog.getByRole("checkbox", { name: "meeting.created", exact: true }).check();
    await dialog.getByRole("checkbox", { name: "action_item.completed", exact: true }).check();
    await dialog.getByRole("button", { name: "Add endpoint" }).click();

    const revealed = page.getByRole("dialog", { name: "Endpoint added" });
    await expect(revealed.getByText("It cannot be shown again")).toBeVisible();
    secret = await revealed.getByLabel("Signing secret").inputValue();
    expect(secret).toMatch(SECRET_PATTERN);
    await expect(revealed.getByRole("button", { name: "Copy", exact: true })).toBeFocused();
    await revealed.getByRole("button", { name: "Copy", exact: true }).click();
    await expect(revealed.getByRole("button", { name: "Copied" })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(secret);
    const snippet = revealed.getByRole("region", { name: "Signature verification example in Node.js" });
    await expect(snippet).toContainText("process.env.MAVIO_WEBHOOK_SECRET");
    await expect(snippet).toContainText('createHmac("sha256", key)');
    await expect(snippet).not.toContainText(secret);
    await expect(page.locator("[data-sonner-toast]").getByText("Endpoint added", { exact: true })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await saveScreenshot(page, testInfo, "webhooks-secret-shown-1280", { fullPage: false });

    await revealed.getByRole("button", { name: "Done" }).click();
    await expect(revealed).toBeHidden();
    expect(await page.content()).not.toContain(secret);
    const row = endpointRow(page, url);
    await expect(row).toContainText("E2E receiver");
    await expect(row).toContainText("Enabled");
    await expect(row.getByRole("list", { name: "Events" }).getByRole("listitem")).toHaveText([
      "meeting.created",
      "action_item.completed",
    ]);
    await saveScreenshot(page, testInfo, "webhooks-list-1280");
  });

  await test.step("a test event reaches the receiver, correctly signed, and shows as succeeded", async () => {
    await endpointRow(page, url).getByRole("link", { name: url }).click();
    await expect(page.getByRole("heading", { name: url })).toBeVisible();
    await expect(page.getByText("No deliveries yet.")).toBeVisible();
    await page.getByRole("button", { name: "Send test event" }).click();
    await expect(page.getByText("Test event sent")).toBeVisible();

    await expect.poll(() => receiver.received(path).length, { timeout: 20_000 }).toBe(1);
    const [request] = receiver.received(path);
    const body = expectTestEvent(request);
    expect(signatureMatches(request, secret)).toEqual([true]);
    expect(
      signatureMatches({ ...request, body: request.body.replace("test event", "tampered event") }, secret),
    ).toEqual([false]);

    await expectNewestDelivery(page, "Succeeded", 1);
    const delivery = deliveries(page).first();
    await expect(delivery).toContainText("webhook.test");
    await expect(delivery).toContainText(body.id);
    await expect(delivery).toContainText("HTTP 200");
    await expect(delivery).toContainText("Delivered after 1 attempt");
    await delivery.getByText("1 attempt", { exact: true }).click();
    await expect(delivery.getByRole("list", { name: `Attempts of ${body.id}` })).toContainText(
      /Attempt 1\s*HTTP 200\s*\d+ ms/,
    );
    await expect(delivery).toContainText('{"received":true}');
    await expectNoSeriousA11yViolations(page);
    await saveScreenshot(page, testInfo, "webhooks-endpoint-1280");

    await page
      .getByRole("navigation", { name: "Filter deliveries by status" })
      .getByRole("link", { name: "Failed" })
      .click();
    await expect(page.getByText("No failed deliveries.")).toBeVisible();
    await page
      .getByRole("navigation", { name: "Filter deliveries by status" })
      .getByRole("link", { name: "All" })
      .click();
    await expect(deliveries(page)).toHaveCount(1);
  });

  let previousSecret = "";
  await test.step("rotate the secret: the next delivery carries two signatures, both valid", async () => {
    await page.getByRole("button", { name: "Rotate secret" }).click();
    const confirm = page.getByRole("dialog", { name: "Rotate the signing secret?" });
    await expect(confirm).toContainText("For the next 24 hours, deliveries carry two signatures");
    await expectNoSeriousA11yViolations(page);
    await confirm.getByRole("button", { name: "Rotate secret" }).click();
    const revealed = page.getByRole("dialog", { name: "Secret rotated" });
    previousSecret = secret;
    secret = await revealed.getByLabel("Signing secret").inputValue();
    expect(secret).toMatch(SECRET_PATTERN);
    expect(secret).not.toBe(previousSecret);
    await expect(revealed).toContainText("The old secret keeps signing until");
    await saveScreenshot(page, testInfo, "webhooks-secret-rotated-1280", { fullPage: false });
    // Not copied yet: Escape asks first, and "Keep open" keeps the secret on screen.
    await page.keyboard.press("Escape");
    const question = page.getByRole("alertdialog", { name: "Close without copying?" });
    await expect(question.getByRole("button", { name: "Keep open" })).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(question).toBeHidden();
    await expect(revealed.getByLabel("Signing secret")).toHaveValue(secret);
    await revealed.getByRole("button", { name: "Copy", exact: true }).click();
    await expect(revealed.getByRole("button", { name: "Copied" })).toBeVisible();
    await page.keyboard.press("Escape");
    await expect(revealed).toBeHidden();
    expect(await page.content()).not.toContain(secret);

    await page.getByRole("button", { name: "Send test event" }).click();
    await expect.poll(() => receiver.received(path).length, { timeout: 20_000 }).toBe(2);
    const request = receiver.received(path)[1];
    expectTestEvent(request);
    expect(String(request.headers["webhook-signature"]).split(" ")).toHaveLength(2);
    expect(signatureMatches(request, secret)).toEqual([true, false]);
    expect(signatureMatches(request, previousSecret)).toEqual([false, true]);
    await expectNewestDelivery(page, "Succeeded", 2);
  });

  await test.step("disable: a test event is refused with a readable message, and nothing is sent", async () => {
    await page.getByRole("button", { name: "Disable" }).click();
    const confirm = page.getByRole("alertdialog", { name: "Disable this endpoint?" });
    await expectNoSeriousA11yViolations(page);
    await confirm.getByRole("button", { name: "Disable endpoint" }).click();
    await expect(confirm).toBeHidden();
    await expect(page.getByText("Endpoint disabled", { exact: true })).toBeVisible();
    const notice = page.getByRole("status").filter({ hasText: "This endpoint is disabled" });
    await expect(notice).toContainText("Disabled by a member of your team.");

    await page.getByRole("button", { name: "Send test event" }).click();
    await expect(page.getByText("This endpoint is disabled. Enable it to send a test event.")).toBeVisible();
    await expect(page.getByText("Test event not sent")).toBeVisible();
    await page.waitForTimeout(2_000);
    expect(receiver.received(path)).toHaveLength(2);
    await expect(deliveries(page)).toHaveCount(2);

    await page.goto(WEBHOOKS_PATH);
    await expect(endpointRow(page, url)).toContainText(/Disabled\s*Disabled by a member of your team\./);
    await endpointRow(page, url).getByRole("link", { name: url }).click();
    await page.getByRole("button", { name: "Enable", exact: true }).click();
    await expect(page.getByText("Endpoint enabled", { exact: true })).toBeVisible();
    await expect(page.getByRole("button", { name: "Disable" })).toBeVisible();
  });

  await test.step("edit: the URL is checked again, events and description change", async () => {
    await page.getByRole("button", { name: "Edit" }).click();
    const dialog = page.getByRole("dialog", { name: "Edit endpoint" });
    await expect(dialog.getByLabel("Endpoint URL")).toHaveValue(url);
    await expect(dialog.getByRole("checkbox", { name: "meeting.created", exact: true })).toBeChecked();
    await dialog.getByLabel("Endpoint URL").fill("http://169.254.169.254/latest/meta-data");
    await dialog.getByRole("button", { name: "Save changes" }).click();
    await expect(dialog.getByText("169.254.169.254 is a cloud metadata address.")).toBeVisible();
    await expect(dialog.getByLabel("Endpoint URL")).toBeFocused();
    await dialog.getByLabel("Endpoint URL").fill(url);
    await dialog.getByLabel("Description").fill("E2E receiver, edited");
    await dialog.getByRole("checkbox", { name: "note.created", exact: true }).check();
    await dialog.getByRole("button", { name: "Save changes" }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByText("Endpoint updated")).toBeVisible();
    const details = page.locator("dl");
    await expect(details).toContainText("E2E receiver, edited");
    await expect(details.getByRole("list", { name: "Events" }).getByRole("listitem")).toHaveText([
      "meeting.created",
      "note.created",
      "action_item.completed",
    ]);
  });

  await test.step("the endpoint page on a phone", async () => {
    await page.setViewportSize(VIEWPORTS.phone);
    await expectFitsPhone(page);
    await expectNoSeriousA11yViolations(page);
    await saveScreenshot(page, testInfo, "webhooks-endpoint-390");
    await page.setViewportSize(VIEWPORTS.desktop);
  });

  await test.step("delete, after a confirmation that says it cannot be undone", async () => {
    const endpointUrl = page.url();
    await page.getByRole("button", { name: "Delete endpoint" }).click();
    const confirm = page.getByRole("alertdialog", { name: "Delete this endpoint?" });
    await expect(confirm).toContainText("This action cannot be undone");
    await expectNoSeriousA11yViolations(page);
    await confirm.getByRole("button", { name: "Cancel" }).click();
    await expect(confirm).toBeHidden();
    await page.getByRole("button", { name: "Delete endpoint" }).click();
    await confirm.getByRole("button", { name: "Delete endpoint" }).click();
    await expect(page).toHaveURL(new RegExp(`${WEBHOOKS_PATH}$`));
    await expect(page.getByText("Endpoint deleted", { exact: true })).toBeVisible();
    await expect(page.getByRole("link", { name: url })).toHaveCount(0);
    // Checked before visiting the deleted endpoint: that page may be answered 404, which
    // the browser logs as a console error by design.
    noConsoleErrors();
    await page.goto(endpointUrl);
    await expect(page.getByRole("heading", { name: "This endpoint doesn't exist in this team" })).toBeVisible();
  });
});

test("a failing receiver: attempts show the status and the next retry, the endpoint warns; a 410 disables it with the reason", async ({
  page,
}, testInfo) => {
  test.setTimeout(90_000);
  const noConsoleErrors = failOnConsoleErrors(page);
  const suffix = Date.now().toString(36);
  const failing = receiver.url(`/hooks/status-503-${suffix}`);
  const gone = receiver.url(`/hooks/status-410-${suffix}`);
  await signIn(page, ADMIN);
  await page.goto(WEBHOOKS_PATH);
  await addEndpoint(page, failing);
  await addEndpoint(page, gone);

  await endpointRow(page, failing).getByRole("link", { name: failing }).click();
  await page.getByRole("button", { name: "Send test event" }).click();
  await expect(async () => {
    await page.reload();
    await expect(deliveries(page).first()).toContainText(/Pending.*HTTP 503.*Next retry/s, { timeout: 1_000 });
  }).toPass({ timeout: 30_000 });
  await expect(page.getByRole("status").filter({ hasText: "Deliveries to this endpoint are failing" })).toContainText(
    "after 5 days without a success",
  );
  const delivery = deliveries(page).first();
  await delivery.getByText(/^\d attempts?$/).click();
  await expect(
    delivery
      .getByRole("list", { name: /^Attempts of evt_/ })
      .getByRole("listitem")
      .first(),
  ).toContainText(/Attempt 1\s*HTTP 503/);
  await expect(delivery).toContainText('{"error":"answered 503 on purpose"}');
  await page
    .getByRole("navigation", { name: "Filter deliveries by status" })
    .getByRole("link", { name: "Pending" })
    .click();
  await expect(deliveries(page)).toHaveCount(1);
  await expectNoSeriousA11yViolations(page);
  await saveScreenshot(page, testInfo, "webhooks-endpoint-failing-1280");

  await page.goto(WEBHOOKS_PATH);
  await expect(endpointRow(page, failing)).toContainText(/Enabled\s*Failing since/);

  await endpointRow(page, gone).getByRole("link", { name: gone }).click();
  await page.getByRole("button", { name: "Send test event" }).click();
  await expect(async () => {
    await page.reload();
    await expect(page.getByRole("status").filter({ hasText: "This endpoint is disabled" })).toContainText("410", {
      timeout: 1_000,
    });
  }).toPass({ timeout: 30_000 });
  await expect(deliveries(page).first()).toContainText(/Failed.*HTTP 410/s);
  await page.goto(WEBHOOKS_PATH);
  await expect(endpointRow(page, gone)).toContainText(/Disabled\s*The endpoint answered 410 Gone/);
  await saveScreenshot(page, testInfo, "webhooks-list-failing-1280");
  noConsoleErrors();
});

test("keyboard only: an SSRF refusal is read next to the URL, then the endpoint is added and its secret discarded on close", async ({
  page,
}, testInfo) => {
  const noConsoleErrors = failOnConsoleErrors(page);
  await signIn(page, ADMIN);
  await page.goto(WEBHOOKS_PATH);
  const trigger = page.getByRole("button", { name: "Add endpoint" });
  await trigger.focus();
  await page.keyboard.press("Enter");
  const dialog = page.getByRole("dialog", { name: "Add endpoint" });
  const urlField = dialog.getByLabel("Endpoint URL");
  await expect(urlField).toBeFocused();
  await page.keyboard.type("http://169.254.169.254/");

  // Focus stays inside the dialog.
  for (let step = 0; step < 30; step++) {
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => Boolean(document.activeElement?.closest("[role=dialog]")))).toBe(true);
  }
  const all = dialog.getByRole("checkbox", { name: "Select all events" });
  await tabTo(page, all);
  await page.keyboard.press("Space");
  await expect(all).toBeChecked();
  await tabTo(page, dialog.getByRole("button", { name: "Add endpoint" }));
  await page.keyboard.press("Enter");

  const refusal =
    "169.254.169.254 is a cloud metadata address. Webhooks cannot be sent to loopback, private, link-local or metadata addresses.";
  await expect(dialog.getByText(refusal)).toBeVisible();
  await expect(urlField).toBeFocused();
  await expect(urlField).toHaveAttribute("aria-invalid", "true");
  await expect(urlField).toHaveAccessibleDescription(new RegExp(refusal.replace(/\./g, "\\.")));
  await expectNoSeriousA11yViolations(page);
  await saveScreenshot(page, testInfo, "webhooks-ssrf-refused-1280", { fullPage: false });

  const path = `/hooks/keyboard-${Date.now().toString(36)}`;
  await page.keyboard.press("ControlOrMeta+a");
  await page.keyboard.type(receiver.url(path));
  await expect(dialog.getByText(refusal)).toHaveCount(0);
  await page.keyboard.press("Enter");

  const revealed = page.getByRole("dialog", { name: "Endpoint added" });
  const copy = revealed.getByRole("button", { name: "Copy", exact: true });
  await expect(copy).toBeFocused();
  const secret = await revealed.getByLabel("Signing secret").inputValue();
  expect(secret).toMatch(SECRET_PATTERN);
  await page.keyboard.press("Enter");
  await expect(revealed.getByRole("button", { name: "Copied" })).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(revealed).toBeHidden();
  await expect(trigger).toBeFocused();
  expect(await page.content()).not.toContain(secret);
  await expect(endpointRow(page, receiver.url(path))).toContainText(`All events (${WEBHOOK_EVENTS.length})`);

  // Reopening starts afresh.
  await page.keyboard.press("Enter");
  await expect(urlField).toHaveValue("");
  expect(await page.content()).not.toContain(secret);
  await page.keyboard.press("Escape");
  noConsoleErrors();
});

test("the list and the add dialog on a phone", async ({ page }, testInfo) => {
  const noConsoleErrors = failOnConsoleErrors(page);
  await signIn(page, ADMIN);
  await page.goto(WEBHOOKS_PATH);
  await addEndpoint(page, receiver.url(`/hooks/phone-${Date.now().toString(36)}`), [
    "meeting.created",
    "meeting.updated",
    "note.created",
    "channel.updated",
  ]);
  await page.setViewportSize(VIEWPORTS.phone);
  await expect(endpointsTable(page)).toBeVisible();
  await expect(endpointsTable(page).getByText("+2 more").first()).toBeVisible();
  await expectFitsPhone(page);
  await expectNoSeriousA11yViolations(page);
  await saveScreenshot(page, testInfo, "webhooks-list-390");
  const dialog = await openAddDialog(page);
  await expectNoSeriousA11yViolations(page);
  await saveScreenshot(page, testInfo, "webhooks-add-dialog-390", { fullPage: false });
  await dialog.getByRole("button", { name: "Cancel" }).click();
  noConsoleErrors();
});

test("a new team sees what webhooks are for, with one way to add the first endpoint", async ({ page }, testInfo) => {
  const noConsoleErrors = failOnConsoleErrors(page);
  await signUp(page, "Wendy Webhook", "webhooks");
  await page.goto(WEBHOOKS_PATH);
  await expect(page.getByRole("heading", { name: "Hear about changes as they happen" })).toBeVisible();
  await expect(endpointsTable(page)).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Add endpoint" })).toHaveCount(1);
  await expectNoSeriousA11yViolations(page);
  await saveScreenshot(page, testInfo, "webhooks-empty-1280");
  await page.setViewportSize(VIEWPORTS.phone);
  await expectFitsPhone(page);
  await saveScreenshot(page, testInfo, "webhooks-empty-390");
  noConsoleErrors();
});

test("a member sees disabled controls with the reason, and crafted requests change nothing", async ({
  browser,
  page,
}, testInfo) => {
  test.setTimeout(90_000);
  const path = `/hooks/member-${Date.now().toString(36)}`;
  const url = receiver.url(path);

  // An admin's browser supplies real server action requests (intercepted, never delivered)...
  const adminContext = await browser.newContext({ baseURL });
  const adminPage = await adminContext.newPage();
  await signIn(adminPage, ADMIN);
  await adminPage.goto(WEBHOOKS_PATH);
  await addEndpoint(adminPage, url);
  await endpointRow(adminPage, url).getByRole("link", { name: url }).click();
  await expect(adminPage.getByRole("heading", { name: url })).toBeVisible();
  const endpointPath = new URL(adminPage.url()).pathname;
  const captured = await captureServerActions(adminPage, `**${endpointPath}`);
  await adminPage.getByRole("button", { name: "Send test event" }).click();
  await expect.poll(() => captured.length).toBe(1);
  await adminPage.getByRole("button", { name: "Disable" }).click();
  await adminPage.getByRole("alertdialog").getByRole("button", { name: "Disable endpoint" }).click();
  await expect.poll(() => captured.length).toBe(2);
  // The intercepted call fails: wait for the dialog to say so (it stays open while pending).
  const confirmDialog = adminPage.getByRole("alertdialog");
  await expect(confirmDialog.getByRole("alert")).toBeVisible();
  await confirmDialog.getByRole("button", { name: "Cancel" }).click();
  await expect(confirmDialog).toBeHidden();
  await adminPage.getByRole("button", { name: "Rotate secret" }).click();
  const rotateDialog = adminPage.getByRole("dialog");
  await rotateDialog.getByRole("button", { name: "Rotate secret" }).click();
  await expect.poll(() => captured.length).toBe(3);
  await expect(rotateDialog.getByRole("alert")).toBeVisible();
  await rotateDialog.getByRole("button", { name: "Cancel" }).click();
  await expect(rotateDialog).toBeHidden();
  await adminPage.getByRole("button", { name: "Delete endpoint" }).click();
  await adminPage.getByRole("alertdialog").getByRole("button", { name: "Delete endpoint" }).click();
  await expect.poll(() => captured.length).toBe(4);
  await adminContext.close();

  // ...which a member replays with their own session.
  const noConsoleErrors = failOnConsoleErrors(page);
  await signIn(page, MEMBER);
  await page.goto(endpointPath);
  await expectReplaysRefused(page, captured, { refusal: MANAGER_ONLY, secretPrefix: "whsec_" });
  await page.waitForTimeout(1_500);
  expect(receiver.received(path)).toHaveLength(0);
  await page.reload();
  await expect(page.getByRole("heading", { name: url })).toBeVisible();
  await expect(page.getByText("Enabled", { exact: true })).toBeVisible();
  await expect(page.getByText("No deliveries yet.")).toBeVisible();
  await expect(page.getByText(`You can view this endpoint and its deliveries. ${MANAGER_ONLY}`)).toBeVisible();

  for (const name of ["Send test event", "Edit", "Disable", "Rotate secret", "Delete endpoint"]) {
    const button = page.getByRole("button", { name, exact: true });
    await expect(button).toHaveAttribute("aria-disabled", "true");
    await expect(button).toHaveAccessibleDescription(MANAGER_ONLY);
  }
  const sendTest = page.getByRole("button", { name: "Send test event" });
  await sendTest.hover();
  await expect(page.getByRole("tooltip")).toContainText(MANAGER_ONLY);
  await sendTest.focus();
  await page.keyboard.press("Enter");
  await page.getByRole("button", { name: "Rotate secret" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("dialog")).toHaveCount(0);
  await page.waitForTimeout(1_000);
  expect(receiver.received(path)).toHaveLength(0);
  await expectNoSeriousA11yViolations(page);
  await saveScreenshot(page, testInfo, "webhooks-endpoint-member-1280");

  await page.goto(WEBHOOKS_PATH);
  const add = page.getByRole("button", { name: "Add endpoint" });
  await expect(add).toHaveAttribute("aria-disabled", "true");
  await expect(add).toHaveAccessibleDescription(MANAGER_ONLY);
  await add.focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("dialog")).toHaveCount(0);
  await endpointRow(page, url)
    .getByRole("button", { name: `Actions for ${url}` })
    .click();
  const menu = page.getByRole("menu");
  await expect(menu.getByRole("menuitem", { name: "Details and deliveries" })).toBeEnabled();
  for (const name of ["Send test event", "Disable", "Delete"])
    await expect(menu.getByRole("menuitem", { name })).toBeDisabled();
  await expect(menu).toContainText(MANAGER_ONLY);
  await page.keyboard.press("Escape");
  // Checked once the menu has faded out: mid-animation its items are translucent, which
  // axe would report as low contrast.
  await expect(menu).toBeHidden();
  await expectNoSeriousA11yViolations(page);
  await saveScreenshot(page, testInfo, "webhooks-list-member-1280");
  noConsoleErrors();
});
