// Markdown for the AI-written notes: one layout for every meeting's minutes.
import { isoDate } from "./calendar";
import type { MinutesSeed, PlatformName } from "./types";

const LABELS = {
  en: {
    summaryTitle: "Summary",
    minutesTitle: "Meeting minutes",
    date: "Date",
    duration: "Duration",
    platform: "Platform",
    attendees: "Attendees",
    discussion: "Discussion",
    decisions: "Decisions",
    actionItems: "Action items",
    owner: "owner",
    due: "due",
    none: "None recorded.",
    platforms: { zoom: "Zoom", google_meet: "Google Meet", teams: "Microsoft Teams", upload: "Uploaded recording" },
  },
  de: {
    summaryTitle: "Zusammenfassung",
    minutesTitle: "Protokoll",
    date: "Datum",
    duration: "Dauer",
    platform: "Plattform",
    attendees: "Teilnehmende",
    discussion: "Besprechungspunkte",
    decisions: "Entscheidungen",
    actionItems: "Aufgaben",
    owner: "verantwortlich",
    due: "fällig",
    none: "Keine.",
    platforms: { zoom: "Zoom", google_meet: "Google Meet", teams: "Microsoft Teams", upload: "Hochgeladene Aufnahme" },
  },
} as const;

type Labels = (typeof LABELS)[keyof typeof LABELS];

export function noteLabels(language: string): Labels {
  return language in LABELS ? LABELS[language as keyof typeof LABELS] : LABELS.en;
}

export interface MinutesActionItem {
  text: string;
  done: boolean;
  assigneeName?: string;
  dueDate?: Date;
}

export interface MinutesInput {
  title: string;
  language: string;
  startedAt: Date;
  durationMs: number;
  platform: PlatformName;
  attendees: string[];
  minutes: MinutesSeed;
  actionItems: MinutesActionItem[];
}

function bullets(items: readonly string[], none: string): string {
  return items.length ? items.map((item) => `- ${item}`).join("\n") : `_${none}_`;
}

function actionLine(item: MinutesActionItem, labels: Labels): string {
  const details = [
    item.assigneeName && `${labels.owner}: ${item.assigneeName}`,
    item.dueDate && `${labels.due} ${isoDate(item.dueDate)}`,
  ].filter(Boolean);
  return `- [${item.done ? "x" : " "}] ${item.text}${details.length ? ` (${details.join(", ")})` : ""}`;
}

export function minutesMarkdown(input: MinutesInput): string {
  const labels = noteLabels(input.language);
  const minutes = Math.max(1, Math.round(input.durationMs / 60_000));
  return [
    `# ${input.title}`,
    "",
    `**${labels.date}:** ${isoDate(input.startedAt)} · **${labels.duration}:** ${minutes} min · **${labels.platform}:** ${labels.platforms[input.platform]}`,
    "",
    `**${labels.attendees}:** ${input.attendees.join(", ")}`,
    "",
    `## ${labels.discussion}`,
    "",
    bullets(input.minutes.discussion, labels.none),
    "",
    `## ${labels.decisions}`,
    "",
    bullets(input.minutes.decisions, labels.none),
    "",
    `## ${labels.actionItems}`,
    "",
    input.actionItems.length
      ? input.actionItems.map((item) => actionLine(item, labels)).join("\n")
      : `_${labels.none}_`,
    "",
  ].join("\n");
}
