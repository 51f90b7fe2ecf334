import { unstable_rethrow } from "next/navigation";
import { useState, useTransition } from "react";
import type { FormFailure } from "@/lib/forms/results";

/**
 * Next carries out a server action's `redirect()` by rejecting the call while the router
 * navigates, so such a rejection means the action succeeded. `unstable_rethrow` is the
 * public way to recognise Next's own control-flow errors.
 */
function isRedirect(error: unknown): boolean {
  try {
    unstable_rethrow(error);
    return false;
  } catch {
    return true;
  }
}

/**
 * Runs a settings server action in a transition. A refusal's message becomes `formError`
 * (and goes to `onFailure` for field messages); a throw becomes `unexpectedError`, except
 * Next's redirect, which means the action succeeded and the page is being left.
 */
export function useServerAction(unexpectedError: string) {
  const [formError, setFormError] = useState<string>();
  const [pending, startTransition] = useTransition();

  function run<Field extends string, Result extends { ok: true } | FormFailure<Field>>(
    action: () => Promise<Result>,
    handlers: {
      onSuccess: (result: Extract<Result, { ok: true }>) => void;
      onFailure?: (failure: FormFailure<Field>) => void;
      onRedirect?: () => void;
    },
  ) {
    setFormError(undefined);
    startTransition(async () => {
      try {
        const result = await action();
        if (result.ok) return handlers.onSuccess(result as Extract<Result, { ok: true }>);
        const failure = result as FormFailure<Field>;
        handlers.onFailure?.(failure);
        setFormError(failure.formError);
      } catch (error) {
        if (isRedirect(error)) return handlers.onRedirect?.();
        setFormError(unexpectedError);
      }
    });
  }

  return { formError, clearFormError: () => setFormError(undefined), pending, run };
}
