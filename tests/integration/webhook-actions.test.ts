import { describe, expect, it } from "vitest";
import {
  createEndpointFromForm,
  deleteEndpointFromForm,
  loadDeliveriesFromForm,
  rotateSecretFromForm,
  sendTestEventFromForm,
  setEndpointStatusFromForm,
  updateEndpointFromForm,
  type WebhookActor,
} from "@/app/(dashboard)/settings/developer/webhooks/webhook-form-handlers";
import { READ_SCOPES } from "@/lib/keys/scopes";
import { createEndpoint, withheldEvents } from "@/lib/webhooks/endpoints";
import { emitWebhookEvent } from "@/lib/webhooks/events";
import { fanOutEvents } from "@/lib/webhooks/fan-out";
import {
  ALL_EVENT_TYPES,
  parseEndpointForm,
  urlProblem,
  WEBHOOKS_MANAGER_ONLY_REASON,
  type EndpointFormValues,
} from "@/lib/webhooks/form";
import { assertDeliverableUrl } from "@/lib/webhooks/ssrf";
import { db, setUpTestDatabase } from "../helpers/database";
import { createMember, createTeam } from "../helpers/factories";

// What the webhook settings' server actions do after reading the session: the same calls,
// with the person and team they would pass. The default settings refuse private URLs
// (WEBHOOKS_ALLOW_PRIVATE_URLS is unset here); public IP literals need no DNS.

setUpTestDatabase();

const PUBLIC_URL = "https://93.184.216.34/hooks/mavio";
const ENDPOINT_GONE = "This endpoint no longer exists in this team. It may have been deleted; reload the page.";

const form = (values: Partial<EndpointFormValues> = {}): EndpointFormValues => ({
  url: PUBLIC_URL,
  description: "Tracker sync",
  enabled_events: ["action_item.created", "action_item.completed"],
  ...values,
});

async function teamWith(role: "owner" | "admin" | "member") {
  const team = await createTeam("pro");
  const person: WebhookActor = await createMember(team.id, role);
  return { team, person };
}

/** An endpoint made by the domain directly, and everything about it that must not change. */
async function existingEndpoint(teamId: string) {
  const created = await createEndpoint(teamId, form(), { allowPrivate: false });
  return { created, snapshot: () => snapshot(created.id) };
}

async function snapshot(endpointId: string) {
  const [endpoint, deliveries, events] = await Promise.all([
    db.webhookEndpoint.findUnique({
      where: { id: endpointId },
      select: {
        url: true,
        description: true,
        enabledEvents: true,
        status: true,
        secret: true,
        previousSecret: true,
        updatedAt: true,
      },
    }),
    db.webhookDelivery.count({ where: { endpointId } }),
    db.webhookEvent.count(),
  ]);
  return { endpoint, deliveries, events };
}

describe("the endpoint form's schema", () => {
  it("puts each problem next to its field, with the API's messages", () => {
    expect(parseEndpointForm(form())).toMatchObject({
      success: true,
      data: { url: PUBLIC_URL, enabled_events: ["action_item.created", "action_item.completed"] },
    });
    expect(parseEndpointForm(form({ url: "example.com/hook", enabled_events: [] }))).toEqual({
      success: false,
      fieldErrors: {
        url: "Enter a full http(s) URL, e.g. https://example.com/webhooks.",
        enabled_events: "Choose at least one event.",
      },
    });
    expect(parseEndpointForm(form({ url: "https://user:pw@example.com/hook" }))).toMatchObject({
      success: false,
      fieldErrors: { url: expect.stringMatching(/user name and password/) },
    });
    expect(parseEndpointForm(form({ description: "x".repeat(501) }))).toMatchObject({
      success: false,
      fieldErrors: { description: "Use at most 500 characters." },
    });
    expect(parseEndpointForm({ ...form(), enabled_events: ["meeting.created", "webhook.test"] })).toMatchObject({
      success: false,
      fieldErrors: { enabled_events: expect.any(String) },
    });
    expect(urlProblem("ftp://example.com/hook")).toMatch(/http\(s\)/);
    expect(urlProblem("http://127.0.0.1:4000/hook")).toBeUndefined();
  });

  it("reports what is not a field as a form error", () => {
    expect(parseEndpointForm({ ...form(), team_id: "team_other" })).toMatchObject({
      success: false,
      fieldErrors: {},
      formError: expect.any(String),
    });
  });
});

describe("adding an endpoint from the form", () => {
  it("gives an admin the signing secret once, and stores the endpoint for their team", async () => {
    const { team, person } = await teamWith("admin");
    const result = await createEndpointFromForm(
      person,
      team.id,
      form({ url: ` ${PUBLIC_URL} `, description: " Tracker sync " }),
    );
    if (!result.ok) throw new Error(JSON.stringify(result));
    expect(result.secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    expect(result.endpoint).toMatchObject({
      url: PUBLIC_URL,
      description: "Tracker sync",
      status: "enabled",
      enabled_events: ["action_item.created", "action_item.completed"],
    });
    expect(result.endpoint).not.toHaveProperty("secret");
    const stored = await db.webhookEndpoint.findUniqueOrThrow({
      where: { id: result.endpoint.id },
      select: { teamId: true, secret: true },
    });
    expect(stored).toEqual({ teamId: team.id, secret: result.secret });
  });

  it("lets owners add endpoints too", async () => {
    const { team, person } = await teamWith("owner");
    expect(await createEndpointFromForm(person, team.id, form())).toMatchObject({ ok: true });
  });

  it("puts SSRF refusals on the URL field as a readable message, and stores nothing", async () => {
    const { team, person } = await teamWith("admin");
    expect(
      await createEndpointFromForm(person, team.id, form({ url: "http://169.254.169.254/latest/meta-data" })),
    ).toEqual({
      ok: false,
      fieldErrors: {
        url: "169.254.169.254 is a cloud metadata address. Webhooks cannot be sent to loopback, private, link-local or metadata addresses.",
      },
    });
    expect(await createEndpointFromForm(person, team.id, form({ url: "http://127.0.0.1:4000/hook" }))).toEqual({
      ok: false,
      fieldErrors: { url: expect.stringMatching(/^127\.0\.0\.1 is a loopback address\./) },
    });
    expect(await createEndpointFromForm(person, team.id, form({ url: "http://[::ffff:10.0.0.8]/hook" }))).toMatchObject(
      { ok: false, fieldErrors: { url: expect.stringMatching(/private address/) } },
    );
    expect(await db.webhookEndpoint.count({ where: { teamId: team.id } })).toBe(0);
  });

  it("returns field errors for invalid input without touching the database", async () => {
    const { team, person } = await teamWith("admin");
    expect(
      await createEndpointFromForm(person, team.id, {
        url: "not a url",
        description: 7,
        enabled_events: "meeting.created",
      }),
    ).toEqual({
      ok: false,
      fieldErrors: { url: expect.any(String), description: expect.any(String), enabled_events: expect.any(String) },
    });
    expect(await createEndpointFromForm(person, team.id, { ...form(), teamId: "someone-else" })).toMatchObject({
      ok: false,
      formError: expect.any(String),
    });
    expect(await db.webhookEndpoint.count({ where: { teamId: team.id } })).toBe(0);
  });

  it("refuses a member with a message, not an exception, and creates nothing", async () => {
    const { team, person } = await teamWith("member");
    expect(await createEndpointFromForm(person, team.id, form())).toEqual({
      ok: false,
      formError: WEBHOOKS_MANAGER_ONLY_REASON,
    });
    // Even a broken form: a member learns nothing about what would have been wrong.
    expect(await createEndpointFromForm(person, team.id, { url: "" })).toEqual({
      ok: false,
      formError: WEBHOOKS_MANAGER_ONLY_REASON,
    });
    expect(await db.webhookEndpoint.count({ where: { teamId: team.id } })).toBe(0);
  });

  it("refuses someone acting on a team they do not belong to", async () => {
    const { team } = await teamWith("admin");
    const outsider = await createMember((await createTeam("pro")).id, "owner");
    expect(await createEndpointFromForm(outsider, team.id, form())).toEqual({
      ok: false,
      formError: WEBHOOKS_MANAGER_ONLY_REASON,
    });
  });
});

describe("the events a role may subscribe an endpoint to", () => {
  it("grants what an owner or admin subscribes every read scope: they hold every scope", async () => {
    for (const role of ["owner", "admin"] as const) {
      const { team, person } = await teamWith(role);
      const result = await createEndpointFromForm(person, team.id, form({ enabled_events: ALL_EVENT_TYPES }));
      expect(result).toMatchObject({ ok: true, endpoint: { enabled_events: ALL_EVENT_TYPES } });
      const stored = await db.webhookEndpoint.findFirstOrThrow({
        where: { teamId: team.id },
        select: { grantedScopes: true },
      });
      expect(stored.grantedScopes, role).toEqual(READ_SCOPES);
    }
  });

  it("lets an admin restore an endpoint whose grant lacks its events by saving it again", async () => {
    const { team, person } = await teamWith("admin");
    const { created } = await existingEndpoint(team.id);
    // As the migration leaves an endpoint that a key without action-items:read may have made.
    await db.webhookEndpoint.update({ where: { id: created.id }, data: { grantedScopes: ["meetings:read"] } });
    // What the endpoint's page warns about.
    expect(await withheldEvents(team.id, created.id)).toEqual([
      { event: "action_item.created", required_scope: "action-items:read" },
      { event: "action_item.completed", required_scope: "action-items:read" },
    ]);
    const emit = () =>
      db.$transaction((tx) =>
        emitWebhookEvent(tx, { teamId: team.id, type: "action_item.created", object: { id: "act_1" } }),
      );

    await emit();
    await fanOutEvents(new Date());
    expect(await db.webhookDelivery.count({ where: { endpointId: created.id } })).toBe(0);

    expect(await updateEndpointFromForm(person, team.id, { endpointId: created.id, values: form() })).toMatchObject({
      ok: true,
    });
    await emit();
    await fanOutEvents(new Date());
    expect(await db.webhookDelivery.count({ where: { endpointId: created.id } })).toBe(1);
    expect(await withheldEvents(team.id, created.id)).toEqual([]);
  });
});

describe("a member's crafted requests change nothing", () => {
  it("refuses every change with the same message and leaves the endpoint, its secret and its deliveries as they were", async () => {
    const { team, person: member } = await teamWith("member");
    const { created, snapshot: current } = await existingEndpoint(team.id);
    const before = await current();
    const ref = { endpointId: created.id };
    const refused = { ok: false, formError: WEBHOOKS_MANAGER_ONLY_REASON };

    expect(
      await updateEndpointFromForm(member, team.id, { ...ref, values: form({ url: "https://93.184.216.35/stolen" }) }),
    ).toEqual(refused);
    expect(await setEndpointStatusFromForm(member, team.id, { ...ref, status: "disabled" })).toEqual(refused);
    expect(await rotateSecretFromForm(member, team.id, ref)).toEqual(refused);
    expect(await sendTestEventFromForm(member, team.id, ref)).toEqual(refused);
    expect(await deleteEndpointFromForm(member, team.id, ref)).toEqual(refused);

    expect(await current()).toEqual(before);
  });

  it("still lets a member read the deliveries", async () => {
    const { team, person: member } = await teamWith("member");
    const { created } = await existingEndpoint(team.id);
    expect(await loadDeliveriesFromForm(member, team.id, { endpointId: created.id })).toEqual({
      ok: true,
      page: { data: [], has_more: false, next_cursor: null },
    });
    const outsider = await createMember((await createTeam("pro")).id, "owner");
    expect(await loadDeliveriesFromForm(outsider, team.id, { endpointId: created.id })).toEqual({
      ok: false,
      formError: WEBHOOKS_MANAGER_ONLY_REASON,
    });
  });
});

describe("managing an endpoint from its page", () => {
  it("edits, disables, refuses a test event while disabled, enables, rotates and deletes", async () => {
    const { team, person: admin } = await teamWith("admin");
    const { created } = await existingEndpoint(team.id);
    const ref = { endpointId: created.id };

    const edited = await updateEndpointFromForm(admin, team.id, {
      ...ref,
      values: form({ description: "Renamed", enabled_events: ["meeting.created"] }),
    });
    expect(edited).toMatchObject({
      ok: true,
      endpoint: { description: "Renamed", enabled_events: ["meeting.created"], url: PUBLIC_URL },
    });
    expect(
      await updateEndpointFromForm(admin, team.id, { ...ref, values: form({ url: "http://10.1.2.3/hook" }) }),
    ).toMatchObject({
      ok: false,
      fieldErrors: { url: expect.stringMatching(/10\.1\.2\.3 is a private address/) },
    });
    expect(await updateEndpointFromForm(admin, team.id, { ...ref, values: form({ enabled_events: [] }) })).toEqual({
      ok: false,
      fieldErrors: { enabled_events: "Choose at least one event." },
    });

    const sent = await sendTestEventFromForm(admin, team.id, ref);
    expect(sent).toEqual({
      ok: true,
      eventId: expect.stringMatching(/^evt_/),
      deliveryId: expect.stringMatching(/^dlv_/),
    });
    const page = await loadDeliveriesFromForm(admin, team.id, ref);
    expect(page).toMatchObject({
      ok: true,
      page: { data: [{ event_type: "webhook.test", status: "pending", attempts: [] }] },
    });

    expect(await setEndpointStatusFromForm(admin, team.id, { ...ref, status: "disabled" })).toMatchObject({
      ok: true,
      endpoint: { status: "disabled", disabled_reason: "Disabled by a member of your team." },
    });
    expect(await sendTestEventFromForm(admin, team.id, ref)).toEqual({
      ok: false,
      formError: "This endpoint is disabled. Enable it to send a test event.",
    });
    expect(await db.webhookDelivery.count({ where: { endpointId: created.id } })).toBe(1);
    expect(await setEndpointStatusFromForm(admin, team.id, { ...ref, status: "enabled" })).toMatchObject({
      ok: true,
      endpoint: { status: "enabled", disabled_reason: null },
    });

    const rotated = await rotateSecretFromForm(admin, team.id, ref);
    if (!rotated.ok) throw new Error(JSON.stringify(rotated));
    expect(rotated.secret).toMatch(/^whsec_/);
    expect(rotated.secret).not.toBe(created.secret);
    expect(new Date(rotated.previousSecretExpiresAt).getTime() - Date.now()).toBeGreaterThan(23.9 * 3600_000);
    expect(
      await db.webhookEndpoint.findUniqueOrThrow({
        where: { id: created.id },
        select: { secret: true, previousSecret: true },
      }),
    ).toEqual({
      secret: rotated.secret,
      previousSecret: created.secret,
    });

    expect(await deleteEndpointFromForm(admin, team.id, ref)).toEqual({ ok: true });
    expect(await db.webhookEndpoint.count({ where: { id: created.id } })).toBe(0);
    expect(await deleteEndpointFromForm(admin, team.id, ref)).toEqual({ ok: false, formError: ENDPOINT_GONE });
  });

  it("treats another team's endpoint as missing, and changes nothing there", async () => {
    const { team: other } = await teamWith("admin");
    const { created, snapshot: current } = await existingEndpoint(other.id);
    const before = await current();
    const { team, person: admin } = await teamWith("admin");
    const ref = { endpointId: created.id };
    const gone = { ok: false, formError: ENDPOINT_GONE };
    expect(await updateEndpointFromForm(admin, team.id, { ...ref, values: form({ description: "Hijacked" }) })).toEqual(
      gone,
    );
    expect(await setEndpointStatusFromForm(admin, team.id, { ...ref, status: "disabled" })).toEqual(gone);
    expect(await rotateSecretFromForm(admin, team.id, ref)).toEqual(gone);
    expect(await sendTestEventFromForm(admin, team.id, ref)).toEqual(gone);
    expect(await deleteEndpointFromForm(admin, team.id, ref)).toEqual(gone);
    expect(await loadDeliveriesFromForm(admin, team.id, ref)).toEqual(gone);
    expect(await current()).toEqual(before);
  });

  it("answers malformed requests and stale cursors with a message", async () => {
    const { team, person: admin } = await teamWith("admin");
    const { created } = await existingEndpoint(team.id);
    const invalid = { ok: false, formError: "This request could not be understood. Reload the page and try again." };
    expect(await rotateSecretFromForm(admin, team.id, { endpointId: 42 })).toEqual(invalid);
    expect(await setEndpointStatusFromForm(admin, team.id, { endpointId: created.id, status: "paused" })).toEqual(
      invalid,
    );
    expect(await updateEndpointFromForm(admin, team.id, form())).toEqual(invalid);
    expect(
      await loadDeliveriesFromForm(admin, team.id, { endpointId: created.id, cursor: "not-a-cursor" }),
    ).toMatchObject({ ok: false, formError: expect.stringMatching(/cursor/) });
  });
});

describe("the SSRF check under the local-testing setting (WEBHOOKS_ALLOW_PRIVATE_URLS)", () => {
  it("allows loopback and private receivers but never cloud metadata addresses", async () => {
    await expect(assertDeliverableUrl("http://127.0.0.1:4000/hook", { allowPrivate: true })).resolves.toMatchObject({
      address: "127.0.0.1",
    });
    await expect(assertDeliverableUrl("http://10.0.0.8/hook", { allowPrivate: true })).resolves.toMatchObject({
      address: "10.0.0.8",
    });
    for (const url of [
      "http://169.254.169.254/",
      "http://[::ffff:169.254.169.254]/",
      "http://100.100.100.200/",
      "http://[fd00:ec2::254]/",
    ]) {
      await expect(assertDeliverableUrl(url, { allowPrivate: true })).rejects.toThrow(/cloud metadata address/);
    }
    const metadataDns = async () => [{ address: "169.254.169.254", family: 4 as const }];
    await expect(
      assertDeliverableUrl("http://metadata.internal/", { allowPrivate: true, resolve: metadataDns }),
    ).rejects.toThrow(/metadata\.internal resolves to 169\.254\.169\.254, which is a cloud metadata address/);
  });
});
