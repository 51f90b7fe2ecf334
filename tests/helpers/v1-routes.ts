import path from "node:path";
import { fillPath, type Operation } from "@/lib/api/v1/operation";
import { type HttpMethod } from "@/lib/http/methods";
import { callRoute } from "./api";

type RouteHandler = Parameters<typeof callRoute>[0];
type RouteModule = Partial<Record<HttpMethod, RouteHandler>>;

/** `/meetings/{id}/notes` -> `app/api/v1/meetings/[id]/notes/route.ts`. */
export function routeFileOf(template: string): string {
  const folders = template
    .split("/")
    .filter(Boolean)
    .map((segment) => segment.replace(/^\{(\w+)\}$/, "[$1]"));
  return path.join("app", "api", "v1", ...folders, "route.ts");
}

const modules = new Map<string, Promise<RouteModule>>();

/** The route module an operation is served by, loaded like Next loads it. */
export function routeModuleOf(template: string): Promise<RouteModule> {
  let loaded = modules.get(template);
  if (!loaded) {
    loaded = import(path.join(process.cwd(), routeFileOf(template))) as Promise<RouteModule>;
    modules.set(template, loaded);
  }
  return loaded;
}

export interface OperationCall {
  key?: string | null;
  params?: Record<string, string>;
  query?: Record<string, string>;
  /** JSON-encoded with Content-Type application/json; a string is sent as is. */
  body?: unknown;
  headers?: Record<string, string>;
  method?: HttpMethod;
}

/** Calls the route handler of an operation with a real NextRequest, as a client would. */
export async function callOperation(operation: Operation, call: OperationCall = {}): Promise<Response> {
  const method = call.method ?? operation.method;
  const routeModule = await routeModuleOf(operation.path);
  const handler = routeModule[method];
  if (!handler) throw new Error(`${routeFileOf(operation.path)} exports no ${method}`);
  const params = call.params ?? {};
  const search = call.query ? `?${new URLSearchParams(call.query)}` : "";
  const headers: Record<string, string> = { ...call.headers };
  let body: string | undefined;
  if (call.body !== undefined) {
    body = typeof call.body === "string" ? call.body : JSON.stringify(call.body);
    headers["content-type"] ??= "application/json";
  }
  return callRoute(handler, `${fillPath(operation.path, params)}${search}`, {
    method,
    key: call.key,
    headers,
    body,
    params,
  });
}
