// Consistency checks over the authored demo data, run before anything is written, so a typo
// (an unknown speaker, an action item pointing past the transcript) fails loudly.
import { isScope } from "@/lib/keys/scopes";
import { API_KEYS } from "./api-keys";
import { CHANNELS } from "./channels";
import { MEETINGS } from "./meetings";
import { PEOPLE } from "./people";
import { DEMO_TEAMS, DEMO_USERS, teamMembers } from "./users";
import type { MeetingSeed, TeamSlug } from "./types";

function checkMeeting(team: TeamSlug, meeting: MeetingSeed, members: Set<string>, channels: Set<string>): string[] {
  const where = `${team}/${meeting.key}`;
  const problems: string[] = [];
  const people = PEOPLE[team];
  if (!members.has(meeting.owner)) problems.push(`${where}: owner ${meeting.owner} is not a member`);
  for (const key of meeting.attendees) if (!(key in people)) problems.push(`${where}: unknown attendee ${key}`);
  for (const name of meeting.channels ?? [])
    if (!channels.has(name)) problems.push(`${where}: unknown channel ${name}`);
  if (meeting.status !== "ready") return problems;

  const segments = meeting.transcript.length;
  if (segments < 12 || segments > 40) problems.push(`${where}: ${segments} segments (want 12-40)`);
  const speakers = new Set(meeting.transcript.map((line) => line.speaker));
  if (speakers.size < 2 || speakers.size > 5) problems.push(`${where}: ${speakers.size} speakers (want 2-5)`);
  for (const speaker of speakers) {
    if (!meeting.attendees.includes(speaker)) problems.push(`${where}: speaker ${speaker} is not an attendee`);
  }
  const items = meeting.actionItems.length;
  if (items < 1 || items > 4) problems.push(`${where}: ${items} action items (want 1-4)`);
  for (const item of meeting.actionItems) {
    if (item.segment < 0 || item.segment >= segments)
      problems.push(`${where}: action item segment ${item.segment} out of range`);
    if (item.assignee && !members.has(item.assignee))
      problems.push(`${where}: assignee ${item.assignee} is not a member`);
  }
  if (meeting.customNote && !members.has(meeting.customNote.author)) {
    problems.push(`${where}: note author ${meeting.customNote.author} is not a member`);
  }
  return problems;
}

export function validateSeedData(): void {
  const problems: string[] = [];
  for (const team of DEMO_TEAMS) {
    const members = new Set(teamMembers(team.slug).map((user) => user.email));
    const channels = new Set(CHANNELS[team.slug].map((channel) => channel.name));
    for (const channel of CHANNELS[team.slug]) {
      for (const email of channel.members)
        if (!members.has(email)) problems.push(`${team.slug}/${channel.name}: ${email} is not a member`);
    }
    const keys = new Set<string>();
    for (const meeting of MEETINGS[team.slug]) {
      if (keys.has(meeting.key)) problems.push(`${team.slug}: duplicate meeting key ${meeting.key}`);
      keys.add(meeting.key);
      problems.push(...checkMeeting(team.slug, meeting, members, channels));
    }
  }
  for (const key of API_KEYS) {
    const member = DEMO_USERS.find((user) => user.email === key.createdBy && user.team === key.team);
    if (!member) problems.push(`key ${key.name}: creator ${key.createdBy} is not in ${key.team}`);
    if (key.scopes.length === 0 || !key.scopes.every(isScope)) problems.push(`key ${key.name}: invalid scopes`);
  }
  if (problems.length) throw new Error(`Invalid seed data:\n- ${problems.join("\n- ")}`);
}
