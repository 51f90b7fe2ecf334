// Seeds the demo: users, the Acme (Pro) and Globex (Enterprise) teams with meetings,
// transcripts, recordings, notes, action items, channels, speakers, API keys and usage.
//
// Idempotent: each team is written in one transaction and skipped when its slug exists, so a
// run that failed midway left nothing behind and the next run completes it. Recording files
// are (re)written after the transactions for every recording row whose file is missing.
// All dates are relative to `now` so the demo always looks current.
import { mkdir, rename, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { hashPassword } from "@/lib/auth/password";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { generateApiKey } from "@/lib/keys/format";
import { recordingPath, recordingRelativePath } from "@/lib/storage/paths";
import { writeUsageCounts } from "@/lib/usage/ingest";
import { writeRequestLog } from "@/lib/usage/request-log";
import { REQUEST_LOG } from "@/lib/usage/tiers";
import { encodeWav, speechSampleCount, synthesizeSpeechLikeAudio, wavFileSize } from "@/lib/storage/wav";
import { API_KEYS } from "./seed-data/api-keys";
import { addMs, dateOnly, DAY_MS, HOUR_MS, MINUTE_MS, resolveWhen } from "./seed-data/calendar";
import { CHANNELS } from "./seed-data/channels";
import { MEETINGS } from "./seed-data/meetings";
import { minutesMarkdown, noteLabels } from "./seed-data/minutes";
import { PEOPLE } from "./seed-data/people";
import { createRng } from "./seed-data/random";
import { timeTranscript, type TimedSegment } from "./seed-data/transcript";
import type { ActionItemSeed, ApiKeySeed, MeetingSeed, ReadyMeetingSeed, TeamSeed } from "./seed-data/types";
import { generateUsage, lastSuccessfulUse, recentRequests } from "./seed-data/usage";
import { DEMO_PASSWORD, DEMO_TEAMS, DEMO_USERS, teamMembers } from "./seed-data/users";
import { validateSeedData } from "./seed-data/validate";

type Tx = Prisma.TransactionClient;

export interface SeedCounts {
  users: number;
  teams: number;
  memberships: number;
  meetings: number;
  participants: number;
  transcriptSegments: number;
  recordings: number;
  notes: number;
  actionItems: number;
  channels: number;
  channelMembers: number;
  channelMeetings: number;
  speakerProfiles: number;
  apiKeys: number;
  apiKeyAuditEvents: number;
  usageHours: number;
  loggedRequests: number;
}

export interface SeedSummary {
  /** Each demo team, and whether this run created it (false: it already existed). */
  teams: { slug: string; id: string; created: boolean }[];
  usersCreated: number;
  recordingFilesWritten: number;
  /** What the demo users and teams hold after this run. */
  counts: SeedCounts;
}

const TEAM_TRANSACTION = { maxWait: 20_000, timeout: 180_000 };
const USAGE_BATCH = 2_000;
const USAGE_WINDOW_DAYS = 30;
/** Enough of each key's log to page through and filter, without slowing the embedded seed. */
const LOGGED_REQUESTS_PER_KEY = 1_000;
const DEFAULT_CLIENT_IPS = ["198.51.100.23"];

/** Seeds through `db`; DATABASE_URL must name the same database and schema (usage goes through the ingest's SQL). */
export async function seed(db: PrismaClient, options: { now?: Date } = {}): Promise<SeedSummary> {
  const now = options.now ?? new Date();
  validateSeedData();

  const { userIds, created: usersCreated } = await ensureUsers(db, now);
  const teams: SeedSummary["teams"] = [];
  for (const team of DEMO_TEAMS) {
    const existing = await db.team.findUnique({ where: { slug: team.slug }, select: { id: true } });
    if (existing) {
      teams.push({ slug: team.slug, id: existing.id, created: false });
      continue;
    }
    try {
      const id = await db.$transaction((tx) => seedTeam(tx, team, userIds, now), TEAM_TRANSACTION);
      teams.push({ slug: team.slug, id, created: true });
    } catch (error) {
      // A concurrent run created the team first: its transaction holds the complete team.
      const winner = isUniqueViolation(error)
        ? await db.team.findUnique({ where: { slug: team.slug }, select: { id: true } })
        : null;
      if (!winner) throw error;
      teams.push({ slug: team.slug, id: winner.id, created: false });
    }
  }

  const teamIds = teams.map((team) => team.id);
  const recordingFilesWritten = await ensureRecordingFiles(db, teamIds);
  return { teams, usersCreated, recordingFilesWritten, counts: await countDemoContent(db, teamIds) };
}

function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002";
}

function daysAgo(now: Date, days: number): Date {
  return new Date(now.getTime() - days * DAY_MS);
}

/** Never later than `now` (minus a margin): seeded history must not lie in the future. */
function notAfter(date: Date, now: Date, marginMs = MINUTE_MS): Date {
  return date.getTime() > now.getTime() - marginMs ? new Date(now.getTime() - marginMs) : date;
}

// ---------------------------------------------------------------- users

async function ensureUsers(db: PrismaClient, now: Date): Promise<{ userIds: Map<string, string>; created: number }> {
  const emails = DEMO_USERS.map((user) => user.email);
  const existing = await db.user.findMany({ where: { email: { in: emails } }, select: { email: true } });
  const known = new Set(existing.map((user) => user.email));
  const missing = DEMO_USERS.filter((user) => !known.has(user.email));

  let created = 0;
  if (missing.length) {
    // The same cost as real accounts, so sign-in timing does not tell demo users apart.
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    const rows = missing.map((user) => {
      const team = DEMO_TEAMS.find((candidate) => candidate.slug === user.team)!;
      const createdAt = joinedAt(team, user.email, now);
      return {
        email: user.email,
        name: user.name,
        passwordHash,
        emailVerifiedAt: createdAt,
        createdAt,
        updatedAt: createdAt,
      };
    });
    created = (await db.user.createMany({ data: rows, skipDuplicates: true })).count;
  }

  const users = await db.user.findMany({ where: { email: { in: emails } }, select: { id: true, email: true } });
  return { userIds: new Map(users.map((user) => [user.email, user.id])), created };
}

/** The owner joins when the team is created; others follow a few weeks apart. */
function joinedAt(team: TeamSeed, email: string, now: Date): Date {
  const order = teamMembers(team.slug).findIndex((user) => user.email === email);
  return addMs(daysAgo(now, team.createdDaysAgo), Math.max(0, order) * 17 * DAY_MS + 2 * HOUR_MS);
}

// ---------------------------------------------------------------- one team

interface TeamContext {
  team: TeamSeed;
  teamId: string;
  now: Date;
  memberIdByEmail: Map<string, string>;
  profileIdByPerson: Map<string, string>;
  channelIdByName: Map<string, string>;
}

async function seedTeam(tx: Tx, team: TeamSeed, userIds: Map<string, string>, now: Date): Promise<string> {
  const createdAt = daysAgo(now, team.createdDaysAgo);
  const { id: teamId } = await tx.team.create({
    data: {
      name: team.name,
      slug: team.slug,
      plan: team.plan,
      customRateLimit: team.customRateLimit,
      defaultLanguage: team.defaultLanguage,
      autoRecord: team.autoRecord,
      retentionDays: team.retentionDays,
      createdAt,
      updatedAt: createdAt,
    },
    select: { id: true },
  });

  const members = teamMembers(team.slug);
  const memberships = await tx.membership.createManyAndReturn({
    data: members.map((user) => ({
      teamId,
      userId: userIds.get(user.email)!,
      role: user.role,
      joinedAt: joinedAt(team, user.email, now),
    })),
    select: { id: true, userId: true },
  });
  const emailByUserId = new Map(members.map((user) => [userIds.get(user.email)!, user.email]));
  const memberIdByEmail = new Map(memberships.map((m) => [emailByUserId.get(m.userId)!, m.id]));

  const ctx: TeamContext = {
    team,
    teamId,
    now,
    memberIdByEmail,
    profileIdByPerson: await createSpeakerProfiles(tx, teamId, team, memberIdByEmail, now),
    channelIdByName: await createChannels(tx, teamId, team, memberIdByEmail, now),
  };

  for (const meeting of MEETINGS[team.slug]) await createMeeting(tx, ctx, meeting);
  for (const key of API_KEYS.filter((candidate) => candidate.team === team.slug))
    await createApiKey(tx, ctx, key, userIds);
  return teamId;
}

async function createSpeakerProfiles(
  tx: Tx,
  teamId: string,
  team: TeamSeed,
  memberIdByEmail: Map<string, string>,
  now: Date,
): Promise<Map<string, string>> {
  const people = Object.entries(PEOPLE[team.slug]).filter(([, person]) => person.hasSpeakerProfile);
  const createdAt = addMs(daysAgo(now, team.createdDaysAgo), 3 * DAY_MS);
  const profiles = await tx.speakerProfile.createManyAndReturn({
    data: people.map(([, person]) => ({
      teamId,
      name: person.name,
      email: person.email,
      memberId: memberIdByEmail.get(person.email) ?? null,
      createdAt,
      updatedAt: createdAt,
    })),
    select: { id: true, email: true },
  });
  const keyByEmail = new Map(people.map(([key, person]) => [person.email, key]));
  return new Map(profiles.map((profile) => [keyByEmail.get(profile.email!)!, profile.id]));
}

async function createChannels(
  tx: Tx,
  teamId: string,
  team: TeamSeed,
  memberIdByEmail: Map<string, string>,
  now: Date,
): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (const channel of CHANNELS[team.slug]) {
    const createdAt = daysAgo(now, Math.min(channel.createdDaysAgo, team.createdDaysAgo - 1));
    const { id } = await tx.channel.create({
      data: {
        teamId,
        name: channel.name,
        description: channel.description,
        visibility: channel.visibility,
        createdAt,
        updatedAt: createdAt,
        members: {
          createMany: {
            data: channel.members.map((email, i) => ({
              memberId: memberIdByEmail.get(email)!,
              addedAt: addMs(createdAt, i * MINUTE_MS),
            })),
          },
        },
      },
      select: { id: true },
    });
    ids.set(channel.name, id);
  }
  return ids;
}

// ---------------------------------------------------------------- meetings

interface MeetingTimes {
  scheduledStartAt: Date | null;
  startedAt: Date | null;
  endedAt: Date | null;
  durationMs: number | null;
  createdAt: Date;
  updatedAt: Date;
  /** When transcripts, notes and action items appeared. */
  processedAt: Date | null;
}

function meetingTimes(meeting: MeetingSeed, speechEndMs: number | null, ctx: TeamContext): MeetingTimes {
  const rng = createRng(`times:${ctx.team.slug}:${meeting.key}`);
  const start = resolveWhen(meeting.when, ctx.now);
  const upload = meeting.platform === "upload";
  const booked = notAfter(addMs(start, -rng.int(2, 9) * DAY_MS), ctx.now, 2 * HOUR_MS);

  if (meeting.status === "scheduled") {
    return {
      scheduledStartAt: start,
      startedAt: null,
      endedAt: null,
      durationMs: null,
      createdAt: booked,
      updatedAt: booked,
      processedAt: null,
    };
  }

  const startedAt = upload ? start : addMs(start, rng.int(0, 150) * 1000);
  // Ready meetings last as long as their transcript (plus a goodbye); others as planned.
  const durationMs =
    meeting.status === "ready" ? (speechEndMs ?? 0) + rng.int(2_000, 6_000) : meeting.lengthMinutes * MINUTE_MS;
  const endedAt = addMs(startedAt, durationMs);
  const createdAt = upload ? notAfter(addMs(endedAt, rng.int(10, 40) * MINUTE_MS), ctx.now) : booked;
  const processedAt =
    meeting.status === "ready"
      ? notAfter(addMs(createdAt > endedAt ? createdAt : endedAt, rng.int(3, 7) * MINUTE_MS), ctx.now)
      : null;
  const updatedAt =
    processedAt ?? notAfter(addMs(endedAt, meeting.status === "failed" ? 4 * MINUTE_MS : MINUTE_MS), ctx.now);
  return { scheduledStartAt: upload ? null : start, startedAt, endedAt, durationMs, createdAt, updatedAt, processedAt };
}

async function createMeeting(tx: Tx, ctx: TeamContext, meeting: MeetingSeed): Promise<void> {
  const people = PEOPLE[ctx.team.slug];
  const transcript =
    meeting.status === "ready" ? timeTranscript(meeting.transcript, `${ctx.team.slug}:${meeting.key}`) : null;
  const times = meetingTimes(meeting, transcript?.speechEndMs ?? null, ctx);
  const mapSpeakers = meeting.status === "ready" && !meeting.unmappedSpeakers;

  const created = await tx.meeting.create({
    data: {
      teamId: ctx.teamId,
      ownerId: ctx.memberIdByEmail.get(meeting.owner)!,
      title: meeting.title,
      status: meeting.status,
      platform: meeting.platform,
      language: meeting.language ?? ctx.team.defaultLanguage,
      scheduledStartAt: times.scheduledStartAt,
      startedAt: times.startedAt,
      endedAt: times.endedAt,
      durationMs: times.durationMs,
      createdAt: times.createdAt,
      updatedAt: times.updatedAt,
      participants: {
        createMany: {
          data: meeting.attendees.map((key) => ({
            name: people[key].name,
            email: people[key].email,
            speakerProfileId: ctx.profileIdByPerson.get(key) ?? null,
            createdAt: times.createdAt,
          })),
        },
      },
      channels: {
        createMany: {
          data: (meeting.channels ?? []).map((name) => ({
            channelId: ctx.channelIdByName.get(name)!,
            addedAt: addMs(times.createdAt, MINUTE_MS),
          })),
        },
      },
      segments: transcript
        ? {
            createMany: {
              data: transcript.segments.map((segment) =>
                segmentRow(
                  segment,
                  ctx,
                  times.processedAt!,
                  mapSpeakers ? ctx.profileIdByPerson.get(segment.speaker) : undefined,
                ),
              ),
            },
          }
        : undefined,
    },
    select: { id: true, segments: { select: { id: true, index: true } } },
  });

  if (meeting.status !== "ready" || !transcript) return;
  const segmentIdByIndex = new Map(created.segments.map((segment) => [segment.index, segment.id]));
  await createMeetingOutputs(tx, ctx, meeting, created.id, times, segmentIdByIndex);
  await createRecordingRow(tx, ctx, created.id, times.endedAt!);
}

function segmentRow(segment: TimedSegment, ctx: TeamContext, processedAt: Date, speakerProfileId: string | undefined) {
  const editedAt = notAfter(addMs(processedAt, DAY_MS + segment.index * MINUTE_MS), ctx.now);
  return {
    teamId: ctx.teamId,
    index: segment.index,
    speakerLabel: segment.speakerLabel,
    speakerProfileId: speakerProfileId ?? null,
    startMs: segment.startMs,
    endMs: segment.endMs,
    text: segment.text,
    rawText: segment.rawText,
    confidence: segment.confidence,
    createdAt: processedAt,
    updatedAt: segment.edited ? editedAt : processedAt,
  };
}

async function createMeetingOutputs(
  tx: Tx,
  ctx: TeamContext,
  meeting: ReadyMeetingSeed,
  meetingId: string,
  times: MeetingTimes,
  segmentIdByIndex: Map<number, string>,
): Promise<void> {
  const people = PEOPLE[ctx.team.slug];
  const language = meeting.language ?? ctx.team.defaultLanguage;
  const labels = noteLabels(language);
  const processedAt = times.processedAt!;
  const meetingDay = times.startedAt!;

  const items = meeting.actionItems.map((item) => actionItemRow(item, ctx, meetingId, times, segmentIdByIndex));
  await tx.actionItem.createMany({ data: items });

  const assigneeName = (email?: string) =>
    email ? Object.values(people).find((person) => person.email === email)?.name : undefined;
  const minutes = minutesMarkdown({
    title: meeting.title,
    language,
    startedAt: meetingDay,
    durationMs: times.durationMs!,
    platform: meeting.platform,
    attendees: meeting.attendees.map((key) => people[key].name),
    minutes: meeting.minutes,
    actionItems: meeting.actionItems.map((item, i) => ({
      text: item.text,
      done: items[i].status === "done",
      assigneeName: assigneeName(item.assignee),
      dueDate: items[i].dueDate ?? undefined,
    })),
  });

  const aiNote = (kind: "summary" | "minutes", title: string, contentMarkdown: string) => ({
    teamId: ctx.teamId,
    meetingId,
    kind,
    title,
    contentMarkdown,
    source: "ai" as const,
    createdAt: processedAt,
    updatedAt: processedAt,
  });
  const notes: Prisma.NoteCreateManyInput[] = [
    aiNote("summary", labels.summaryTitle, meeting.summary),
    aiNote("minutes", labels.minutesTitle, minutes),
  ];
  if (meeting.customNote) {
    const writtenAt = notAfter(addMs(times.endedAt!, meeting.customNote.hoursAfter * HOUR_MS), ctx.now);
    notes.push({
      teamId: ctx.teamId,
      meetingId,
      kind: "custom",
      title: meeting.customNote.title,
      contentMarkdown: meeting.customNote.markdown,
      source: "user",
      createdByMemberId: ctx.memberIdByEmail.get(meeting.customNote.author)!,
      createdAt: writtenAt,
      updatedAt: writtenAt,
    });
  }
  await tx.note.createMany({ data: notes });
}

function actionItemRow(
  item: ActionItemSeed,
  ctx: TeamContext,
  meetingId: string,
  times: MeetingTimes,
  segmentIdByIndex: Map<number, string>,
) {
  const processedAt = times.processedAt!;
  const later = (ms: number) => {
    const at = notAfter(addMs(times.endedAt!, ms), ctx.now);
    return at < processedAt ? processedAt : at;
  };
  const completedAt =
    item.doneAfterDays === undefined || item.cancelled
      ? null
      : later(item.doneAfterDays * DAY_MS + (item.doneAfterDays === 0 ? 2 : 5) * HOUR_MS);
  return {
    teamId: ctx.teamId,
    meetingId,
    text: item.text,
    status: item.cancelled ? "cancelled" : completedAt ? "done" : "open",
    completedAt,
    assigneeId: item.assignee ? ctx.memberIdByEmail.get(item.assignee)! : null,
    dueDate: item.dueInDays === undefined ? null : dateOnly(times.startedAt!, item.dueInDays),
    segmentId: segmentIdByIndex.get(item.segment) ?? null,
    createdAt: processedAt,
    updatedAt: completedAt ?? (item.cancelled ? later(2 * DAY_MS) : processedAt),
  } satisfies Prisma.ActionItemCreateManyInput;
}

// ---------------------------------------------------------------- recordings

/** Deterministic 4-8 s clip length; the file itself is written by ensureRecordingFiles(). */
async function createRecordingRow(tx: Tx, ctx: TeamContext, meetingId: string, endedAt: Date): Promise<void> {
  const durationMs = createRng(`recording:${meetingId}`).int(400, 800) * 10;
  await tx.recording.create({
    data: {
      teamId: ctx.teamId,
      meetingId,
      filePath: recordingRelativePath(meetingId),
      mimeType: "audio/wav",
      durationMs,
      sizeBytes: wavFileSize(speechSampleCount(durationMs / 1000)),
      createdAt: notAfter(addMs(endedAt, MINUTE_MS), ctx.now),
    },
  });
}

/** Writes every seeded recording whose file is missing or truncated. Returns files written. */
async function ensureRecordingFiles(db: PrismaClient, teamIds: string[]): Promise<number> {
  const recordings = await db.recording.findMany({
    where: { teamId: { in: teamIds }, mimeType: "audio/wav" },
    select: {
      id: true,
      meetingId: true,
      filePath: true,
      durationMs: true,
      sizeBytes: true,
      meeting: { select: { segments: { distinct: ["speakerLabel"], select: { speakerLabel: true } } } },
    },
  });

  let written = 0;
  for (const recording of recordings) {
    if (recording.filePath !== recordingRelativePath(recording.meetingId)) continue; // not a seeded file
    const file = recordingPath(recording.filePath);
    const existing = await stat(file).catch(() => null);
    if (existing?.isFile() && existing.size === recording.sizeBytes) continue;

    const voices = Math.min(5, Math.max(2, recording.meeting.segments.length));
    const wav = encodeWav(
      synthesizeSpeechLikeAudio({ seconds: recording.durationMs / 1000, seed: recording.meetingId, voices }),
    );
    await mkdir(path.dirname(file), { recursive: true });
    const partial = `${file}.${process.pid}.partial`;
    await writeFile(partial, wav);
    await rename(partial, file);
    if (wav.length !== recording.sizeBytes) {
      await db.recording.update({ where: { id: recording.id }, data: { sizeBytes: wav.length } });
    }
    written++;
  }
  return written;
}

// ---------------------------------------------------------------- API keys and usage

async function createApiKey(tx: Tx, ctx: TeamContext, seed: ApiKeySeed, userIds: Map<string, string>): Promise<void> {
  const { now, teamId } = ctx;
  const createdAt = daysAgo(now, seed.createdDaysAgo);
  const revokedAt = seed.revoked ? daysAgo(now, seed.revoked.daysAgo) : null;
  const expiresAt = seed.expiresInDays === null ? null : addMs(now, seed.expiresInDays * DAY_MS);
  const usageSince = new Date(Math.max(createdAt.getTime(), daysAgo(now, USAGE_WINDOW_DAYS).getTime()));
  const usage = seed.usage
    ? generateUsage(seed.usage, { now, since: usageSince, seed: `${ctx.team.slug}:${seed.name}` })
    : [];
  const lastUsedAt =
    lastSuccessfulUse(usage, `${ctx.team.slug}:${seed.name}`) ??
    (seed.lastUsedDaysAgo === undefined ? null : addMs(daysAgo(now, seed.lastUsedDaysAgo), -3 * HOUR_MS));

  // The secret is discarded here: only its hash and last four characters are stored.
  const { hash, last4 } = generateApiKey();
  const { id: keyId } = await tx.apiKey.create({
    data: {
      teamId,
      name: seed.name,
      hash,
      last4,
      scopes: seed.scopes,
      expiresAt,
      revokedAt,
      lastUsedAt,
      ipAllowlist: seed.ipAllowlist ?? [],
      createdById: userIds.get(seed.createdBy)!,
      createdAt,
      updatedAt: revokedAt ?? createdAt,
    },
    select: { id: true },
  });

  const events: Prisma.ApiKeyAuditEventCreateManyInput[] = [
    {
      teamId,
      keyId,
      actorId: userIds.get(seed.createdBy)!,
      action: "created",
      ip: seed.createdFrom.ip,
      userAgent: seed.createdFrom.userAgent,
      details: {
        name: seed.name,
        scopes: seed.scopes,
        expiresAt: expiresAt?.toISOString() ?? null,
        ipAllowlist: seed.ipAllowlist ?? [],
      },
      createdAt,
    },
  ];
  if (seed.revoked && revokedAt) {
    events.push({
      teamId,
      keyId,
      actorId: userIds.get(seed.revoked.by)!,
      action: "revoked",
      ip: seed.revoked.from.ip,
      userAgent: seed.revoked.from.userAgent,
      details: { name: seed.name, reason: seed.revoked.reason },
      createdAt: revokedAt,
    });
  }
  await tx.apiKeyAuditEvent.createMany({ data: events });

  for (let i = 0; i < usage.length; i += USAGE_BATCH) {
    await writeUsageCounts(
      tx,
      usage.slice(i, i + USAGE_BATCH).map((row) => ({
        keyId,
        teamId,
        minute: row.minute.getTime(),
        method: row.method,
        route: row.route,
        status: row.status,
        count: row.count,
        latencyMs: row.totalLatencyMs,
      })),
    );
  }
  const logged = recentRequests(usage, {
    limit: LOGGED_REQUESTS_PER_KEY,
    since: addMs(now, -REQUEST_LOG.retentionMs),
    clientIps: seed.clientIps ?? DEFAULT_CLIENT_IPS,
    seed: `${ctx.team.slug}:${seed.name}`,
  });
  await writeRequestLog(
    tx,
    logged.map((request) => ({ ...request, keyId, at: request.at.getTime() })),
  );
}

// ---------------------------------------------------------------- summary

async function countDemoContent(db: PrismaClient, teamIds: string[]): Promise<SeedCounts> {
  const team = { teamId: { in: teamIds } };
  const [
    users,
    memberships,
    meetings,
    participants,
    transcriptSegments,
    recordings,
    notes,
    actionItems,
    channels,
    channelMembers,
    channelMeetings,
    speakerProfiles,
    apiKeys,
    apiKeyAuditEvents,
    usageHours,
    loggedRequests,
  ] = await Promise.all([
    db.user.count({ where: { email: { in: DEMO_USERS.map((user) => user.email) } } }),
    db.membership.count({ where: team }),
    db.meeting.count({ where: team }),
    db.participant.count({ where: { meeting: team } }),
    db.transcriptSegment.count({ where: team }),
    db.recording.count({ where: team }),
    db.note.count({ where: team }),
    db.actionItem.count({ where: team }),
    db.channel.count({ where: team }),
    db.channelMember.count({ where: { channel: team } }),
    db.channelMeeting.count({ where: { channel: team } }),
    db.speakerProfile.count({ where: team }),
    db.apiKey.count({ where: team }),
    db.apiKeyAuditEvent.count({ where: team }),
    db.usageHour.count({ where: team }),
    db.loggedRequest.count({ where: { key: team } }),
  ]);
  return {
    users,
    teams: teamIds.length,
    memberships,
    meetings,
    participants,
    transcriptSegments,
    recordings,
    notes,
    actionItems,
    channels,
    channelMembers,
    channelMeetings,
    speakerProfiles,
    apiKeys,
    apiKeyAuditEvents,
    usageHours,
    loggedRequests,
  };
}
