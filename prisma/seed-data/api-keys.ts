// Demo API keys and the shape of their traffic. Secrets are generated at seed time and only
// their hashes are stored.
import type { ApiKeySeed, RequestOrigin, RouteProfile, UsageProfile } from "./types";

const OLIVIA_BROWSER: RequestOrigin = {
  ip: "198.51.100.23",
  userAgent:
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
};
const ADAM_BROWSER: RequestOrigin = {
  ip: "198.51.100.87",
  userAgent: "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0",
};
const ERIN_BROWSER: RequestOrigin = {
  ip: "203.0.113.40",
  userAgent:
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0",
};

/** 24 hourly values: `busy` from startHour to endHour (UTC, exclusive), `quiet` otherwise. */
function businessHours(startHour: number, endHour: number, busy: number, quiet: number): number[] {
  return Array.from({ length: 24 }, (_, hour) => (hour >= startHour && hour < endHour ? busy : quiet));
}

function get(
  route: string,
  weight: number,
  latencyMs: number,
  clientErrorRate = 0.01,
  serverErrorRate = 0.001,
): RouteProfile {
  return { method: "GET", route, weight, latencyMs, clientErrorRate, serverErrorRate };
}

// Polls for new meetings, notes and action items every few minutes in US business hours.
const CRM_SYNC_USAGE: UsageProfile = {
  activeMinutesByHour: businessHours(13, 23, 3, 0.3),
  weekendFactor: 0.25,
  requestsPerActiveMinute: [3, 24],
  routes: [
    get("/meetings", 28, 85),
    get("/meetings/{id}", 24, 60, 0.03), // some 404s for deleted meetings
    get("/meetings/{id}/notes", 16, 70),
    get("/notes/{id}", 8, 45, 0.02),
    get("/action-items", 18, 95, 0.015, 0.003),
    get("/action-items/{id}", 5, 40),
    get("/me", 1, 25, 0),
  ],
  // Something is enumerating meetings and probing endpoints the key has no scope for.
  spike: {
    startHoursAgo: 7,
    durationHours: 2.5,
    requestsPerMinute: [60, 120],
    routes: [
      get("/meetings/{id}", 55, 55, 0.08),
      get("/meetings", 15, 90, 0.02),
      get("/meetings/{id}/transcript", 20, 20, 1, 0), // 403: transcripts:read missing
      get("/meetings/{id}/recording/audio", 10, 20, 1, 0), // 403: recordings:read missing
    ],
  },
};

// Hourly incremental export, a nightly full export at 02:00 UTC.
const ANALYTICS_PIPELINE_USAGE: UsageProfile = {
  activeMinutesByHour: businessHours(13, 23, 1.2, 0.35).map((value, hour) => (hour === 2 ? 4 : value)),
  weekendFactor: 0.5,
  requestsPerActiveMinute: [10, 60],
  routes: [
    get("/meetings", 8, 110, 0.01),
    get("/meetings/{id}", 18, 65, 0.02),
    get("/meetings/{id}/transcript", 44, 180, 0.02, 0.004), // occasional 429 in the nightly run
    get("/meetings/{id}/transcript/segments", 30, 140, 0.015, 0.002),
  ],
};

// Globex's ERP connector, polling from their data center (Ohio and Munich business hours).
const ERP_CONNECTOR_USAGE: UsageProfile = {
  activeMinutesByHour: businessHours(6, 22, 2, 0.5),
  weekendFactor: 0.2,
  requestsPerActiveMinute: [2, 10],
  routes: [get("/meetings", 40, 95), get("/meetings/{id}", 25, 60, 0.02), get("/action-items", 35, 100, 0.01)],
};

export const API_KEYS: readonly ApiKeySeed[] = [
  {
    team: "acme",
    name: "CRM Sync",
    scopes: ["meetings:read", "notes:read", "action-items:read"],
    createdBy: "adam@acme.test",
    createdDaysAgo: 58,
    createdFrom: ADAM_BROWSER,
    expiresInDays: 32,
    usage: CRM_SYNC_USAGE,
    clientIps: ["198.51.100.23", "198.51.100.24"],
  },
  {
    team: "acme",
    name: "Analytics Pipeline",
    scopes: ["meetings:read", "transcripts:read"],
    createdBy: "olivia@acme.test",
    createdDaysAgo: 85,
    createdFrom: OLIVIA_BROWSER,
    expiresInDays: 5,
    usage: ANALYTICS_PIPELINE_USAGE,
    clientIps: ["192.0.2.41"],
  },
  {
    team: "acme",
    name: "Old Zapier Integration",
    scopes: ["meetings:read", "meetings:write", "notes:read", "action-items:read", "action-items:write"],
    createdBy: "olivia@acme.test",
    createdDaysAgo: 160,
    createdFrom: OLIVIA_BROWSER,
    expiresInDays: null,
    lastUsedDaysAgo: 47,
    revoked: {
      daysAgo: 10,
      by: "adam@acme.test",
      from: ADAM_BROWSER,
      reason: "Replaced by CRM Sync; unused since the migration.",
    },
  },
  {
    team: "globex",
    name: "ERP Connector",
    scopes: ["meetings:read", "action-items:read"],
    createdBy: "erin@globex.test",
    createdDaysAgo: 11,
    createdFrom: ERIN_BROWSER,
    expiresInDays: 79,
    ipAllowlist: ["203.0.113.0/24", "2001:db8::/32"],
    usage: ERP_CONNECTOR_USAGE,
    clientIps: ["203.0.113.24", "2001:db8::5"],
  },
];
