import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import "./globals.css";
import { SessionRenewal } from "@/components/auth/session-renewal";
import { DemoNotice } from "@/components/demo-notice";
import { SiteHeader } from "@/components/site-header";
import { TimeZoneCookie } from "@/components/time-zone-cookie";
import { getCurrentUser } from "@/lib/auth/guard";
import { learnerTimeZone } from "@/lib/data/learner-time-zone";

export const metadata: Metadata = {
  title: { default: "Study from Articles", template: "%s · Study from Articles" },
  description: "Turn an article into flashcards and quizzes, review with spaced repetition, assign quizzes to classes.",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default async function RootLayout({ children }: { children: ReactNode }) {
  const [user, timeZone] = await Promise.all([getCurrentUser(), learnerTimeZone()]);
  return (
    <html lang="en">
      <body className="min-h-screen">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:p-2">
          Skip to content
        </a>
        <TimeZoneCookie countedIn={timeZone} />
        {user ? <SessionRenewal /> : null}
        <DemoNotice />
        <SiteHeader user={user} />
        <main id="main" className="mx-auto w-full max-w-5xl px-4 py-6">
          {children}
        </main>
      </body>
    </html>
  );
}
