import type { NextRequest } from "next/server";
import { parseJsonBody, readBody } from "./parse-request";
import { problemResponse, toApiError } from "./problem-response";
import { requestIdFor } from "./request-id";
import { env } from "@/lib/env";
import { clientIp } from "@/lib/http/client-ip";
import { githubPublicKeys } from "@/lib/secret-scanning/github-public-keys";
import { reportExposedTokens } from "@/lib/secret-scanning/report-exposures";
import { githubAlertSchema } from "@/lib/secret-scanning/schemas";
import { verifyGitHubSignature } from "@/lib/secret-scanning/verify-github-signature";

/**
 * GitHub's secret scanning partner endpoint: a signed JSON array of matches in, one
 * feedback entry per token out. Nothing is read from the body until its signature checks
 * out; every refusal is a problem+json 4xx (503 while GitHub's keys cannot be fetched) and
 * changes nothing.
 */
export async function receiveGitHubAlert(request: NextRequest): Promise<Response> {
  const requestId = requestIdFor(request.headers.get("x-request-id"));
  const headers = { "Cache-Control": "no-store", "X-Request-Id": requestId };
  try {
    const identifier = request.headers.get("github-public-key-identifier");
    const signature = request.headers.get("github-public-key-signature");
    const body = await readBody(request);
    await verifyGitHubSignature(githubPublicKeys(), body, identifier, signature);
    const matches = parseJsonBody(body, githubAlertSchema);
    const feedback = await reportExposedTokens(matches, {
      reporter: "github",
      ip: clientIp(request.headers, env().TRUSTED_PROXY_HOPS),
      userAgent: request.headers.get("user-agent"),
    });
    return Response.json(feedback, { headers });
  } catch (error) {
    return problemResponse(toApiError(error, requestId), requestId, headers);
  }
}
