import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { FieldError } from "@/components/settings/field-error";

/** The key's Name field with its hint and its message, as the create and rename dialogs show it. */
export function KeyNameField({
  id,
  value,
  onChange,
  error,
  hint,
  placeholder,
}: {
  id: string;
  value: string;
  onChange: (name: string) => void;
  error?: string;
  hint: React.ReactNode;
  placeholder?: string;
}) {
  return (
    <div className="grid gap-2">
      <Label htmlFor={id}>Name</Label>
      <Input
        id={id}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        placeholder={placeholder}
        autoComplete="off"
        required
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-hint ${id}-error` : `${id}-hint`}
      />
      <p id={`${id}-hint`} className="text-sm text-muted-foreground">
        {hint}
      </p>
      <FieldError id={`${id}-error`} message={error} />
    </div>
  );
}
