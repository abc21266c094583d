export default function Loading() {
  return (
    <section aria-busy="true" aria-label="Loading your assignments">
      <div className="mb-4 h-8 w-56 animate-pulse rounded bg-slate-200" />
      <div className="flex flex-col gap-3">
        {[0, 1, 2].map((i) => (
          <div key={i} className="h-24 animate-pulse rounded-lg bg-slate-100" />
        ))}
      </div>
    </section>
  );
}
