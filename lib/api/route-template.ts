const API_PREFIX = "/api/v1";

/**
 * The route template for usage records (`/meetings/{id}`), rebuilt from the path and the
 * route's params so no raw ids reach the rollups. A catch-all param becomes one `{name}`.
 */
export function routeTemplate(pathname: string, params: Record<string, string | string[] | undefined>): string {
  let path = pathname.slice(API_PREFIX.length) || "/";
  for (const [name, value] of Object.entries(params)) {
    if (Array.isArray(value)) {
      const joined = `/${value.map(encodeURIComponent).join("/")}`;
      if (path.endsWith(joined)) path = `${path.slice(0, path.length - joined.length)}/{${name}}`;
    }
  }
  const names = new Map<string, string>();
  for (const [name, value] of Object.entries(params)) {
    if (typeof value === "string") names.set(encodeURIComponent(value), `{${name}}`);
  }
  return path
    .split("/")
    .map((segment) => names.get(segment) ?? segment)
    .join("/");
}
