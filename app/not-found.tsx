import Link from "next/link";

export default function NotFound() {
  return (
    <section className="mx-auto max-w-lg py-16 text-center">
      <h1 className="text-3xl font-bold">Page not found</h1>
      <p className="mt-3 text-slate-700">There is nothing at this address. It may have been moved or deleted.</p>
      <Link href="/" className="mt-6 inline-block font-semibold text-brand-700 underline">
        Back to your library
      </Link>
    </section>
  );
}
