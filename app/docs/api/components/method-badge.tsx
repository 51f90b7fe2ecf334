import { cn } from "@/lib/utils";

const COLORS: Record<string, string> = {
  GET: "bg-sky-100 text-sky-900 dark:bg-sky-950 dark:text-sky-100",
  POST: "bg-emerald-100 text-emerald-900 dark:bg-emerald-950 dark:text-emerald-100",
  PUT: "bg-amber-100 text-amber-900 dark:bg-amber-950 dark:text-amber-100",
  PATCH: "bg-violet-100 text-violet-900 dark:bg-violet-950 dark:text-violet-100",
  DELETE: "bg-red-100 text-red-900 dark:bg-red-950 dark:text-red-100",
};

export function MethodBadge({ method, className }: { method: string; className?: string }) {
  return (
    <span
      className={cn(
        "inline-block w-14 rounded px-1.5 py-0.5 text-center font-mono text-[0.7rem] font-semibold",
        COLORS[method],
        className,
      )}
    >
      {method}
    </span>
  );
}
