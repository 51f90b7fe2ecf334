import { Alert, AlertDescription } from "@/components/ui/alert";

/** A refusal that belongs to the whole form rather than one field, shown above the fields. */
export function FormError({ message }: { message?: string }) {
  if (!message) return null;
  return (
    <Alert variant="destructive">
      <AlertDescription>{message}</AlertDescription>
    </Alert>
  );
}
