import { Skeleton } from "@/components/ui/skeleton";
import { cn } from "@/lib/utils";

/**
 * The loading state of a settings page that lists things: heading, intro and primary action,
 * then a table. Sizes are props so the skeleton matches the page it stands in for.
 */
export function ListPageSkeleton({
  label,
  actionClassName,
  firstHeaderClassName,
  rowCount,
  row,
  children,
}: {
  /** Announced to screen readers, e.g. "Loading API keys…". */
  label: string;
  /** Width of the primary action button. */
  actionClassName: string;
  /** Width of the first column's header. */
  firstHeaderClassName: string;
  rowCount: number;
  /** The cells of one row, ending with the status and the menu button. */
  row: React.ReactNode;
  /** Whatever the page shows under the table. */
  children?: React.ReactNode;
}) {
  return (
    <div className="grid gap-8" aria-busy="true">
      <span className="sr-only" role="status">
        {label}
      </span>
      <div className="flex flex-col gap-4 sm:flex-row sm:items-start sm:justify-between">
        <div className="grid gap-2">
          <Skeleton className="h-7 w-32" />
          <Skeleton className="h-4 w-full max-w-md" />
          <Skeleton className="h-4 w-64" />
        </div>
        <Skeleton className={cn("h-9", actionClassName)} />
      </div>
      <div className="divide-y rounded-lg border">
        <div className="flex h-10 items-center gap-6 px-4">
          <Skeleton className={cn("h-3", firstHeaderClassName)} />
          <Skeleton className="hidden h-3 w-16 md:block" />
          <Skeleton className="ml-auto h-3 w-12" />
        </div>
        {Array.from({ length: rowCount }, (_, index) => (
          <div key={index} className="flex items-center gap-6 px-4 py-3.5">
            {row}
            <Skeleton className="ml-auto h-5 w-16" />
            <Skeleton className="size-8" />
          </div>
        ))}
      </div>
      {children}
    </div>
  );
}
