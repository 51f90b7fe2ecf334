import { apiRoute } from "@/lib/api/api-route";

/** A route needing meetings:write, for guard tests that precede the resource endpoints. */
export const scopeProbe = apiRoute({ scope: "meetings:write", template: "/probe" }, () => Response.json({ ok: true }));
