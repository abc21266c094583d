// Which items of a draft the review list shows, and the choices its filters offer. Pure.

export type ReviewEntry = {
  kind: "question" | "card";
  index: number;
  id: string;
  type: string;
  material: string;
  section: string;
  flagged: boolean;
  kept: boolean;
};
export type ReviewStatus = "all" | "kept" | "to_review";
export type ReviewFilter = { type: string; material: string; section: string; status: ReviewStatus; flaggedOnly: boolean };

export const ALL = "all";
export const FLASHCARD_TYPE = "flashcard";
export const emptyFilter: ReviewFilter = { type: ALL, material: ALL, section: ALL, status: "all", flaggedOnly: false };

export const TYPE_LABELS: Record<string, string> = {
  multiple_choice: "Multiple choice",
  true_false: "True or false",
  fill_in: "Fill in",
  matching: "Matching",
  ordering: "Ordering",
  [FLASHCARD_TYPE]: "Flashcards",
};

export const MATERIAL_LABELS: Record<string, string> = {
  key_fact: "Key fact",
  table: "Table",
  expert: "Expert",
  timeline: "Date",
  prose: "Prose",
};

export function matchesFilter(entry: ReviewEntry, filter: ReviewFilter): boolean {
  const type = entry.kind === "card" ? FLASHCARD_TYPE : entry.type;
  return (
    (filter.type === ALL || filter.type === type) &&
    (filter.material === ALL || filter.material === entry.material) &&
    (filter.section === ALL || filter.section === entry.section) &&
    (filter.status === "all" || (filter.status === "kept") === entry.kept) &&
    (!filter.flaggedOnly || entry.flagged)
  );
}

/** The values present in the draft, in first-seen order, for the filter menus. */
export function filterOptions(entries: ReviewEntry[]): { types: string[]; materials: string[]; sections: string[] } {
  const unique = (values: string[]) => [...new Set(values)];
  return {
    types: unique(entries.map((entry) => (entry.kind === "card" ? FLASHCARD_TYPE : entry.type))),
    materials: unique(entries.map((entry) => entry.material)),
    sections: unique(entries.map((entry) => entry.section)),
  };
}
