"use client";

import { useState } from "react";
import { FormField } from "@/components/auth/form-field";
import { useFormSubmission } from "@/components/settings/use-form-submission";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/form-error";
import { parseTeamNameForm } from "@/lib/teams/team-settings-schemas";
import { createTeamAction } from "../actions";

const NAME_ID = "team-name";
const UNEXPECTED_ERROR = "Something went wrong on our side and the team was not created. Try again in a moment.";

/** The new team's name, suggested; on success the server opens the team. */
export function CreateTeamForm({ suggestedName }: { suggestedName: string }) {
  const [name, setName] = useState(suggestedName);
  const { errors, formError, pending, submit, recheck } = useFormSubmission({
    parse: parseTeamNameForm,
    action: createTeamAction,
    onSuccess: () => {},
    focusOrder: [["name", NAME_ID]],
    unexpectedError: UNEXPECTED_ERROR,
  });

  return (
    <form
      noValidate
      className="grid gap-4"
      onSubmit={(event) => {
        event.preventDefault();
        submit({ name });
      }}
    >
      <FormError message={formError} />
      <FormField
        id={NAME_ID}
        label="Team name"
        value={name}
        onChange={(event) => {
          setName(event.target.value);
          recheck({ name: event.target.value });
        }}
        autoComplete="organization"
        required
        error={errors.name}
      />
      <Button type="submit" disabled={pending} className="w-full">
        {pending ? "Creating the team…" : "Create team"}
      </Button>
    </form>
  );
}
