import { describe, expect, it } from "vitest";
import { safeCallbackUrl, DEFAULT_LANDING } from "@/lib/auth/callback-url";
import { fieldErrors, signInSchema, signUpSchema } from "@/lib/validations/auth";

describe("sign-up validation", () => {
  it("normalises email and accepts a good submission", () => {
    expect(
      signUpSchema.parse({ name: " Ada Lovelace ", email: " Ada@Example.COM ", password: "correct horse" }),
    ).toEqual({
      name: "Ada Lovelace",
      email: "ada@example.com",
      password: "correct horse",
    });
  });

  it("explains each bad field in words a person can act on", () => {
    const result = signUpSchema.safeParse({ name: "", email: "not-an-email", password: "short" });
    expect(result.success).toBe(false);
    expect(fieldErrors(result.error!)).toEqual({
      name: "Enter your name",
      email: "Enter a valid email address",
      password: "Use at least 10 characters",
    });
  });

  it("requires both sign-in fields", () => {
    const result = signInSchema.safeParse({ email: "a@b.co", password: "" });
    expect(fieldErrors(result.error!)).toEqual({ password: "Enter your password" });
  });
});

describe("callback URLs after sign-in", () => {
  it("keeps same-site paths", () => {
    expect(safeCallbackUrl("/settings/members?x=1")).toBe("/settings/members?x=1");
  });

  it("keeps a path's query and fragment", () => {
    expect(safeCallbackUrl(["/settings/developer/api-keys?status=revoked#audit", "/ignored"])).toBe(
      "/settings/developer/api-keys?status=revoked#audit",
    );
  });

  it.each([
    "https://evil.example",
    "//evil.example",
    "/\\evil.example",
    "/\t/127.0.0.1:8911/phish",
    "/\n/evil.example",
    "/\r\n/evil.example",
    "/\u000b/evil.example",
    "/settings\r\nSet-Cookie: x=1",
    "/ /evil.example",
    "/\u0000/evil.example",
    "/\u00a0/evil.example",
    "javascript:alert(1)",
    undefined,
    "",
  ])("sends %j to the default landing page", (value) => {
    expect(safeCallbackUrl(value)).toBe(DEFAULT_LANDING);
  });
});
