export default function Loading() {
  return (
    <section className="mx-auto flex max-w-2xl flex-col gap-4" aria-busy="true" aria-label="Loading the quiz">
      <div className="h-8 w-48 animate-pulse rounded bg-slate-200" />
      <div className="h-64 animate-pulse rounded-lg bg-slate-100" />
    </section>
  );
}
