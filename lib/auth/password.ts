import bcrypt from "bcryptjs";

const COST = 12;
// Compared against when the email is unknown, so a wrong email and a wrong password take
// the same time and sign-in does not reveal which accounts exist.
const DUMMY_HASH = bcrypt.hashSync("mavio-timing-equaliser", COST);

export function hashPassword(password: string): Promise<string> {
  return bcrypt.hash(password, COST);
}

export async function verifyPassword(password: string, hash: string | null | undefined): Promise<boolean> {
  const matches = await bcrypt.compare(password, hash ?? DUMMY_HASH);
  return Boolean(hash) && matches;
}
