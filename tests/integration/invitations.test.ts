import { randomBytes } from "node:crypto";
import { createServer, type AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { describeTeamEvent } from "@/app/(dashboard)/settings/members/components/describe-team-event";
import {
  cancelInvitationFromForm,
  inviteMemberFromForm,
  resendInvitationFromForm,
} from "@/app/(dashboard)/settings/members/invitation-form-handlers";
import type { Role } from "@/lib/generated/prisma/enums";
import type { Actor } from "@/lib/permissions/actor";
import { listTeamEvents } from "@/lib/teams/audit/list-team-events";
import { hashLinkToken } from "@/lib/security/link-token";
import { acceptInvitation } from "@/lib/teams/invitations/accept-invitation";
import { INVITATION_EMAILS_PER_HOUR } from "@/lib/teams/invitations/admit-invitation-email";
import { findInvitationByToken } from "@/lib/teams/invitations/find-invitation-by-token";
import {
  INVITATION_NO_LONGER_PENDING,
  INVITATION_NOT_VALID,
  MANAGE_OWNER_INVITATION_REFUSAL,
} from "@/lib/teams/invitations/invitation-errors";
import { ONLY_OWNERS_MAKE_OWNERS } from "@/lib/teams/members/member-rules";
import { signUpWithPassword } from "@/lib/users/sign-up-with-password";
import { verifyCredentials } from "@/lib/users/verify-credentials";
import { db, setUpTestDatabase } from "../helpers/database";
import { createMember, createTeam } from "../helpers/factories";
import { configureEmail } from "../helpers/mail-setup";
import { startMailServer, type MailServer } from "../helpers/mail-server";
import { setUpAppRedis } from "../helpers/redis";

// What the Members page's invitation actions, the invitation page and sign-up through an
// invitation do, with mail going to a real SMTP server on this machine.

setUpTestDatabase();
setUpAppRedis();

const APP_ORIGIN = "https://mavio.test";
const DAY = 86_400_000;
const MEMBERS_REFUSAL = "Only owners and admins can invite people, change roles or remove members.";

let mail: MailServer;

async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

beforeAll(async () => {
  mail = await startMailServer();
  configureEmail({ SMTP_URL: mail.url, NEXTAUTH_URL: APP_ORIGIN, MAIL_DIR: undefined });
});
afterAll(async () => {
  configureEmail({ SMTP_URL: undefined, NEXTAUTH_URL: undefined });
  await mail.close();
});
// The email layer logs a line per message; the tests read the messages instead.
beforeEach(() => {
  vi.spyOn(console, "log").mockImplementation(() => {});
  vi.spyOn(console, "error").mockImplementation(() => {});
  return () => vi.restoreAllMocks();
});

let addresses = 0;
/** A client address no other sign-up in this file used. */
const address = () => `198.51.100.${++addresses}`;
const newEmail = () => `invitee-${randomBytes(4).toString("hex")}@example.com`;

async function teamWithOwner() {
  const team = await createTeam("pro");
  const owner = await createMember(team.id, "owner");
  return { team, owner };
}

/** Invites `email` as `role` and returns the token from the link in the email that arrived. */
async function invite(actor: Actor, teamId: string, email: string, role: Role = "member") {
  const result = await inviteMemberFromForm(actor, teamId, { email, role });
  if (!result.ok || !result.emailSent) throw new Error(JSON.stringify(result));
  return tokenFromEmail(email);
}

/** The token in the newest invitation email to `email`, read from its link as a person would follow it. */
async function tokenFromEmail(email: string) {
  const message = await mail.waitForEmail({ to: email, subject: "invited you to join" });
  const link = new URL(message.links[0]);
  expect(link.origin).toBe(APP_ORIGIN);
  const [, invite, token] = link.pathname.split("/");
  expect(invite).toBe("invite");
  return { token: decodeURIComponent(token), message };
}

async function invitationOf(teamId: string, email: string) {
  return db.invitation.findUnique({ where: { teamId_email: { teamId, email } } });
}

/** Moves the last sending back past the resend throttle. */
async function sentMinutesAgo(teamId: string, email: string, minutes: number) {
  await db.invitation.update({
    where: { teamId_email: { teamId, email } },
    data: { sentAt: new Date(Date.now() - minutes * 60_000) },
  });
}

async function personWithEmail(email: string): Promise<Actor> {
  const user = await db.user.create({ data: { email, name: "Invited Person" } });
  return { userId: user.id, ip: "203.0.113.9", userAgent: "vitest" };
}

describe("inviting by email", () => {
  it("emails both parts with the reason and a link that, followed, joins the team with the role", async () => {
    const { team, owner } = await teamWithOwner();
    const ownerName = (await db.user.findUniqueOrThrow({ where: { id: owner.userId } })).name;
    const email = newEmail();
    const before = Date.now();

    const result = await inviteMemberFromForm(owner, team.id, { email: `  ${email.toUpperCase()} `, role: "admin" });
    expect(result).toEqual({ ok: true, email, emailSent: true });

    const { token, message } = await tokenFromEmail(email);
    expect(message.subject).toBe(`${ownerName} invited you to join ${team.name} on Mavio`);
    for (const part of [message.text, message.html]) {
      expect(part).toContain(`${ownerName} invited you to join ${team.name} on Mavio as an admin.`);
      expect(part).toMatch(/This link works once and expires in 7 days, at \d\d:\d\d UTC on /);
    }
    expect(message.text).toContain(`${APP_ORIGIN}/invite/`);

    const stored = await invitationOf(team.id, email);
    expect(stored).toMatchObject({ role: "admin", invitedById: owner.userId, tokenHash: hashLinkToken(token) });
    expect(stored!.expiresAt.getTime() - before).toBeGreaterThanOrEqual(7 * DAY);
    expect(stored!.expiresAt.getTime() - Date.now()).toBeLessThanOrEqual(7 * DAY);
    expect(await db.teamAuditEvent.findFirst({ where: { teamId: team.id, action: "member_invited" } })).toMatchObject({
      actorId: owner.userId,
      email,
      details: { email, role: "admin" },
    });

    expect(await findInvitationByToken(token)).toMatchObject({
      status: "pending",
      emailHasAccount: false,
      invitation: { email, role: "admin", team: { id: team.id, name: team.name }, inviter: { name: ownerName } },
    });
    const person = await personWithEmail(email);
    expect(await acceptInvitation(person, token)).toEqual({ teamId: team.id, alreadyMember: false });

    const membership = await db.membership.findUniqueOrThrow({
      where: { teamId_userId: { teamId: team.id, userId: person.userId } },
    });
    expect(membership.role).toBe("admin");
    expect((await db.user.findUniqueOrThrow({ where: { id: person.userId } })).emailVerifiedAt).not.toBeNull();
    expect(await invitationOf(team.id, email)).toBeNull();
    expect(await db.teamAuditEvent.findFirst({ where: { teamId: team.id, action: "member_joined" } })).toMatchObject({
      actorId: person.userId,
      subjectUserId: person.userId,
      email,
      details: { role: "admin" },
    });
  });

  it("works once: a second accept of the same link is not found, and changes nothing", async () => {
    const { team, owner } = await teamWithOwner();
    const email = newEmail();
    const { token } = await invite(owner, team.id, email);
    const person = await personWithEmail(email);
    await acceptInvitation(person, token);

    await expect(acceptInvitation(person, token)).rejects.toThrow(INVITATION_NOT_VALID);
    expect(await findInvitationByToken(token)).toEqual({ status: "not_found" });
    expect(await db.membership.count({ where: { teamId: team.id } })).toBe(2);
  });

  it("refuses an address that is a member already, or invited already (pointing at Resend)", async () => {
    const { team, owner } = await teamWithOwner();
    const ownerEmail = (await db.user.findUniqueOrThrow({ where: { id: owner.userId } })).email;
    expect(await inviteMemberFromForm(owner, team.id, { email: ownerEmail, role: "member" })).toEqual({
      ok: false,
      fieldErrors: { email: `${ownerEmail} is already a member of this team.` },
    });

    const email = newEmail();
    await invite(owner, team.id, email);
    expect(await inviteMemberFromForm(owner, team.id, { email, role: "admin" })).toEqual({
      ok: false,
      fieldErrors: { email: expect.stringMatching(/was invited .*Resend under Pending invitations/) },
    });
    expect(await invitationOf(team.id, email)).toMatchObject({ role: "member" });
  });

  it("puts the schema's complaints next to the fields", async () => {
    const { team, owner } = await teamWithOwner();
    expect(await inviteMemberFromForm(owner, team.id, { email: "not an address", role: "boss" })).toEqual({
      ok: false,
      fieldErrors: { email: "Enter a valid email address", role: "Choose a role" },
    });
    expect(await db.invitation.count({ where: { teamId: team.id } })).toBe(0);
  });
});

describe("who may invite, resend and cancel", () => {
  it("refuses members, leaving nothing behind", async () => {
    const { team, owner } = await teamWithOwner();
    const member = await createMember(team.id, "member");
    expect(await inviteMemberFromForm(member, team.id, { email: newEmail(), role: "member" })).toEqual({
      ok: false,
      formError: MEMBERS_REFUSAL,
    });
    const email = newEmail();
    await invite(owner, team.id, email);
    const { id } = (await invitationOf(team.id, email))!;
    await sentMinutesAgo(team.id, email, 2);
    expect(await resendInvitationFromForm(member, team.id, { invitationId: id })).toEqual({
      ok: false,
      formError: MEMBERS_REFUSAL,
    });
    expect(await cancelInvitationFromForm(member, team.id, { invitationId: id })).toEqual({
      ok: false,
      formError: MEMBERS_REFUSAL,
    });
    expect(await db.invitation.count({ where: { teamId: team.id } })).toBe(1);
  });

  it("lets admins invite members and admins but not owners, nor resend or cancel an owner's invitation", async () => {
    const { team, owner } = await teamWithOwner();
    const admin = await createMember(team.id, "admin");
    expect(await inviteMemberFromForm(admin, team.id, { email: newEmail(), role: "owner" })).toEqual({
      ok: false,
      fieldErrors: { role: ONLY_OWNERS_MAKE_OWNERS },
    });
    expect(await db.invitation.count({ where: { teamId: team.id } })).toBe(0);
    await invite(admin, team.id, newEmail(), "admin");

    const ownerInvite = newEmail();
    await invite(owner, team.id, ownerInvite, "owner");
    const { id } = (await invitationOf(team.id, ownerInvite))!;
    await sentMinutesAgo(team.id, ownerInvite, 2);
    expect(await resendInvitationFromForm(admin, team.id, { invitationId: id })).toEqual({
      ok: false,
      formError: MANAGE_OWNER_INVITATION_REFUSAL,
    });
    expect(await cancelInvitationFromForm(admin, team.id, { invitationId: id })).toEqual({
      ok: false,
      formError: MANAGE_OWNER_INVITATION_REFUSAL,
    });
    expect(await cancelInvitationFromForm(owner, team.id, { invitationId: id })).toEqual({ ok: true });
  });

  it("does not let a manager of another team touch this team's invitations", async () => {
    const { team, owner } = await teamWithOwner();
    const email = newEmail();
    await invite(owner, team.id, email);
    const { id } = (await invitationOf(team.id, email))!;
    const other = await teamWithOwner();
    expect(await cancelInvitationFromForm(other.owner, other.team.id, { invitationId: id })).toEqual({
      ok: false,
      formError: INVITATION_NO_LONGER_PENDING,
    });
    expect(await invitationOf(team.id, email)).not.toBeNull();
  });
});

describe("resending and canceling", () => {
  it("resend sends a new link for 7 more days and the old one stops working; at most once a minute", async () => {
    const { team, owner } = await teamWithOwner();
    const email = newEmail();
    const { token: first } = await invite(owner, team.id, email);
    const { id } = (await invitationOf(team.id, email))!;

    expect(await resendInvitationFromForm(owner, team.id, { invitationId: id })).toEqual({
      ok: false,
      formError: expect.stringMatching(
        /^This invitation was sent less than a minute ago\. You can resend it in \d+ seconds?\.$/,
      ),
    });

    await sentMinutesAgo(team.id, email, 2);
    mail.clear();
    expect(await resendInvitationFromForm(owner, team.id, { invitationId: id })).toEqual({
      ok: true,
      email,
      emailSent: true,
    });
    const { token: second } = await tokenFromEmail(email);
    expect(second).not.toBe(first);
    expect(await findInvitationByToken(first)).toEqual({ status: "not_found" });
    expect(await findInvitationByToken(second)).toMatchObject({ status: "pending" });
    const renewed = (await invitationOf(team.id, email))!;
    expect(renewed.expiresAt.getTime() - Date.now()).toBeGreaterThan(7 * DAY - 60_000);
    expect(Date.now() - renewed.sentAt.getTime()).toBeLessThan(60_000);
    expect(await db.teamAuditEvent.count({ where: { teamId: team.id, action: "invitation_resent" } })).toBe(1);

    const person = await personWithEmail(email);
    await expect(acceptInvitation(person, first)).rejects.toThrow(INVITATION_NOT_VALID);
    expect(await acceptInvitation(person, second)).toMatchObject({ teamId: team.id });
  });

  it("sends at most 30 invitations and resends an hour per person, in all their teams, then says when to try again", async () => {
    const { team, owner } = await teamWithOwner();
    const theirOtherTeam = await createTeam();
    await db.membership.create({ data: { teamId: theirOtherTeam.id, userId: owner.userId, role: "owner" } });
    const resent = newEmail();
    await invite(owner, team.id, resent);
    // With the invitation above and the resend below, the whole hour's allowance.
    for (let sent = 0; sent < INVITATION_EMAILS_PER_HOUR - 2; sent++) {
      expect(await inviteMemberFromForm(owner, theirOtherTeam.id, { email: newEmail(), role: "member" })).toEqual({
        ok: true,
        email: expect.any(String),
        emailSent: true,
      });
    }
    // A refusal sends nothing and uses none of the allowance.
    const { id } = (await invitationOf(team.id, resent))!;
    expect(await resendInvitationFromForm(owner, team.id, { invitationId: id })).toMatchObject({
      formError: expect.stringContaining("less than a minute ago"),
    });
    await sentMinutesAgo(team.id, resent, 2);
    expect(await resendInvitationFromForm(owner, team.id, { invitationId: id })).toMatchObject({ ok: true });

    const refusal = {
      ok: false,
      formError: expect.stringMatching(
        /^You've sent 30 invitations in the last hour, the most one person can send\. Try again in \d+ minutes?\.$/,
      ),
    };
    const email = newEmail();
    expect(await inviteMemberFromForm(owner, team.id, { email, role: "member" })).toEqual(refusal);
    expect(await invitationOf(team.id, email)).toBeNull();
    await sentMinutesAgo(team.id, resent, 2);
    expect(await resendInvitationFromForm(owner, team.id, { invitationId: id })).toEqual(refusal);
    expect(await db.teamAuditEvent.count({ where: { actorId: owner.userId } })).toBe(INVITATION_EMAILS_PER_HOUR);

    const admin = await createMember(team.id, "admin");
    expect(await inviteMemberFromForm(admin, team.id, { email, role: "member" })).toMatchObject({ ok: true });
  });

  it("cancel deletes the invitation, audits it, and its link stops working", async () => {
    const { team, owner } = await teamWithOwner();
    const email = newEmail();
    const { token } = await invite(owner, team.id, email);
    const { id } = (await invitationOf(team.id, email))!;

    expect(await cancelInvitationFromForm(owner, team.id, { invitationId: id })).toEqual({ ok: true });
    expect(await findInvitationByToken(token)).toEqual({ status: "not_found" });
    expect(
      await db.teamAuditEvent.findFirst({ where: { teamId: team.id, action: "invitation_canceled" } }),
    ).toMatchObject({ actorId: owner.userId, email, details: { email, role: "member" } });
    expect(await cancelInvitationFromForm(owner, team.id, { invitationId: id })).toEqual({
      ok: false,
      formError: INVITATION_NO_LONGER_PENDING,
    });
  });

  it("keeps the invitation when the mail server cannot be reached, and says the email did not go out", async () => {
    const { team, owner } = await teamWithOwner();
    const email = newEmail();
    configureEmail({ SMTP_URL: `smtp://127.0.0.1:${await closedPort()}` });
    try {
      expect(await inviteMemberFromForm(owner, team.id, { email, role: "member" })).toEqual({
        ok: true,
        email,
        emailSent: false,
      });
      const { id } = (await invitationOf(team.id, email))!;
      await sentMinutesAgo(team.id, email, 2);
      expect(await resendInvitationFromForm(owner, team.id, { invitationId: id })).toEqual({
        ok: true,
        email,
        emailSent: false,
      });
    } finally {
      configureEmail({ SMTP_URL: mail.url });
    }
    expect(await invitationOf(team.id, email)).not.toBeNull();

    // Once the server is back, Resend delivers a working link.
    await sentMinutesAgo(team.id, email, 2);
    const { id } = (await invitationOf(team.id, email))!;
    expect(await resendInvitationFromForm(owner, team.id, { invitationId: id })).toMatchObject({ emailSent: true });
    const { token } = await tokenFromEmail(email);
    expect(await findInvitationByToken(token)).toMatchObject({ status: "pending" });
  });
});

describe("accepting", () => {
  it("refuses an expired link with who to ask, until a resend renews it", async () => {
    const { team, owner } = await teamWithOwner();
    const ownerName = (await db.user.findUniqueOrThrow({ where: { id: owner.userId } })).name;
    const email = newEmail();
    const { token } = await invite(owner, team.id, email);
    await db.invitation.update({
      where: { teamId_email: { teamId: team.id, email } },
      data: { expiresAt: new Date(Date.now() - 1_000), sentAt: new Date(Date.now() - 7 * DAY) },
    });

    expect(await findInvitationByToken(token)).toMatchObject({ status: "expired", invitation: { email } });
    const person = await personWithEmail(email);
    await expect(acceptInvitation(person, token)).rejects.toThrow(
      new RegExp(`^This invitation expired on .+\\. Ask ${ownerName} \\(or another owner or admin of ${team.name}\\)`),
    );
    expect(await db.membership.count({ where: { teamId: team.id, userId: person.userId } })).toBe(0);

    const { id } = (await invitationOf(team.id, email))!;
    await resendInvitationFromForm(owner, team.id, { invitationId: id });
    const renewed = await tokenFromEmail(email);
    expect(await acceptInvitation(person, renewed.token)).toMatchObject({ alreadyMember: false });
  });

  it("refuses someone signed in with another address, naming the address it was sent to", async () => {
    const { team, owner } = await teamWithOwner();
    const email = newEmail();
    const { token } = await invite(owner, team.id, email);
    const someoneElse = await createMember((await createTeam()).id, "owner");
    const theirEmail = (await db.user.findUniqueOrThrow({ where: { id: someoneElse.userId } })).email;

    await expect(acceptInvitation(someoneElse, token)).rejects.toThrow(
      `This invitation was sent to ${email}, and you are signed in as ${theirEmail}.`,
    );
    expect(await db.membership.count({ where: { teamId: team.id } })).toBe(1);
    expect(await findInvitationByToken(token)).toMatchObject({ status: "pending" });
  });

  it("for someone already in the team, uses up the invitation and changes nothing else", async () => {
    const { team, owner } = await teamWithOwner();
    const email = newEmail();
    const { token } = await invite(owner, team.id, email, "admin");
    const person = await personWithEmail(email);
    await db.membership.create({ data: { teamId: team.id, userId: person.userId, role: "member" } });

    expect(await acceptInvitation(person, token)).toEqual({ teamId: team.id, alreadyMember: true });
    expect(await invitationOf(team.id, email)).toBeNull();
    expect(
      (await db.membership.findUniqueOrThrow({ where: { teamId_userId: { teamId: team.id, userId: person.userId } } }))
        .role,
    ).toBe("member");
    expect(await db.teamAuditEvent.count({ where: { teamId: team.id, action: "member_joined" } })).toBe(0);
    expect(
      await db.teamAuditEvent.findFirst({ where: { teamId: team.id, action: "invitation_canceled" } }),
    ).toMatchObject({
      actorId: person.userId,
      subjectUserId: person.userId,
      email,
      ip: "203.0.113.9",
      details: { name: "Invited Person", email, role: "admin" },
    });
    const [used] = (await listTeamEvents(team.id)).events;
    expect(describeTeamEvent(used!)).toEqual({
      sentence: `Invited Person followed the invitation to ${email} while already in the team, so nothing changed`,
      subjectEmail: null,
    });
  });
});

describe("signing up through an invitation", () => {
  const counts = () => Promise.all([db.user.count(), db.team.count(), db.membership.count()]);

  it("joins the inviting team with the role, email verified, and makes no personal team", async () => {
    const { team, owner } = await teamWithOwner();
    const email = newEmail();
    const { token } = await invite(owner, team.id, email, "admin");
    const teamsBefore = await db.team.count();

    const account = { name: "Grace Hopper", email, password: "compilers-are-fun" };
    expect(await signUpWithPassword(account, address(), { token, userAgent: "Mozilla/5.0 (Test)" })).toEqual({
      ok: true,
    });

    const user = await db.user.findUniqueOrThrow({
      where: { email },
      select: { id: true, emailVerifiedAt: true, memberships: { select: { teamId: true, role: true } } },
    });
    expect(user.emailVerifiedAt).not.toBeNull();
    expect(user.memberships).toEqual([{ teamId: team.id, role: "admin" }]);
    expect(await db.team.count()).toBe(teamsBefore);
    expect(await invitationOf(team.id, email)).toBeNull();
    expect(await verifyCredentials(email, account.password)).toMatchObject({ id: user.id });
    expect(await db.teamAuditEvent.findFirst({ where: { teamId: team.id, action: "member_joined" } })).toMatchObject({
      actorId: user.id,
      userAgent: "Mozilla/5.0 (Test)",
      details: { name: "Grace Hopper", role: "admin" },
    });
  });

  it("creates nothing for a link that no longer works, or another address than the invited one", async () => {
    const { team, owner } = await teamWithOwner();
    const email = newEmail();
    const { token } = await invite(owner, team.id, email);
    const password = "compilers-are-fun";
    const before = await counts();

    expect(
      await signUpWithPassword({ name: "Sam", email, password }, address(), {
        token: "not-a-real-token",
        userAgent: null,
      }),
    ).toEqual({
      ok: false,
      errors: { form: INVITATION_NOT_VALID },
    });
    const other = newEmail();
    expect(
      await signUpWithPassword({ name: "Sam", email: other, password }, address(), { token, userAgent: null }),
    ).toEqual({
      ok: false,
      errors: { email: `This invitation is for ${email}. Sign up with that address to accept it.` },
    });
    await db.invitation.update({
      where: { teamId_email: { teamId: team.id, email } },
      data: { expiresAt: new Date(Date.now() - 1_000) },
    });
    expect(await signUpWithPassword({ name: "Sam", email, password }, address(), { token, userAgent: null })).toEqual({
      ok: false,
      errors: { form: expect.stringMatching(/^This invitation expired on /) },
    });
    expect(await counts()).toEqual(before);
  });

  it("sends an invited address that has an account to sign in instead, creating nothing", async () => {
    const { team, owner } = await teamWithOwner();
    const email = newEmail();
    await personWithEmail(email);
    const { token } = await invite(owner, team.id, email);
    expect(await findInvitationByToken(token)).toMatchObject({ status: "pending", emailHasAccount: true });
    const before = await counts();

    expect(
      await signUpWithPassword({ name: "Someone", email, password: "compilers-are-fun" }, address(), {
        token,
        userAgent: null,
      }),
    ).toEqual({
      ok: false,
      errors: { form: `${email} already has a Mavio account. Sign in to accept the invitation.` },
    });
    expect(await counts()).toEqual(before);
    expect(await findInvitationByToken(token)).toMatchObject({ status: "pending" });
  });
});
