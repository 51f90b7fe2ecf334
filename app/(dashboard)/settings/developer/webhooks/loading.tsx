import { Skeleton } from "@/components/ui/skeleton";

export default function Loading() {
  return (
    <div className="grid gap-8" aria-busy="true">
      <span className="sr-only" role="status">
        Loading webhook endpoints…
      </span>
      <div className="flex flex-col gap-4 sm:flex-row sm:items-start sm:justify-between">
        <div className="grid gap-2">
          <Skeleton className="h-7 w-32" />
          <Skeleton className="h-4 w-full max-w-md" />
          <Skeleton className="h-4 w-64" />
        </div>
        <Skeleton className="h-9 w-36" />
      </div>
      <div className="divide-y rounded-lg border">
        <div className="flex h-10 items-center gap-6 px-4">
          <Skeleton className="h-3 w-20" />
          <Skeleton className="hidden h-3 w-16 md:block" />
          <Skeleton className="ml-auto h-3 w-12" />
        </div>
        {Array.from({ length: 3 }, (_, row) => (
          <div key={row} className="flex items-center gap-6 px-4 py-3.5">
            <div className="grid gap-1.5">
              <Skeleton className="h-4 w-56" />
              <Skeleton className="h-3 w-32" />
            </div>
            <Skeleton className="hidden h-5 w-48 md:block" />
            <Skeleton className="ml-auto h-5 w-16" />
            <Skeleton className="size-8" />
          </div>
        ))}
      </div>
    </div>
  );
}
