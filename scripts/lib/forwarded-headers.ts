import type { IncomingMessage } from "node:http";

/**
 * Sets the X-Forwarded-* headers Next reads from what this server saw itself, as a proxy
 * would, so no client can choose them: the socket peer is appended to X-Forwarded-For
 * (lib/http/client-ip.ts counts trusted hops from the right), and X-Forwarded-Host is the
 * Host the request arrived with. Next's server-action origin check compares Origin with
 * X-Forwarded-Host, so a client-written pair of the two would pass it.
 */
export function setForwardedHeaders(request: IncomingMessage): void {
  const peer = request.socket.remoteAddress ?? "";
  const forwarded = request.headers["x-forwarded-for"];
  const chain = Array.isArray(forwarded) ? forwarded.join(", ") : forwarded;
  request.headers["x-forwarded-for"] = chain ? `${chain}, ${peer}` : peer;
  if (request.headers.host) request.headers["x-forwarded-host"] = request.headers.host;
  else delete request.headers["x-forwarded-host"];
}
