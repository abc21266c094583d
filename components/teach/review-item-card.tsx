"use client";

import type { ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { MATERIAL_LABELS, TYPE_LABELS } from "@/lib/teaching/review-filter";

// One card or question in the review list: what it says, its source, why it is flagged, and
// Keep / Discard / Edit. The card itself takes focus, so the list can be reviewed by keyboard alone.

export function ReviewItemCard({
  itemId,
  label,
  type,
  material,
  kept,
  editing,
  flags,
  summary,
  editor,
  source,
  onKeep,
  onDiscard,
  onToggleEdit,
  onFocus,
}: {
  itemId: string;
  label: string;
  type: string;
  material: string;
  kept: boolean;
  editing: boolean;
  flags: string[];
  summary: ReactNode;
  editor: ReactNode;
  source: ReactNode;
  onKeep: () => void;
  onDiscard: () => void;
  onToggleEdit: () => void;
  onFocus: () => void;
}) {
  return (
    <li
      tabIndex={0}
      data-review-item={itemId}
      data-item-type={type}
      aria-label={`${label}, ${TYPE_LABELS[type] ?? type}, ${kept ? "kept" : "to review"}${flags.length ? ", flagged" : ""}`}
      onFocus={(event) => {
        if (event.target === event.currentTarget) onFocus();
      }}
      className={`flex scroll-mt-28 flex-col gap-2 rounded-lg border bg-white p-3 outline-offset-2 focus:outline focus:outline-2 focus:outline-brand-700 ${
        kept ? "border-green-600" : "border-slate-200"
      }`}
    >
      <div className="flex flex-wrap items-center gap-2">
        <h3 className="mr-auto font-semibold">
          {label} <span className="text-sm font-normal text-slate-600">· {TYPE_LABELS[type] ?? type} · {MATERIAL_LABELS[material] ?? material}</span>
        </h3>
        <span className={`rounded px-2 py-0.5 text-xs font-semibold ${kept ? "bg-green-100 text-green-900" : "bg-slate-100 text-slate-800"}`}>
          {kept ? "✓ Kept" : "To review"}
        </span>
      </div>
      {flags.length ? (
        <ul className="flex flex-col gap-1" aria-label={`Why ${label.toLowerCase()} is flagged`}>
          {flags.map((reason) => (
            <li key={reason} className="rounded border border-amber-400 bg-amber-50 px-2 py-0.5 text-sm text-amber-950">
              ⚠ {reason}
            </li>
          ))}
        </ul>
      ) : null}
      {editing ? editor : summary}
      {source}
      <div className="flex flex-wrap gap-2">
        <Button type="button" variant={kept ? "secondary" : "primary"} onClick={onKeep} aria-keyshortcuts="K" aria-pressed={kept}>
          Keep {label.toLowerCase()}
        </Button>
        <Button type="button" variant="secondary" onClick={onDiscard} aria-keyshortcuts="D">
          Discard {label.toLowerCase()}
        </Button>
        <Button type="button" variant="secondary" onClick={onToggleEdit} aria-keyshortcuts="E" aria-expanded={editing}>
          {editing ? `Done editing ${label.toLowerCase()}` : `Edit ${label.toLowerCase()}`}
        </Button>
      </div>
    </li>
  );
}
