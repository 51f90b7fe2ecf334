"use client";

import { useState } from "react";
import { DescribedRadioGroup } from "@/components/settings/described-radio-group";
import { DialogFormFooter } from "@/components/settings/dialog-form-footer";
import { FieldError } from "@/components/settings/field-error";
import { useFormSubmission } from "@/components/settings/use-form-submission";
import { DialogDescription, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { FormError } from "@/components/ui/form-error";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { toast } from "@/components/ui/toaster";
import type { Role } from "@/lib/generated/prisma/enums";
import { parseInviteMemberForm, type InviteMemberField } from "@/lib/teams/invitations/schemas";
import { assignableRoles } from "@/lib/teams/members/member-rules";
import { ROLE_OPTIONS } from "@/lib/teams/members/roles";
import { inviteMemberAction } from "../invitation-actions";

const EMAIL_ID = "invite-email";
const ROLE_ID = "invite-role";
const FOCUS_ORDER: [InviteMemberField, string][] = [
  ["email", EMAIL_ID],
  ["role", `${ROLE_ID}-member`],
];
const UNEXPECTED_ERROR = "Something went wrong on our side and the invitation was not sent. Try again in a moment.";

/** Email and role; owners are offered only to owners. */
export function InviteMemberForm({ viewerRole, onInvited }: { viewerRole: Role; onInvited: () => void }) {
  const [email, setEmail] = useState("");
  const [role, setRole] = useState<Role>("member");
  const offered = assignableRoles(viewerRole);
  const options = ROLE_OPTIONS.filter((option) => offered.includes(option.value));
  const { errors, formError, pending, submit, recheck } = useFormSubmission({
    parse: parseInviteMemberForm,
    action: inviteMemberAction,
    onSuccess: (result) => {
      onInvited();
      if (result.emailSent) {
        toast.success(`Invitation sent to ${result.email}`, { description: "The link in it works for 7 days." });
      } else {
        toast.warning("Invitation saved, but the email could not be sent", {
          description: `Try Resend for ${result.email} under Pending invitations in a minute.`,
        });
      }
    },
    focusOrder: FOCUS_ORDER,
    unexpectedError: UNEXPECTED_ERROR,
  });

  return (
    <form
      noValidate
      className="grid gap-5"
      onSubmit={(event) => {
        event.preventDefault();
        submit({ email, role });
      }}
    >
      <DialogHeader>
        <DialogTitle>Invite people</DialogTitle>
        <DialogDescription>
          We email them a link to join this team. It works once, for 7 days, whether or not they already have a Mavio
          account.
        </DialogDescription>
      </DialogHeader>
      <FormError message={formError} />
      <div className="grid gap-2">
        <Label htmlFor={EMAIL_ID}>Email</Label>
        <Input
          id={EMAIL_ID}
          type="email"
          value={email}
          onChange={(event) => {
            setEmail(event.target.value);
            recheck({ email: event.target.value, role });
          }}
          placeholder="name@company.com"
          autoComplete="off"
          autoFocus
          required
          aria-invalid={errors.email ? true : undefined}
          aria-describedby={errors.email ? `${EMAIL_ID}-error` : undefined}
        />
        <FieldError id={`${EMAIL_ID}-error`} message={errors.email} />
      </div>
      <div className="grid gap-3">
        <span id={`${ROLE_ID}-label`} className="text-sm leading-none font-medium">
          Role
        </span>
        <DescribedRadioGroup
          options={options}
          value={role}
          onValueChange={(next) => {
            setRole(next);
            recheck({ email, role: next });
          }}
          idPrefix={ROLE_ID}
          labelledBy={`${ROLE_ID}-label`}
          describedBy={errors.role ? `${ROLE_ID}-error` : undefined}
        />
        <FieldError id={`${ROLE_ID}-error`} message={errors.role} />
      </div>
      <DialogFormFooter pending={pending} submitLabel="Send invitation" pendingLabel="Sending…" />
    </form>
  );
}
