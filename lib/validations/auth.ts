import { z } from "zod";
import { isCommonPassword } from "@/lib/auth/common-passwords";

// bcrypt reads only the first 72 bytes: a longer password would be checked as its first 72.
const PASSWORD_MAX_BYTES = 72;
const utf8Bytes = (value: string) => new TextEncoder().encode(value).length;

/** A new password (sign-up, and any future change-password form). */
const newPasswordField = z
  .string()
  .min(10, "Use at least 10 characters")
  .refine((password) => utf8Bytes(password) <= PASSWORD_MAX_BYTES, {
    message: `Use at most ${PASSWORD_MAX_BYTES} bytes: ${PASSWORD_MAX_BYTES} plain letters, digits and symbols, fewer with accents or emoji`,
  })
  .refine((password) => !isCommonPassword(password), {
    message: "This password is one of the most common ones. Choose one that is harder to guess.",
  });

const emailField = z
  .string()
  .trim()
  .toLowerCase()
  .max(254, "Use at most 254 characters")
  .pipe(z.email("Enter a valid email address"));

// Shared by the sign-in/sign-up forms and the server code that checks them.
export const signInSchema = z.object({
  email: emailField,
  password: z.string().min(1, "Enter your password"),
});

const nameField = z.string().trim().min(1, "Enter your name").max(100, "Use at most 100 characters");

export const signUpSchema = z.object({
  name: nameField,
  email: emailField,
  password: newPasswordField,
});

export const forgotPasswordSchema = z.object({ email: emailField });

/** The token comes from the link; the form carries it in a hidden field. */
export const resetPasswordSchema = z.object({
  token: z.string().min(1).max(100),
  password: newPasswordField,
});

// The Account page's forms.
export const profileSchema = z.object({ name: nameField });

export const changeEmailSchema = z.object({
  email: emailField,
  currentPassword: z.string().min(1, "Enter your current password").max(200),
});

export const changePasswordSchema = z.object({
  currentPassword: z.string().min(1, "Enter your current password").max(200),
  password: newPasswordField,
});

export type SignInInput = z.infer<typeof signInSchema>;
export type SignUpInput = z.infer<typeof signUpSchema>;

/** First message per field, for showing next to inputs. */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? "form");
    out[field] ??= issue.message;
  }
  return out;
}
