import { ListPageSkeleton } from "@/components/settings/list-page-skeleton";
import { Skeleton } from "@/components/ui/skeleton";

export default function Loading() {
  return (
    <ListPageSkeleton
      label="Loading members…"
      actionClassName="w-32"
      firstHeaderClassName="w-16"
      rowCount={4}
      row={
        <>
          <div className="grid gap-1.5">
            <Skeleton className="h-4 w-32" />
            <Skeleton className="h-3 w-40 md:hidden" />
          </div>
          <Skeleton className="hidden h-4 w-44 md:block" />
        </>
      }
    >
      <div className="grid gap-3">
        <Skeleton className="h-5 w-32" />
        <Skeleton className="h-40 w-full" />
      </div>
    </ListPageSkeleton>
  );
}
