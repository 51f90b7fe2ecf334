import { useState } from "react";
import type { FieldErrors, FormFailure } from "@/lib/forms/results";
import { useServerAction } from "./use-server-action";

/**
 * How the settings dialogs submit: check in the browser with the server's schemas, then
 * call the server action; refusals land next to their fields (the first one takes focus)
 * or above the form, and a thrown action becomes `unexpectedError`.
 */
export function useFormSubmission<Field extends string, Values, Result extends { ok: true } | FormFailure<Field>>({
  parse,
  action,
  onSuccess,
  focusOrder,
  unexpectedError,
}: {
  parse: (values: Values) => { success: true } | { success: false; fieldErrors: FieldErrors<Field> };
  action: (values: Values) => Promise<Result>;
  onSuccess: (result: Extract<Result, { ok: true }>) => void;
  /** Each field with the id of the element that takes focus when it is the first wrong one. */
  focusOrder: [Field, string][];
  unexpectedError: string;
}) {
  const [errors, setErrors] = useState<FieldErrors<Field>>({});
  const [attempted, setAttempted] = useState(false);
  const { formError, clearFormError, pending, run } = useServerAction(unexpectedError);

  function showFieldErrors(fieldErrors: FieldErrors<Field>) {
    setErrors(fieldErrors);
    const first = focusOrder.find(([field]) => fieldErrors[field]);
    if (first) document.getElementById(first[1])?.focus();
  }

  function submit(values: Values) {
    setAttempted(true);
    clearFormError();
    const parsed = parse(values);
    if (!parsed.success) return showFieldErrors(parsed.fieldErrors);
    setErrors({});
    run<Field, Result>(() => action(values), {
      onSuccess,
      onFailure: (failure) => showFieldErrors(failure.fieldErrors ?? {}),
    });
  }

  /** After a first attempt, messages follow the fields as the person fixes them. */
  function recheck(values: Values) {
    if (!attempted) return;
    const parsed = parse(values);
    setErrors(parsed.success ? {} : parsed.fieldErrors);
  }

  return { errors, setErrors, formError, attempted, pending, submit, recheck };
}
