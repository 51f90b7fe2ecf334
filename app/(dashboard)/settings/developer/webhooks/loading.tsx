import { ListPageSkeleton } from "@/components/settings/list-page-skeleton";
import { Skeleton } from "@/components/ui/skeleton";

export default function Loading() {
  return (
    <ListPageSkeleton
      label="Loading webhook endpoints…"
      actionClassName="w-36"
      firstHeaderClassName="w-20"
      rowCount={3}
      row={
        <>
          <div className="grid gap-1.5">
            <Skeleton className="h-4 w-56" />
            <Skeleton className="h-3 w-32" />
          </div>
          <Skeleton className="hidden h-5 w-48 md:block" />
        </>
      }
    />
  );
}
