import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/guard";
import { visibleSetsWhere } from "@/lib/study-sets/visibility";
import type { StudySetContent } from "@/lib/generator/types";
import { contentOfRows } from "@/lib/study-sets/items";
import { EXPORT_FORMATS, type ExportFormat } from "@/lib/exchange";

// Card formats carry what a flashcard shows anyway. The quiz formats carry the answer key, and anyone may
// sign up as a teacher, so only the teacher who owns the set gets those.
export const QUIZ_EXPORT_FORMATS: readonly ExportFormat[] = ["gift", "moodle-xml", "qti"];

export function exportFormatsFor(user: Pick<SessionUser, "role">, ownedByUser: boolean): ExportFormat[] {
  const quiz = user.role === "TEACHER" && ownedByUser;
  return EXPORT_FORMATS.filter((format) => quiz || !QUIZ_EXPORT_FORMATS.includes(format));
}

/** The formats a set's page offers this user; the export route applies the same rule. */
export async function listExportFormats(user: Pick<SessionUser, "id" | "role">, setId: string): Promise<ExportFormat[]> {
  const set = await db.studySet.findFirst({ where: { id: setId, OR: [{ ownerId: user.id }, visibleSetsWhere(user)] }, select: { ownerId: true } });
  return set ? exportFormatsFor(user, set.ownerId === user.id) : [];
}

export type ExportableSet = { content: StudySetContent; ownedByUser: boolean };

/**
 * A set's current items for export: any set the user may study, or the owner's own set (draft
 * included). Only the owner gets the questions: a card format such as Anki's turns fill-in questions
 * into cloze notes, which would hand a student the answers to a quiz they may be assigned.
 */
export async function getExportableSet(user: Pick<SessionUser, "id" | "role">, setId: string): Promise<ExportableSet | null> {
  const set = await db.studySet.findFirst({
    where: { id: setId, OR: [{ ownerId: user.id }, visibleSetsWhere(user)] },
    select: { title: true, status: true, draftJson: true, ownerId: true },
  });
  if (!set) return null;
  const ownedByUser = set.ownerId === user.id;
  const content = await contentOf(setId, set);
  return { content: ownedByUser && user.role === "TEACHER" ? content : { ...content, questions: [] }, ownedByUser };
}

async function contentOf(setId: string, set: { title: string; status: string; draftJson: string | null }): Promise<StudySetContent> {
  if (set.status === "DRAFT" && set.draftJson) {
    const draft = JSON.parse(set.draftJson) as StudySetContent;
    return { title: draft.title, flashcards: draft.flashcards, questions: draft.questions };
  }
  const rows = await db.studyItem.findMany({ where: { setId, retired: false }, orderBy: { position: "asc" }, select: { kind: true, data: true } });
  return contentOfRows(set.title, rows);
}
