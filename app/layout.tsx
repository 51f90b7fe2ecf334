import type { Metadata } from "next";
import { GeistMono } from "geist/font/mono";
import { GeistSans } from "geist/font/sans";
import { Toaster } from "@/components/ui/toaster";
import { requestNonce } from "@/lib/security/request-nonce";
import { THEME_SCRIPT } from "@/lib/theme/theme-script";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Mavio", template: "%s · Mavio" },
  description: "Mavio records your meetings and turns them into transcripts, notes and action items.",
};

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const nonce = await requestNonce();
  return (
    // The head script adds `dark` to <html> before React hydrates: that difference is expected.
    <html lang="en" className={`${GeistSans.variable} ${GeistMono.variable}`} suppressHydrationWarning>
      <head>
        <script nonce={nonce} dangerouslySetInnerHTML={{ __html: THEME_SCRIPT }} />
      </head>
      <body className="min-h-dvh bg-background font-sans text-foreground antialiased">
        {children}
        <Toaster />
      </body>
    </html>
  );
}
