import { db } from "@/lib/db";
import type { StudySetContent } from "@/lib/generator/types";
import type { StudySetDraft } from "@/lib/validations/study-set";
import { contentOfRows } from "./items";

// Which content of a set a reader gets: its published items, or the teacher's kept draft. The one
// place that chooses between them.

type StoredSet = { id: string; title: string; status: string; draftJson: string | null };

// Only lib/study-sets/drafts.ts writes draftJson, always from generated, imported or schema-checked
// content; it is read back as is so an imported item that breaks a form rule shows up in the form to
// be fixed.
export function storedDraft(draftJson: string | null): StudySetDraft | null {
  return draftJson ? (JSON.parse(draftJson) as StudySetDraft) : null;
}

/**
 * The set's content. `edits: "kept"` (the review form) prefers the teacher's kept draft, unpublished
 * edits of a published set included; `edits: "published"` (exports, what learners see) gives a
 * published set's items and only a never-published set its draft. `keep` filters the items read
 * from rows (a draft is read only by its owner).
 */
export async function loadSetContent(
  set: StoredSet,
  options: { edits: "kept" | "published"; keep?: (itemId: string) => boolean },
): Promise<StudySetContent> {
  const draft = options.edits === "kept" || set.status === "DRAFT" ? storedDraft(set.draftJson) : null;
  if (draft) return { title: draft.title, flashcards: draft.flashcards, questions: draft.questions };
  const rows = await db.studyItem.findMany({
    where: { setId: set.id, retired: false },
    orderBy: { position: "asc" },
    select: { id: true, kind: true, data: true },
  });
  const keep = options.keep;
  return contentOfRows(set.title, keep ? rows.filter((row) => keep(row.id)) : rows);
}
