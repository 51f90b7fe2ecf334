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

export interface DialogueLine {
  /** Key into the team's people directory. */
  speaker: string;
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
  author: string; // member email
  markdown: string;
  /** Written this many hours after the meeting ended. */
  hoursAfter: number;
}

interface MeetingBase {
  /** Stable identifier inside the seed data. */
  key: string;
  title: string;
  platform: PlatformName;
  /** Days relative to seeding time: negative in the past, positive in the future. */
  day: number;
  /** UTC time of day, "HH:MM". */
  at: string;
  /** Member email. */
  owner: string;
  /** Keys into the people directory, in order of appearance. */
  attendees: string[];
  channels?: string[];
  language?: string;
}

export interface ReadyMeetingSeed extends MeetingBase {
  status: "ready";
  transcript: DialogueLine[];
  summary: string;
  minutes: MinutesSeed;
  actionItems: ActionItemSeed[];
  customNote?: CustomNoteSeed;
  /** Leave segments unmapped to speaker profiles (labels only), as after a fresh upload. */
  unmappedSpeakers?: boolean;
}

export interface PendingMeetingSeed extends MeetingBase {
  status: "scheduled" | "processing" | "failed";
  /** Expected or actual length. */
  minutes: number;
}

export type MeetingSeed = ReadyMeetingSeed | PendingMeetingSeed;

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

export interface ApiKeySeed {
  team: TeamSlug;
  name: string;
  scopes: Scope[];
  createdBy: string; // user email
  createdDaysAgo: number;
  /** Days from seeding time; null = no expiration. */
  expiresInDays: number | null;
  revokedDaysAgo?: number;
  revokedBy?: string;
  ipAllowlist?: string[];
  /** For keys without usage history: when the key was last used. */
  lastUsedDaysAgo?: number;
  usage?: UsageProfile;
  audit: { ip: string; userAgent: string };
}
