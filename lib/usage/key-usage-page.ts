import { db } from "@/lib/db";
import { getKeyUsage, type UsageRange } from "./queries";
import { listLoggedRequests, type RequestLogFilters } from "./request-log-query";

/** The key, if it belongs to the team being viewed (anything else is a 404, not a 403). */
function findTeamKey(teamId: string, keyId: string) {
  return db.apiKey.findFirst({
    where: { id: keyId, teamId },
    select: { id: true, name: true, last4: true, scopes: true, expiresAt: true, revokedAt: true, lastUsedAt: true },
  });
}

/** Everything the usage page of one key shows, or null when the team has no such key. */
export async function loadKeyUsagePage(
  teamId: string,
  keyId: string,
  view: { range: UsageRange; logFilters: RequestLogFilters; timeZone: string; now?: Date },
) {
  const now = view.now ?? new Date();
  const key = await findTeamKey(teamId, keyId);
  if (!key) return null;
  const [usage, log, endpoints] = await Promise.all([
    getKeyUsage(key.id, view.range, now, view.timeZone),
    listLoggedRequests(key.id, view.logFilters),
    db.usageEndpoint.findMany({
      where: { keyId: key.id },
      select: { method: true, route: true },
      orderBy: [{ route: "asc" }, { method: "asc" }],
    }),
  ]);
  return { now, key, usage, log, endpoints: endpoints.map((endpoint) => `${endpoint.method} ${endpoint.route}`) };
}
