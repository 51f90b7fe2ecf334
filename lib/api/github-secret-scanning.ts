import type { NextRequest } from "next/server";
import { env } from "@/lib/env";
import { clientIp } from "@/lib/http/client-ip";
import { everyMethod, methodNotAllowed } from "@/lib/http/methods";
import { githubPublicKeys } from "@/lib/secret-scanning/github-public-keys";
import { reportExposedTokens } from "@/lib/secret-scanning/report-exposures";
import { githubAlertSchema } from "@/lib/secret-scanning/schemas";
import { verifyGitHubSignature } from "@/lib/secret-scanning/verify-github-signature";
import { parseJsonBody, readBody } from "./parse-request";
import { problemResponse, toApiError } from "./problem-response";
import { requestIdFor } from "./request-id";

type Handler = (request: NextRequest) => Promise<Response>;

/** Never cached, always a request id, and every refusal as problem+json. */
function answering(handle: Handler): Handler {
  return async (request) => {
    const requestId = requestIdFor(request.headers.get("x-request-id"));
    const headers = { "Cache-Control": "no-store", "X-Request-Id": requestId };
    try {
      const response = await handle(request);
      for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
      return response;
    } catch (error) {
      return problemResponse(toApiError(error, requestId), requestId, headers);
    }
  };
}

/**
 * GitHub's secret scanning partner endpoint: a signed JSON array of matches in, one
 * feedback entry per token out. Nothing is read from the body until its signature checks
 * out; every refusal is a problem+json 4xx (503 while GitHub's keys cannot be fetched) and
 * changes nothing.
 */
async function receiveGitHubAlert(request: NextRequest): Promise<Response> {
  const body = await readBody(request);
  await verifyGitHubSignature(
    githubPublicKeys(),
    body,
    request.headers.get("github-public-key-identifier"),
    request.headers.get("github-public-key-signature"),
  );
  const matches = parseJsonBody(body, githubAlertSchema);
  const feedback = await reportExposedTokens(matches, {
    reporter: "github",
    ip: clientIp(request.headers, env().TRUSTED_PROXY_HOPS),
    userAgent: request.headers.get("user-agent"),
  });
  return Response.json(feedback);
}

/** The route's handlers: POST, and 405 for every other method. */
export const githubAlertRoute = everyMethod<Handler>({ POST: answering(receiveGitHubAlert) }, (allowed) =>
  answering(async (request) => {
    throw methodNotAllowed(request.method, allowed);
  }),
);
