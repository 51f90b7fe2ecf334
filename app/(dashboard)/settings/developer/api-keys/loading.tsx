import { ListPageSkeleton } from "@/components/settings/list-page-skeleton";
import { Skeleton } from "@/components/ui/skeleton";

export default function Loading() {
  return (
    <ListPageSkeleton
      label="Loading API keys…"
      actionClassName="w-40"
      firstHeaderClassName="w-16"
      rowCount={4}
      row={
        <>
          <div className="grid gap-1.5">
            <Skeleton className="h-4 w-36" />
            <Skeleton className="h-3 w-28" />
          </div>
          <Skeleton className="hidden h-5 w-40 md:block" />
          <Skeleton className="hidden h-4 w-20 lg:block" />
          <Skeleton className="hidden h-4 w-20 lg:block" />
        </>
      }
    >
      <div className="grid gap-3">
        <Skeleton className="h-5 w-24" />
        <Skeleton className="h-40 w-full" />
      </div>
    </ListPageSkeleton>
  );
}
