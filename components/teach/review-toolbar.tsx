"use client";

import { Button } from "@/components/ui/button";
import { ALL, MATERIAL_LABELS, TYPE_LABELS, type ReviewFilter } from "@/lib/teaching/review-filter";

// Filters, counts and bulk actions above the review list. Bulk actions act on exactly the items the
// filters show ("discard all true/false from this section" = filter, then "Discard the N shown").

const selectClass = "min-h-11 rounded-md border border-slate-400 bg-white px-2 text-sm";

export function ReviewToolbar({
  filter,
  onFilter,
  options,
  counts,
  canUndo,
  onKeepShown,
  onDiscardShown,
  onUndo,
}: {
  filter: ReviewFilter;
  onFilter: (filter: ReviewFilter) => void;
  options: { types: string[]; materials: string[]; sections: string[] };
  counts: { shown: number; kept: number; toReview: number; discarded: number; flagged: number };
  canUndo: boolean;
  onKeepShown: () => void;
  onDiscardShown: () => void;
  onUndo: () => void;
}) {
  return (
    <div className="flex flex-col gap-2 rounded-lg border border-slate-200 bg-slate-50 p-3" role="group" aria-label="Filter and bulk actions">
      <div className="flex flex-wrap items-end gap-3">
        <div className="flex flex-col text-sm font-medium">
          <label htmlFor="review-filter-type">Type</label>
          <select id="review-filter-type" className={selectClass} value={filter.type} onChange={(event) => onFilter({ ...filter, type: event.target.value })}>
            <option value={ALL}>All types</option>
            {options.types.map((type) => (
              <option key={type} value={type}>
                {TYPE_LABELS[type] ?? type}
              </option>
            ))}
          </select>
        </div>
        <div className="flex flex-col text-sm font-medium">
          <label htmlFor="review-filter-material">Material</label>
          <select id="review-filter-material" className={selectClass} value={filter.material} onChange={(event) => onFilter({ ...filter, material: event.target.value })}>
            <option value={ALL}>All material</option>
            {options.materials.map((material) => (
              <option key={material} value={material}>
                {MATERIAL_LABELS[material] ?? material}
              </option>
            ))}
          </select>
        </div>
        <div className="flex min-w-0 max-w-full flex-col text-sm font-medium">
          <label htmlFor="review-filter-section">Section</label>
          <select id="review-filter-section" className={`${selectClass} max-w-full`} value={filter.section} onChange={(event) => onFilter({ ...filter, section: event.target.value })}>
            <option value={ALL}>All sections</option>
            {options.sections.map((section) => (
              <option key={section} value={section}>
                {section || "Opening"}
              </option>
            ))}
          </select>
        </div>
        <div className="flex flex-col text-sm font-medium">
          <label htmlFor="review-filter-status">Status</label>
          <select
            id="review-filter-status"
            className={selectClass}
            value={filter.status}
            onChange={(event) => onFilter({ ...filter, status: event.target.value as ReviewFilter["status"] })}
          >
            <option value="all">Kept and to review</option>
            <option value="kept">Kept</option>
            <option value="to_review">To review</option>
          </select>
        </div>
        <label className="flex min-h-11 items-center gap-2 text-sm font-medium">
          <input type="checkbox" checked={filter.flaggedOnly} onChange={(event) => onFilter({ ...filter, flaggedOnly: event.target.checked })} />
          Flagged only ({counts.flagged})
        </label>
      </div>
      <p role="status" aria-live="polite" className="text-sm font-medium" data-testid="review-counts">
        {counts.kept} kept · {counts.toReview} to review · {counts.discarded} discarded · {counts.shown} shown
      </p>
      <div className="flex flex-wrap gap-2">
        <Button type="button" variant="secondary" disabled={counts.shown === 0} onClick={onKeepShown}>
          Keep the {counts.shown} shown
        </Button>
        <Button type="button" variant="secondary" disabled={counts.shown === 0} onClick={onDiscardShown}>
          Discard the {counts.shown} shown
        </Button>
        <Button type="button" variant="secondary" disabled={!canUndo} onClick={onUndo} aria-keyshortcuts="U">
          Undo discard
        </Button>
        <a href="#review-actions" className="inline-flex min-h-11 items-center px-2 text-sm font-semibold text-brand-800 underline underline-offset-2">
          Skip to Save and Publish
        </a>
      </div>
      <p className="text-xs text-slate-700" id="review-keys">
        Keyboard: Tab or ↓/↑ move between items · K keeps · D discards · E edits (Esc returns to the item) · U undoes a discard.
      </p>
    </div>
  );
}
