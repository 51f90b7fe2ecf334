import type { EmailContent } from "./send-email";

export interface ComposedEmail {
  subject: string;
  text: string;
  html: string;
}

const HTML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => HTML_ESCAPES[character]);
}

/** The URL as given, once it is known to be http(s): a `javascript:` link must never reach a mailbox. */
function checkedLink(url: string): string {
  const protocol = URL.canParse(url) ? new URL(url).protocol : "unparsable";
  // The protocol only: the rest of the URL may hold a token.
  if (protocol !== "http:" && protocol !== "https:")
    throw new TypeError(`Email links must be http(s), not ${protocol}`);
  return url;
}

const FONT = "font-family:-apple-system,BlinkMacSystemFont,'Segoe UI',Helvetica,Arial,sans-serif";

function composeHtml(content: EmailContent, url: string): string {
  const paragraph = (text: string, style = "margin:0 0 16px;font-size:16px;line-height:24px;color:#111827") =>
    `<p style="${style}">${escapeHtml(text)}</p>`;
  const href = escapeHtml(url);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(content.subject)}</title>
</head>
<body style="margin:0;padding:0;background:#f3f4f6;${FONT}">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f3f4f6">
<tr><td align="center" style="padding:32px 16px">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="max-width:560px;background:#ffffff;border-radius:8px">
<tr><td style="padding:32px">
<p style="margin:0 0 24px;font-size:20px;font-weight:700;color:#111827">Mavio</p>
${content.paragraphs.map((text) => paragraph(text)).join("\n")}
<p style="margin:24px 0 8px"><a href="${href}" style="display:inline-block;padding:12px 20px;border-radius:6px;background:#111827;color:#ffffff;font-size:16px;font-weight:600;text-decoration:none">${escapeHtml(content.action.label)}</a></p>
${paragraph(content.expiry, "margin:0 0 24px;font-size:14px;line-height:20px;color:#374151")}
<p style="margin:0 0 24px;font-size:14px;line-height:20px;color:#374151">If the button does not work, open this link:<br><a href="${href}" style="color:#1d4ed8;word-break:break-all">${href}</a></p>
${paragraph(content.footnote, "margin:0;padding-top:16px;border-top:1px solid #e5e7eb;font-size:13px;line-height:20px;color:#4b5563")}
</td></tr>
</table>
</td></tr>
</table>
</body>
</html>
`;
}

function composeText(content: EmailContent, url: string): string {
  const blocks = ["Mavio", ...content.paragraphs, `${content.action.label}:\n${url}`, content.expiry, content.footnote];
  return `${blocks.join("\n\n")}\n`;
}

/** The subject and both parts of a message: plain text, and HTML with every interpolated text escaped. */
export function composeEmail(content: EmailContent): ComposedEmail {
  const url = checkedLink(content.action.url);
  return { subject: content.subject, text: composeText(content, url), html: composeHtml(content, url) };
}
