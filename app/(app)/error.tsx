"use client";

import Link from "next/link";
import { useEffect, useRef } from "react";

// Signed-in pages fail here, inside the site header, so the user can retry or go on elsewhere.
// The error itself stays out of the page: only the digest, which matches the server log.
export default function AppError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className="mx-auto max-w-lg py-12 text-center" role="alert">
      <h1 ref={heading} tabIndex={-1} className="text-2xl font-bold outline-none">
        This page could not be shown
      </h1>
      <p className="mt-3 text-slate-700">Your saved work is safe. Try again, or go back to your library.</p>
      {error.digest ? <p className="mt-2 text-xs text-slate-600">Reference: {error.digest}</p> : null}
      <div className="mt-6 flex flex-wrap justify-center gap-2">
        <button type="button" onClick={reset} className="min-h-11 rounded-md bg-brand-700 px-4 font-semibold text-white hover:bg-brand-800">
          Try again
        </button>
        <Link href="/" className="inline-flex min-h-11 items-center rounded-md border border-slate-300 bg-white px-4 font-semibold hover:bg-slate-100">
          Your library
        </Link>
      </div>
    </section>
  );
}
