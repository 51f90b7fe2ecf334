import { Prisma } from "@/lib/generated/prisma/client";

const CONNECTION_FAILURES =
  /ECONNREFUSED|ECONNRESET|ETIMEDOUT|EHOSTUNREACH|Connection terminated|connection timeout|timeout exceeded when trying to connect|Can't reach database|server closed the connection/i;

/** True when the database could not be reached, as opposed to a query that failed. */
export function isDatabaseUnavailable(error: unknown): boolean {
  if (error instanceof Prisma.PrismaClientInitializationError) return true;
  if (
    error instanceof Prisma.PrismaClientKnownRequestError &&
    ["P1001", "P1002", "P1008", "P1017", "P2024"].includes(error.code)
  )
    return true;
  for (let current: unknown = error; current instanceof Error; current = current.cause) {
    if (
      CONNECTION_FAILURES.test(current.message) ||
      CONNECTION_FAILURES.test(String((current as { code?: unknown }).code ?? ""))
    )
      return true;
  }
  return false;
}

/** A write refused by a unique constraint (an email, a name or a key already taken). */
export function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}
