/** A loading placeholder shaped like a page: back link, heading, a line of text, then a card. */
export function PageSkeleton({ label, narrow = false }: { label: string; narrow?: boolean }) {
  return (
    <div role="status" aria-live="polite" className={`animate-pulse space-y-4 ${narrow ? "mx-auto max-w-2xl" : ""}`}>
      <span className="sr-only">{label}…</span>
      <div className="h-4 w-1/3 rounded bg-slate-200" />
      <div className="h-8 w-2/3 rounded bg-slate-200" />
      <div className="h-4 w-1/2 rounded bg-slate-200" />
      <div className="h-56 rounded-lg bg-slate-100" />
    </div>
  );
}

/** A loading placeholder shaped like a teacher page: heading, a line of text, then a grid of cards. */
export function CardGridSkeleton({ label = "Loading…" }: { label?: string }) {
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
