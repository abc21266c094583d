import Link from "next/link";

export default function Forbidden() {
  return (
    <section className="mx-auto max-w-lg py-16 text-center">
      <h1 className="text-3xl font-bold">You do not have access to this page</h1>
      <p className="mt-3 text-slate-700">This page is for a different kind of account.</p>
      <Link href="/" className="mt-6 inline-block font-semibold text-brand-700 underline">
        Back to your library
      </Link>
    </section>
  );
}
