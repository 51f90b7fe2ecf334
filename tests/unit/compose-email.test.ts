import { describe, expect, it } from "vitest";
import { composeEmail } from "@/lib/email/compose-email";
import type { EmailContent } from "@/lib/email/send-email";

const content: EmailContent = {
  to: "ada@example.com",
  subject: "Join Acme on Mavio",
  paragraphs: [`Grace invited you to <script>alert("x")</script> Acme's team.`, "Invitations are personal."],
  action: { label: `Accept "Acme" <now>`, url: "https://mavio.example/invitations/accept?token=tok_123&team=acme" },
  expiry: "This link works once and expires in 7 days, at 18:30 UTC on 11 December 2026.",
  footnote: "You got this because Grace typed your address. If you do not know her, ignore it.",
};

describe("composeEmail", () => {
  it("writes a plain-text and an HTML part with the paragraphs, the link, the expiry and the footnote", () => {
    const { subject, text, html } = composeEmail(content);
    expect(subject).toBe(content.subject);
    for (const part of [text, html]) {
      expect(part).toContain("Invitations are personal.");
      expect(part).toContain(content.expiry);
      expect(part).toContain("You got this because Grace typed your address.");
    }
    expect(text).toContain(`Accept "Acme" <now>:\n${content.action.url}\n`);
    expect(text).toContain(`<script>alert("x")</script>`); // plain text stays as written
  });

  it("puts the URL in HTML both as the button and as text, escaped for the attribute", () => {
    const { html } = composeEmail(content);
    const escapedUrl = "https://mavio.example/invitations/accept?token=tok_123&amp;team=acme";
    expect(html.split(`href="${escapedUrl}"`)).toHaveLength(3);
    expect(html).toContain(`>${escapedUrl}</a>`);
    expect(html).not.toContain("&team=");
  });

  it("escapes markup and quotes in paragraphs, labels, subject and footnote", () => {
    const { html } = composeEmail({ ...content, subject: "<b>Hi</b>", footnote: `It's "fine" & safe` });
    expect(html).not.toContain("<script>");
    expect(html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; Acme&#39;s team.");
    expect(html).toContain("Accept &quot;Acme&quot; &lt;now&gt;</a>");
    expect(html).toContain("<title>&lt;b&gt;Hi&lt;/b&gt;</title>");
    expect(html).toContain("It&#39;s &quot;fine&quot; &amp; safe");
  });

  it("is a complete, language-tagged document", () => {
    const { html } = composeEmail(content);
    expect(html).toMatch(/^<!doctype html>\n<html lang="en">/);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html.trimEnd()).toMatch(/<\/html>$/);
  });

  it("refuses links that are not http(s), without repeating the URL", () => {
    for (const url of ["javascript:alert(1)", "data:text/html,hi", "ftp://mavio.example/?token=tok_123", "tok_123"]) {
      const compose = () => composeEmail({ ...content, action: { label: "Open", url } });
      expect(compose, url).toThrow(/^Email links must be http\(s\), not [a-z]+:?$/);
      expect(compose, url).toThrow(TypeError);
    }
  });
});
