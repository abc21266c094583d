import type { Metadata } from "next";
import { SignOutButton } from "@/components/auth/sign-out-button";

export const metadata: Metadata = { title: "Sign out" };

export default function SignOutPage() {
  return (
    <section className="mx-auto max-w-sm text-center">
      <h1 className="mb-4 text-2xl font-bold">Sign out?</h1>
      <SignOutButton />
    </section>
  );
}
