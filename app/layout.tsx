import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import "./globals.css";
import { DemoNotice } from "@/components/demo-notice";
import { SiteHeader } from "@/components/site-header";
import { getCurrentUser } from "@/lib/auth/guard";

export const metadata: Metadata = {
  title: { default: "Study from Articles", template: "%s · Study from Articles" },
  description: "Turn an article into flashcards and quizzes, review with spaced repetition, assign quizzes to classes.",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default async function RootLayout({ children }: { children: ReactNode }) {
  const user = await getCurrentUser();
  return (
    <html lang="en">
      <body className="min-h-screen">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:p-2">
          Skip to content
        </a>
        <DemoNotice />
        <SiteHeader user={user} />
        <main id="main" className="mx-auto w-full max-w-5xl px-4 py-6">
          {children}
        </main>
      </body>
    </html>
  );
}
