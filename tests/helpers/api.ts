import { NextRequest } from "next/server";

type RouteHandler = (
  request: NextRequest,
  route: { params: Promise<Record<string, string | string[]>> },
) => Promise<Response>;

/** Calls a route handler the way Next does, with a real Request and the route's params. */
export async function callRoute(
  handler: RouteHandler,
  path: string,
  options: {
    method?: string;
    key?: string | null;
    headers?: Record<string, string>;
    body?: string;
    params?: Record<string, string | string[]>;
    ip?: string;
  } = {},
): Promise<Response> {
  const headers = new Headers(options.headers);
  if (options.key) headers.set("authorization", `Bearer ${options.key}`);
  headers.set("x-forwarded-for", options.ip ?? headers.get("x-forwarded-for") ?? "192.0.2.10");
  const request = new NextRequest(`http://localhost:3000/api/v1${path}`, {
    method: options.method ?? "GET",
    headers,
    body: options.body,
  });
  return handler(request, { params: Promise.resolve(options.params ?? {}) });
}
