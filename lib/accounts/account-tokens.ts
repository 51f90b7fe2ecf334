import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AccountTokenPurpose } from "@/lib/generated/prisma/enums";
import { hashLinkToken, newLinkToken } from "@/lib/security/link-token";

const HOUR_MS = 60 * 60_000;

/** How long a link works: a day to confirm an address, half an hour to reset a password. */
export const TOKEN_LIFETIME_MS: Record<AccountTokenPurpose, number> = {
  email_verification: 24 * HOUR_MS,
  password_reset: 30 * 60_000,
};

export type AccountTokenState =
  { status: "valid"; userId: string; email: string; expiresAt: Date } | { status: "expired" } | { status: "invalid" };

/**
 * A new link for the person. Only the newest link of a purpose to an address works:
 * sending another retires the earlier ones, so a forgotten email in an old inbox cannot be
 * used later. (A pending email change and the current address's confirmation stay apart.)
 */
export async function issueAccountToken(
  userId: string,
  purpose: AccountTokenPurpose,
  email: string,
): Promise<{ token: string; expiresAt: Date }> {
  const { token, tokenHash } = newLinkToken();
  const createdAt = new Date();
  const expiresAt = new Date(createdAt.getTime() + TOKEN_LIFETIME_MS[purpose]);
  await db.$transaction([
    db.accountToken.deleteMany({ where: { userId, purpose, email, usedAt: null } }),
    db.accountToken.create({ data: { userId, purpose, tokenHash, email, createdAt, expiresAt } }),
  ]);
  return { token, expiresAt };
}

/** What a link is worth, without using it (the page that shows its form). */
export async function readAccountToken(
  purpose: AccountTokenPurpose,
  token: string,
  client: Prisma.TransactionClient = db,
): Promise<AccountTokenState> {
  const row = await client.accountToken.findUnique({
    where: { tokenHash: hashLinkToken(token) },
    select: { userId: true, purpose: true, email: true, expiresAt: true, usedAt: true },
  });
  if (!row || row.purpose !== purpose || row.usedAt) return { status: "invalid" };
  if (row.expiresAt <= new Date()) return { status: "expired" };
  return { status: "valid", userId: row.userId, email: row.email, expiresAt: row.expiresAt };
}

/**
 * Uses the link, in the transaction of the change it allows: valid once, and spent only if
 * the change is saved. The conditional update is the single-use guarantee, so two clicks
 * at the same moment cannot both succeed.
 */
export async function consumeAccountToken(
  tx: Prisma.TransactionClient,
  purpose: AccountTokenPurpose,
  token: string,
): Promise<AccountTokenState> {
  const state = await readAccountToken(purpose, token, tx);
  if (state.status !== "valid") return state;
  const { count } = await tx.accountToken.updateMany({
    where: { tokenHash: hashLinkToken(token), usedAt: null },
    data: { usedAt: new Date() },
  });
  return count === 1 ? state : { status: "invalid" };
}
