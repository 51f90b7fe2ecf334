import { describe, expect, it } from "vitest";
import { SUBSCRIBABLE_EVENT_TYPES, TEST_EVENT_TYPE, buildPayload } from "@/lib/webhooks/events";
import { createWebhookEndpointBody, updateWebhookEndpointBody } from "@/lib/webhooks/schemas";

describe("webhook event types", () => {
  it("are API.md's list, and PRODUCT.md's api_key.exposed", () => {
    expect(SUBSCRIBABLE_EVENT_TYPES).toEqual([
      "meeting.created",
      "meeting.updated",
      "meeting.deleted",
      "transcript.updated",
      "note.created",
      "note.updated",
      "action_item.created",
      "action_item.updated",
      "action_item.completed",
      "channel.updated",
      "api_key.exposed",
    ]);
  });

  it("build the documented body, with Dates as ISO strings", () => {
    const at = new Date("2026-11-26T12:00:00Z");
    expect(buildPayload("evt_1", "meeting.created", { id: "mtg_1", started_at: at }, at)).toEqual({
      id: "evt_1",
      type: "meeting.created",
      timestamp: "2026-11-26T12:00:00.000Z",
      data: { object: { id: "mtg_1", started_at: "2026-11-26T12:00:00.000Z" } },
    });
  });
});

describe("endpoint bodies", () => {
  const valid = { url: "https://example.com/hooks", enabled_events: ["meeting.created"] };

  it("accept a URL and events, dedupe the events and default the description", () => {
    expect(
      createWebhookEndpointBody.parse({
        ...valid,
        enabled_events: ["meeting.created", "meeting.created", "note.created"],
      }),
    ).toEqual({
      url: "https://example.com/hooks",
      description: "",
      enabled_events: ["meeting.created", "note.created"],
    });
  });

  it("refuse unknown or test event types, an empty list, bad URLs and credentials", () => {
    const problems = (body: unknown) =>
      createWebhookEndpointBody.safeParse(body).error?.issues.map((issue) => issue.path.join(".")) ?? [];
    expect(problems({ ...valid, enabled_events: ["meeting.exploded"] })).toEqual(["enabled_events.0"]);
    expect(problems({ ...valid, enabled_events: [TEST_EVENT_TYPE] })).toEqual(["enabled_events.0"]);
    expect(problems({ ...valid, enabled_events: [] })).toEqual(["enabled_events"]);
    expect(problems({ ...valid, url: "ftp://example.com" })).toEqual(["url"]);
    expect(problems({ ...valid, url: "https://u:p@example.com" })).toEqual(["url"]);
    expect(problems({ ...valid, secret: "whsec_mine" })).toEqual([""]);
  });

  it("update only what is sent", () => {
    expect(updateWebhookEndpointBody.parse({ status: "disabled" })).toEqual({ status: "disabled" });
    expect(updateWebhookEndpointBody.safeParse({ status: "paused" }).success).toBe(false);
  });
});
