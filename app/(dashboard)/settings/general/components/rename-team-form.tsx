"use client";

import { useState } from "react";
import { FieldError } from "@/components/settings/field-error";
import { useFormSubmission } from "@/components/settings/use-form-submission";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/form-error";
import { Input } from "@/components/ui/input";
import { toast } from "@/components/ui/toaster";
import { parseTeamNameForm } from "@/lib/teams/team-settings-schemas";
import { renameTeamAction } from "../actions";

const UNEXPECTED_ERROR = "Something went wrong on our side and the team was not renamed. Try again in a moment.";

/** The team's name as a small form for owners and admins; `id` is the input's, for the page's "Name" label. */
export function RenameTeamForm({ id, saved }: { id: string; saved: string }) {
  const [name, setName] = useState(saved);
  const { errors, formError, pending, submit, recheck } = useFormSubmission({
    parse: parseTeamNameForm,
    action: renameTeamAction,
    onSuccess: (result) => {
      setName(result.name);
      toast.success("Team renamed", { description: `The team is now called “${result.name}”.` });
    },
    focusOrder: [["name", id]],
    unexpectedError: UNEXPECTED_ERROR,
  });
  const unchanged = name.trim() === saved;

  return (
    <form
      noValidate
      className="grid max-w-md gap-2"
      onSubmit={(event) => {
        event.preventDefault();
        submit({ name });
      }}
    >
      <div className="flex gap-2">
        <Input
          id={id}
          value={name}
          onChange={(event) => {
            setName(event.target.value);
            recheck({ name: event.target.value });
          }}
          autoComplete="organization"
          required
          aria-invalid={errors.name ? true : undefined}
          aria-describedby={errors.name ? `${id}-error` : undefined}
          className="font-normal"
        />
        <Button type="submit" variant="outline" disabled={pending || unchanged}>
          {pending ? "Saving…" : "Save"}
        </Button>
      </div>
      <FieldError id={`${id}-error`} message={errors.name} />
      <FormError message={formError} />
    </form>
  );
}
