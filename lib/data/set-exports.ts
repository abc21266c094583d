import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/guard";
import { visibleSetsWhere } from "@/lib/data/study-sets";
import type { Flashcard, Question, StudySetContent } from "@/lib/generator/types";

/** A set's current items for export: any set the user may study, or the owner's own set (draft included). */
export async function getExportableContent(user: Pick<SessionUser, "id">, setId: string): Promise<StudySetContent | null> {
  const set = await db.studySet.findFirst({
    where: { id: setId, OR: [{ ownerId: user.id }, visibleSetsWhere(user)] },
    select: { title: true, status: true, draftJson: true },
  });
  if (!set) return null;
  if (set.status === "DRAFT" && set.draftJson) {
    const draft = JSON.parse(set.draftJson) as StudySetContent;
    return { title: draft.title, flashcards: draft.flashcards, questions: draft.questions };
  }
  const rows = await db.studyItem.findMany({ where: { setId, retired: false }, orderBy: { position: "asc" }, select: { kind: true, data: true } });
  return {
    title: set.title,
    flashcards: rows.filter((row) => row.kind === "FLASHCARD").map((row) => JSON.parse(row.data) as Flashcard),
    questions: rows.filter((row) => row.kind === "QUESTION").map((row) => JSON.parse(row.data) as Question),
  };
}
