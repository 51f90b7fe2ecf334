"use client";

import { useState } from "react";
import { DescribedRadioGroup } from "@/components/settings/described-radio-group";
import { DialogFormFooter } from "@/components/settings/dialog-form-footer";
import { FieldError } from "@/components/settings/field-error";
import type { MenuDialogProps } from "@/components/settings/menu-dialog-props";
import { useFormSubmission } from "@/components/settings/use-form-submission";
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { FormError } from "@/components/ui/form-error";
import { toast } from "@/components/ui/toaster";
import type { Role } from "@/lib/generated/prisma/enums";
import { parseChangeRoleForm } from "@/lib/teams/members/member-forms";
import type { MemberRowSummary } from "@/lib/teams/members/member-row";
import { ONLY_OWNERS_MAKE_OWNERS } from "@/lib/teams/members/member-rules";
import { ROLE_OPTIONS, roleWithArticle } from "@/lib/teams/members/roles";
import { changeMemberRoleAction } from "../actions";

const UNEXPECTED_ERROR = "Something went wrong on our side and the role was not changed. Try again in a moment.";

export function ChangeRoleDialog({
  member,
  open,
  onOpenChange,
  onCloseAutoFocus,
}: MenuDialogProps & { member: MemberRowSummary }) {
  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogContent className="sm:max-w-md" onCloseAutoFocus={onCloseAutoFocus}>
        {/* Mounted per opening, so the choice starts from the member's current role. */}
        {open ? <ChangeRoleForm member={member} onDone={() => onOpenChange(false)} /> : null}
      </DialogContent>
    </Dialog>
  );
}

function ChangeRoleForm({ member, onDone }: { member: MemberRowSummary; onDone: () => void }) {
  const [role, setRole] = useState<Role>(member.role);
  const options = ROLE_OPTIONS.filter((option) => member.assignableRoles.includes(option.value));
  const firstOptionId = `change-role-${options[0]?.value}`;
  const { errors, formError, pending, submit } = useFormSubmission({
    parse: parseChangeRoleForm,
    action: changeMemberRoleAction,
    onSuccess: () => {
      onDone();
      toast.success("Role changed", { description: `${member.name} is now ${roleWithArticle(role)}.` });
    },
    focusOrder: [["role", firstOptionId]],
    unexpectedError: UNEXPECTED_ERROR,
  });

  return (
    <form
      noValidate
      className="grid gap-5"
      onSubmit={(event) => {
        event.preventDefault();
        if (role === member.role) return onDone();
        submit({ membershipId: member.id, role });
      }}
    >
      <DialogHeader>
        <DialogTitle>{member.isYou ? "Change your role" : <>Change {member.name}&apos;s role</>}</DialogTitle>
        <DialogDescription>
          {member.isYou
            ? "If you step down, you cannot raise yourself again: an owner would have to."
            : `${member.name} (${member.email}) gets the new role's access at once.`}
        </DialogDescription>
      </DialogHeader>
      <FormError message={formError} />
      <div className="grid gap-3">
        <span id="change-role-label" className="text-sm font-medium">
          Role
        </span>
        <DescribedRadioGroup
          options={options}
          value={role}
          onValueChange={setRole}
          idPrefix="change-role"
          labelledBy="change-role-label"
          describedBy={errors.role ? "change-role-error" : undefined}
          disabled={pending}
        />
        {member.assignableRoles.includes("owner") ? null : (
          <p className="text-xs text-muted-foreground">{ONLY_OWNERS_MAKE_OWNERS}</p>
        )}
        <FieldError id="change-role-error" message={errors.role} />
      </div>
      <DialogFormFooter pending={pending} submitLabel="Change role" pendingLabel="Changing…" />
    </form>
  );
}
