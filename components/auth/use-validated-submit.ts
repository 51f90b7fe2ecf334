"use client";

import { useState } from "react";
import type { z } from "zod";
import { fieldErrors } from "@/lib/validations/auth";

export type FormErrors = Record<string, string>;

/**
 * Form state for the auth forms: validate with the shared schema, then `submit`, which
 * returns field (or `form`) errors to show, or nothing when it succeeded and navigated.
 */
export function useValidatedSubmit<T>(
  schema: z.ZodType<T>,
  submit: (values: T) => Promise<FormErrors | void>,
  initialErrors: FormErrors = {},
) {
  const [errors, setErrors] = useState<FormErrors>(initialErrors);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = schema.safeParse(Object.fromEntries(new FormData(event.currentTarget)));
    if (!parsed.success) return setErrors(fieldErrors(parsed.error));
    setPending(true);
    setErrors({});
    let problems: FormErrors | void;
    try {
      problems = await submit(parsed.data);
    } catch {
      problems = { form: "Something went wrong on our side. Try again in a moment." };
    }
    if (problems) {
      setErrors(problems);
      setPending(false);
    }
  }

  return { errors, pending, onSubmit };
}
