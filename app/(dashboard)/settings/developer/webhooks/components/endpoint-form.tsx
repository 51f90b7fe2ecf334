"use client";

import { useState } from "react";
import { DialogDescription, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { FormError } from "@/components/ui/form-error";
import { DialogFormFooter } from "@/components/settings/dialog-form-footer";
import { WEBHOOK_EVENTS } from "@/lib/webhooks/events";
import {
  parseEndpointForm,
  urlProblem,
  usesPlainHttp,
  type EndpointField,
  type EndpointFormValues,
} from "@/lib/webhooks/form";
import { FieldError } from "@/components/settings/field-error";
import { EventPicker, eventInputId } from "./event-picker";
import { useFormSubmission } from "@/components/settings/use-form-submission";
import type { FormFailure } from "@/lib/forms/results";

const UNEXPECTED_ERROR = "Something went wrong on our side and nothing was saved. Try again in a moment.";

export const EMPTY_ENDPOINT_FORM: EndpointFormValues = { url: "", description: "", enabled_events: [] };

/**
 * URL, description and events, for "Add endpoint" and "Edit endpoint". Checks in the
 * browser with the server's schemas; what only the server can tell (the address the URL
 * resolves to) comes back from `submit` and lands next to its field.
 */
export function EndpointForm<Result extends { ok: true } | FormFailure<EndpointField>>({
  idPrefix,
  title,
  description,
  initial,
  submitLabel,
  pendingLabel,
  submit,
  onSaved,
}: {
  idPrefix: string;
  title: string;
  description: React.ReactNode;
  initial: EndpointFormValues;
  submitLabel: string;
  pendingLabel: string;
  submit: (values: EndpointFormValues) => Promise<Result>;
  onSaved: (result: Extract<Result, { ok: true }>) => void;
}) {
  const [values, setValues] = useState<EndpointFormValues>(initial);
  const urlId = `${idPrefix}-url`;
  const descriptionId = `${idPrefix}-description`;
  const {
    errors,
    setErrors,
    formError,
    attempted,
    pending,
    submit: submitForm,
  } = useFormSubmission({
    parse: parseEndpointForm,
    action: submit,
    onSuccess: onSaved,
    focusOrder: [
      ["url", urlId],
      ["description", descriptionId],
      ["enabled_events", eventInputId(idPrefix, WEBHOOK_EVENTS[0].type)],
    ],
    unexpectedError: UNEXPECTED_ERROR,
  });

  // After a first attempt, messages follow the fields as the person fixes them.
  function change(changes: Partial<EndpointFormValues>) {
    const next = { ...values, ...changes };
    setValues(next);
    if (!attempted) {
      // Before it, only clear a URL message the person is fixing.
      if ("url" in changes && errors.url) setErrors({ ...errors, url: urlProblem(next.url) });
      return;
    }
    const parsed = parseEndpointForm(next);
    // Keep a server-only URL message (an SSRF refusal) until the URL changes.
    const keepUrl = !("url" in changes) && errors.url && !urlProblem(next.url) ? { url: errors.url } : {};
    setErrors(parsed.success ? keepUrl : { ...keepUrl, ...parsed.fieldErrors });
  }

  const urlDescribedBy = [
    `${urlId}-hint`,
    usesPlainHttp(values.url) && !errors.url ? `${urlId}-http` : null,
    errors.url ? `${urlId}-error` : null,
  ]
    .filter(Boolean)
    .join(" ");

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        submitForm(values);
      }}
      noValidate
      className="grid gap-6"
    >
      <DialogHeader>
        <DialogTitle>{title}</DialogTitle>
        <DialogDescription>{description}</DialogDescription>
      </DialogHeader>

      <FormError message={formError} />

      <div className="grid gap-2">
        <Label htmlFor={urlId}>Endpoint URL</Label>
        <Input
          id={urlId}
          type="url"
          inputMode="url"
          value={values.url}
          onChange={(event) => change({ url: event.target.value })}
          onBlur={() => {
            if (values.url.trim())
              setErrors((current) => ({
                ...current,
                url: current.url && !urlProblem(values.url) ? current.url : urlProblem(values.url),
              }));
          }}
          placeholder="https://example.com/webhooks"
          autoComplete="off"
          spellCheck={false}
          required
          aria-invalid={errors.url ? true : undefined}
          aria-describedby={urlDescribedBy}
        />
        <p id={`${urlId}-hint`} className="text-sm text-muted-foreground">
          Mavio sends a POST request with a JSON body to this URL for every event you choose. Use https, and a URL that
          only this integration knows.
        </p>
        {usesPlainHttp(values.url) && !errors.url ? (
          <p id={`${urlId}-http`} className="text-sm text-warning-foreground">
            This URL uses plain http: event data travels unencrypted. Use https outside local testing.
          </p>
        ) : null}
        <FieldError id={`${urlId}-error`} message={errors.url} />
      </div>

      <div className="grid gap-2">
        <Label htmlFor={descriptionId}>
          Description <span className="font-normal text-muted-foreground">(optional)</span>
        </Label>
        <Input
          id={descriptionId}
          value={values.description}
          onChange={(event) => change({ description: event.target.value })}
          placeholder="e.g. “Sync action items to our tracker”"
          autoComplete="off"
          maxLength={500}
          aria-invalid={errors.description ? true : undefined}
          aria-describedby={errors.description ? `${descriptionId}-error` : undefined}
        />
        <FieldError id={`${descriptionId}-error`} message={errors.description} />
      </div>

      <EventPicker
        idPrefix={idPrefix}
        value={values.enabled_events}
        onChange={(next) => change({ enabled_events: next })}
        error={errors.enabled_events}
      />

      <DialogFormFooter pending={pending} submitLabel={submitLabel} pendingLabel={pendingLabel} sticky />
    </form>
  );
}
