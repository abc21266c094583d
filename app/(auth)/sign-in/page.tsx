import Link from "next/link";
import type { Metadata } from "next";
import { SignInForm } from "@/components/auth/sign-in-form";
import { safeLocalPath } from "@/lib/safe-redirect";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[]>> }) {
  const query = await searchParams;
  const callbackUrl = safeLocalPath(query.callbackUrl);
  const error = typeof query.error === "string" ? query.error : undefined;
  return (
    <section className="mx-auto max-w-sm">
      <h1 className="mb-4 text-2xl font-bold">Sign in</h1>
      <SignInForm callbackUrl={callbackUrl} initialError={error} />
      <p className="mt-4 text-sm">
        New here?{" "}
        <Link href={`/sign-up?callbackUrl=${encodeURIComponent(callbackUrl)}`} className="font-semibold text-brand-700 underline">
          Create an account
        </Link>
      </p>
    </section>
  );
}
