import { Badge } from "@/components/ui/badge";

/** "GET /meetings/{id}": the method as a badge, the route template as code. */
export function EndpointLabel({ method, route }: { method: string; route: string }) {
  return (
    <span className="inline-flex items-center gap-2 whitespace-nowrap">
      <Badge variant="outline" className="w-14 justify-center font-mono text-[11px]">
        {method}
      </Badge>
      <code className="font-mono text-xs">{route}</code>
    </span>
  );
}
