import { randomBytes } from "node:crypto";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import type { Operation } from "@/lib/api/v1/operation";
import { OPERATIONS } from "@/lib/api/v1/operations";
import type { Plan } from "@/lib/generated/prisma/enums";
import { createApiKey } from "@/lib/keys/create-key";
import { READ_SCOPES, SCOPE_NAMES, type Scope } from "@/lib/keys/scopes";
import { recordingPath, recordingRelativePath } from "@/lib/storage/paths";
import { sendTestEvent } from "@/lib/webhooks/endpoints";
import { eventReadScope } from "@/lib/webhooks/event-access";
import type { SubscribableEventType } from "@/lib/webhooks/events";
import { generateWebhookSecret } from "@/lib/webhooks/secrets";
import { db } from "./database";
import { createMember, createTeam } from "./factories";

const suffix = () => randomBytes(4).toString("hex");

/** A team with an admin and a factory for keys with any scopes (one key per scope set, cached). */
export async function apiTeam(plan: Plan = "enterprise") {
  const team = await createTeam(plan);
  const admin = await createMember(team.id, "admin");
  const keys = new Map<string, Promise<string>>();
  const keyWith = (scopes: readonly Scope[]): Promise<string> => {
    const name = [...scopes].sort().join(" ");
    let key = keys.get(name);
    if (!key) {
      key = createApiKey(admin, team.id, { name: `Key ${suffix()}`, scopes: [...scopes], expiresAt: null }).then(
        (created) => created.key,
      );
      keys.set(name, key);
    }
    return key;
  };
  return {
    team,
    admin,
    keyWith,
    allScopes: () => keyWith(SCOPE_NAMES),
    allScopesBut: (scope: Scope) => keyWith(SCOPE_NAMES.filter((candidate) => candidate !== scope)),
  };
}

export async function addMember(teamId: string, name = `Member ${suffix()}`) {
  const user = await db.user.create({
    data: { email: `${name.toLowerCase().replace(/\W+/g, ".")}.${suffix()}@example.com`, name },
  });
  return db.membership.create({
    data: { teamId, userId: user.id, role: "member" },
    select: { id: true, user: { select: { name: true, email: true } } },
  });
}

/** Deterministic bytes for a fake recording: every byte differs from its neighbours. */
export function recordingBytes(size: number): Buffer {
  const bytes = Buffer.alloc(size);
  for (let i = 0; i < size; i++) bytes[i] = (i * 7 + (i >> 8)) & 0xff;
  return bytes;
}

/** Where fixture webhook endpoints point: nothing listens on port 9 (discard) of the loopback. */
export const WEBHOOK_FIXTURE_URL = "http://127.0.0.1:9/mavio-webhooks";

export const TRANSCRIPT_LINES = [
  {
    label: "Speaker 1",
    startMs: 1_200,
    endMs: 4_500,
    text: "Let's review the launch checklist.",
    rawText: "Let's review the lunch checklist.",
  },
  {
    label: "Speaker 2",
    startMs: 4_800,
    endMs: 9_050,
    text: "Pricing is final; the page goes live Monday.",
    rawText: "Pricing is final; the page goes live Monday.",
  },
  {
    label: "Speaker 1",
    startMs: 9_300,
    endMs: 3_723_004,
    text: "Great. I'll send the recap & the <draft>.",
    rawText: "Great. I'll send the recap & the <draft>.",
  },
] as const;

/**
 * One of everything the API serves, in a team: members, a speaker profile, a ready meeting
 * with participants, a three-segment transcript, a recording file, a note, an action item,
 * a channel holding the meeting and a member, and a webhook endpoint with one (test) delivery.
 */
export async function seedContent(teamId: string, options: { recordingSize?: number } = {}) {
  const owner = await addMember(teamId, "Olivia Chen");
  const other = await addMember(teamId, "Sam Rivera");
  const speaker = await db.speakerProfile.create({
    data: { teamId, name: "Olivia Chen", email: owner.user.email, memberId: owner.id },
    select: { id: true },
  });
  const startedAt = new Date(Date.now() - 2 * 60 * 60 * 1000);
  const meeting = await db.meeting.create({
    data: {
      teamId,
      ownerId: owner.id,
      title: `Launch review ${suffix()}`,
      status: "ready",
      platform: "zoom",
      startedAt,
      endedAt: new Date(startedAt.getTime() + 3_724_000),
      durationMs: 3_724_000,
      participants: {
        createMany: {
          data: [
            { name: "Olivia Chen", email: owner.user.email, speakerProfileId: speaker.id },
            { name: "Guest Person", email: "guest@example.org" },
          ],
        },
      },
      segments: {
        createMany: {
          data: TRANSCRIPT_LINES.map((line, index) => ({
            teamId,
            index,
            speakerLabel: line.label,
            speakerProfileId: line.label === "Speaker 1" ? speaker.id : null,
            startMs: line.startMs,
            endMs: line.endMs,
            text: line.text,
            rawText: line.rawText,
            confidence: 0.9,
          })),
        },
      },
    },
    select: { id: true, segments: { select: { id: true }, orderBy: { index: "asc" } } },
  });

  const bytes = recordingBytes(options.recordingSize ?? 10_000);
  const relative = recordingRelativePath(meeting.id);
  await mkdir(path.dirname(recordingPath(relative)), { recursive: true });
  await writeFile(recordingPath(relative), bytes);
  await db.recording.create({
    data: {
      teamId,
      meetingId: meeting.id,
      filePath: relative,
      mimeType: "audio/wav",
      durationMs: 3_724_000,
      sizeBytes: bytes.length,
    },
  });

  const note = await db.note.create({
    data: {
      teamId,
      meetingId: meeting.id,
      kind: "summary",
      title: "Summary",
      contentMarkdown: "We reviewed the launch.",
      source: "ai",
    },
    select: { id: true },
  });
  const actionItem = await db.actionItem.create({
    data: {
      teamId,
      meetingId: meeting.id,
      text: "Send the recap",
      assigneeId: owner.id,
      segmentId: meeting.segments[2]!.id,
    },
    select: { id: true },
  });
  const channel = await db.channel.create({
    data: {
      teamId,
      name: `Launches ${suffix()}`,
      members: { create: { memberId: owner.id } },
      meetings: { create: { meetingId: meeting.id } },
    },
    select: { id: true },
  });
  // Written directly (fixtures skip the URL check): a closed loopback port, so a worker run
  // in a test that allows private URLs fails its deliveries at once instead of waiting.
  const webhookEndpoint = await db.webhookEndpoint.create({
    data: {
      teamId,
      url: WEBHOOK_FIXTURE_URL,
      description: "Fixture",
      enabledEvents: ["meeting.created"],
      grantedScopes: READ_SCOPES,
      secret: generateWebhookSecret(),
    },
    select: { id: true },
  });
  const testEvent = await sendTestEvent(teamId, webhookEndpoint.id);

  return {
    memberId: owner.id,
    memberEmail: owner.user.email,
    otherMemberId: other.id,
    speakerId: speaker.id,
    meetingId: meeting.id,
    segmentIds: meeting.segments.map((segment) => segment.id),
    speakerLabel: "Speaker 1",
    noteId: note.id,
    actionItemId: actionItem.id,
    channelId: channel.id,
    webhookEndpointId: webhookEndpoint.id,
    webhookDeliveryId: testEvent.delivery_id,
    recording: bytes,
    recordingFile: recordingPath(relative),
  };
}

export type SeededContent = Awaited<ReturnType<typeof seedContent>>;

/** An Enterprise team with one of everything and an all-scopes key no fuzz run can rate-limit. */
export async function fuzzTarget(): Promise<{ key: string; content: SeededContent }> {
  const home = await apiTeam("enterprise");
  await db.team.update({ where: { id: home.team.id }, data: { customRateLimit: 1_000_000 } });
  return { content: await seedContent(home.team.id), key: await home.allScopes() };
}

// ---------------------------------------------------------------- calling any operation

/** Path parameters naming the content's objects, by the collection each `{param}` follows. */
export function operationParams(operation: Operation, content: SeededContent): Record<string, string> {
  const segments = operation.path.split("/").filter(Boolean);
  const params: Record<string, string> = {};
  segments.forEach((segment, i) => {
    const name = /^\{(\w+)\}$/.exec(segment)?.[1];
    if (!name) return;
    const collection = `${segments[i - 2] ?? ""}/${segments[i - 1]}`;
    const value = (
      {
        "/meetings": content.meetingId,
        "/notes": content.noteId,
        "/action-items": content.actionItemId,
        "/channels": content.channelId,
        "/speakers": content.speakerId,
        "/webhook-endpoints": content.webhookEndpointId,
        "team/members": content.memberId,
        "transcript/segments": content.segmentIds[0],
        "transcript/speakers": content.speakerLabel,
        "{id}/members": content.memberId,
        "{id}/meetings": content.meetingId,
      } as Record<string, string | undefined>
    )[collection];
    if (value === undefined)
      throw new Error(
        `No fixture for {${name}} after ${collection} in ${operation.path}: add one to operationParams()`,
      );
    params[name] = value;
  });
  return params;
}

/** Bodies whose example names ids that only exist at test time, or needs what tests lack. */
const BODY_OVERRIDES: Record<string, (content: SeededContent) => unknown> = {
  addChannelMember: (content) => ({ member_id: content.otherMemberId }),
  mapTranscriptSpeaker: (content) => ({ speaker_id: content.speakerId }),
  // A public address literal: the example's host name would need DNS, which tests must not.
  createWebhookEndpoint: () => ({
    ...OPERATIONS.createWebhookEndpoint.requestExample,
    url: "https://93.184.215.14/webhooks/mavio",
  }),
};

/** A valid body for the operation against the content (undefined when it takes none). */
export function operationBody(operation: Operation, content: SeededContent): unknown {
  if (!operation.body) return undefined;
  const override = BODY_OVERRIDES[operation.operationId];
  if (override) return override(content);
  if (operation.requestExample === undefined)
    throw new Error(`${operation.operationId} has a body but no requestExample`);
  return operation.requestExample;
}

/**
 * Scopes a valid body needs on top of the operation's own: subscribing a webhook endpoint to
 * events needs each event's read scope.
 */
export function bodyScopes(body: unknown): Scope[] {
  const events = (body as { enabled_events?: SubscribableEventType[] } | undefined)?.enabled_events;
  return READ_SCOPES.filter((scope) => events?.some((type) => eventReadScope(type) === scope));
}
