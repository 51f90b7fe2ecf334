import { DomainError } from "@/lib/errors/domain-error";

/** Input that passed the schema but breaks a rule that needs the database to check. */
export class KeyRuleError extends DomainError {
  constructor(field: string, message: string) {
    super("validation_failed", message, { fieldErrors: [{ field, message }] });
  }
}

export class KeyNotFoundError extends DomainError {
  constructor() {
    super("not_found", "This key does not exist or belongs to another team.");
  }
}
