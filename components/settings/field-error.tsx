/** A validation message under its field; point the field's aria-describedby at `id`. */
export function FieldError({ id, message }: { id: string; message?: string }) {
  if (!message) return null;
  return (
    <p id={id} className="text-sm whitespace-pre-line text-destructive">
      {message}
    </p>
  );
}
