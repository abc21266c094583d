/** The shape of a teacher page while its data loads. */
export function PageSkeleton({ label = "Loading…" }: { label?: string }) {
  return (
    <div aria-busy="true" aria-live="polite" className="animate-pulse">
      <p className="sr-only">{label}</p>
      <div className="h-8 w-1/2 rounded bg-slate-200" />
      <div className="mt-4 h-4 w-3/4 rounded bg-slate-200" />
      <div className="mt-6 grid gap-3 sm:grid-cols-2">
        <div className="h-28 rounded-lg bg-slate-200" />
        <div className="h-28 rounded-lg bg-slate-200" />
      </div>
    </div>
  );
}
