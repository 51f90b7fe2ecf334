// Shapes of the demo content. Everything here is plain data; prisma/seed.ts turns it into rows.
import type { Scope } from "@/lib/keys/scopes";

export type TeamSlug = "acme" | "globex";
export type RoleName = "owner" | "admin" | "member";
export type PlatformName = "zoom" | "google_meet" | "teams" | "upload";
export type MeetingStatusName = "scheduled" | "processing" | "ready" | "failed";

export interface DemoUser {
  email: string;
  name: string;
  role: RoleName;
  team: TeamSlug;
}

export interface TeamSeed {
  slug: TeamSlug;
  name: string;
  plan: "free" | "pro" | "team" | "enterprise";
  customRateLimit: number | null;
  defaultLanguage: string;
  autoRecord: boolean;
  retentionDays: number;
  /** How long before seeding the team was created. */
  createdDaysAgo: number;
}

/** Someone who appears in meetings: a team member, a colleague without a login, or a guest. */
export interface Person {
  name: string;
  email: string;
  /** Recurring team people get a speaker profile (linked to their membership if they have one). */
  hasSpeakerProfile: boolean;
}

export interface DialogueLine<K extends string = string> {
  /** Key into the team's people directory. */
  speaker: K;
  text: string;
  /** Set on lines a person corrected: what the transcription originally said. */
  rawText?: string;
}

export interface ActionItemSeed {
  text: string;
  /** Index of the transcript line that produced the item. */
  segment: number;
  /** Email of a team member. */
  assignee?: string;
  /** Due date, in days after the meeting. */
  dueInDays?: number;
  /** Completed this many days after the meeting (capped at seeding time). */
  doneAfterDays?: number;
  cancelled?: boolean;
}

export interface MinutesSeed {
  discussion: string[];
  decisions: string[];
}

export interface CustomNoteSeed {
  title: string;
  /** Member email. */
  author: string;
  markdown: string;
  /** Written this many hours after the meeting ended. */
  hoursAfter: number;
}

/**
 * When a meeting happens, relative to seeding time so the demo always looks fresh:
 * `businessDays` back (negative) or ahead (positive), at a UTC time of day; or a number of
 * minutes before seeding time.
 */
export type MeetingWhen = { businessDays: number; at: `${number}:${number}` } | { minutesAgo: number };

interface MeetingBase<K extends string> {
  /** Stable identifier inside the seed data. */
  key: string;
  title: string;
  platform: PlatformName;
  when: MeetingWhen;
  /** Member email. */
  owner: string;
  /** Keys into the people directory. */
  attendees: K[];
  /** Channel names. */
  channels?: string[];
  language?: string;
}

export interface ReadyMeetingSeed<K extends string = string> extends MeetingBase<K> {
  status: "ready";
  transcript: DialogueLine<K>[];
  summary: string;
  minutes: MinutesSeed;
  actionItems: ActionItemSeed[];
  customNote?: CustomNoteSeed;
  /** Leave segments unmapped to speaker profiles (labels only), as after a fresh upload. */
  unmappedSpeakers?: boolean;
}

export interface PendingMeetingSeed<K extends string = string> extends MeetingBase<K> {
  status: "scheduled" | "processing" | "failed";
  /** Expected or actual length in minutes. */
  lengthMinutes: number;
}

export type MeetingSeed<K extends string = string> = ReadyMeetingSeed<K> | PendingMeetingSeed<K>;

export interface ChannelSeed {
  name: string;
  description: string;
  visibility: "public" | "private";
  /** Member emails. */
  members: string[];
  createdDaysAgo: number;
}

export interface RouteProfile {
  method: "GET" | "POST" | "PATCH" | "PUT" | "DELETE";
  /** Route template without the /api/v1 prefix, e.g. "/meetings/{id}". */
  route: string;
  weight: number;
  /** Mean latency in ms of a successful request. */
  latencyMs: number;
  /** Share of requests answered 4xx / 5xx. */
  clientErrorRate: number;
  serverErrorRate?: number;
}

export interface UsageProfile {
  /** Expected active minutes in each UTC hour of a weekday (24 numbers). */
  activeMinutesByHour: readonly number[];
  weekendFactor: number;
  /** Requests in an active minute. */
  requestsPerActiveMinute: readonly [number, number];
  routes: RouteProfile[];
  /** A burst far above baseline, e.g. to demo the anomaly warning. */
  spike?: {
    startHoursAgo: number;
    durationHours: number;
    requestsPerMinute: readonly [number, number];
    routes: RouteProfile[];
  };
}

export interface RequestOrigin {
  ip: string;
  userAgent: string;
}

export interface ApiKeySeed {
  team: TeamSlug;
  name: string;
  scopes: Scope[];
  /** User email. */
  createdBy: string;
  createdDaysAgo: number;
  createdFrom: RequestOrigin;
  /** Days from seeding time; null = no expiration. */
  expiresInDays: number | null;
  revoked?: { daysAgo: number; by: string; from: RequestOrigin; reason: string };
  ipAllowlist?: string[];
  /** For keys without usage history: when the key was last used. */
  lastUsedDaysAgo?: number;
  usage?: UsageProfile;
  /** Where the key's requests come from, as its request log shows them. */
  clientIps?: string[];
}
