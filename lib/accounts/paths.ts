// Where the account emails' links lead (the pages under app/(auth)).
export const VERIFY_EMAIL_PATH = "/verify-email";
export const RESET_PASSWORD_PATH = "/reset-password";
export const RESET_PASSWORD_REQUEST_PATH = "/forgot-password";
