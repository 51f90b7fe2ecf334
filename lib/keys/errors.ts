/** The caller may not manage this team's keys (members, or people outside the team). */
export class KeyPermissionError extends Error {
  constructor(message = "Only owners and admins can create, rotate or revoke API keys.") {
    super(message);
  }
}

/** Input that passed the schema but breaks a rule that needs the database to check. */
export class KeyRuleError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}

export class KeyNotFoundError extends Error {
  constructor() {
    super("This key does not exist or belongs to another team.");
  }
}
