"use client";

import { CircleAlert } from "lucide-react";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

/** What a section's error.tsx shows: nothing technical, a reference for support, and a retry. */
export function LoadError({
  title,
  reassurance,
  error,
  retry,
}: {
  title: string;
  /** What still works despite the error, e.g. "Your keys are unaffected". */
  reassurance: string;
  error: unknown;
  retry: () => void;
}) {
  const digest = error instanceof Error && "digest" in error ? String(error.digest) : null;
  return (
    <Alert variant="destructive" className="max-w-xl">
      <CircleAlert aria-hidden="true" />
      <AlertTitle>{title}</AlertTitle>
      <AlertDescription>
        <p>Something went wrong on our side. {reassurance}; try again in a moment.</p>
        {digest ? <p className="text-xs">Reference: {digest}</p> : null}
        <Button variant="outline" size="sm" className="mt-2" onClick={() => retry()}>
          Try again
        </Button>
      </AlertDescription>
    </Alert>
  );
}
