import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/guard";
import { visibleSetsWhere } from "@/lib/study-sets/visibility";
import type { StudySetContent } from "@/lib/generator/types";
import { loadSetContent } from "@/lib/study-sets/content";
import { EXPORT_FORMATS, type ExportFormat } from "@/lib/exchange";
import { getAnswerLock, isLocked } from "@/lib/quiz/assignment-lock";

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
    select: { id: true, title: true, status: true, draftJson: true, ownerId: true },
  });
  if (!set) return null;
  const ownedByUser = set.ownerId === user.id;
  if (ownedByUser && user.role === "TEACHER") return { content: await loadSetContent(set, { edits: "published" }), ownedByUser };
  // Nor the cards an assignment locks for this learner now (lib/quiz/assignment-lock.ts).
  const lock = await getAnswerLock(user, setId);
  const content = await loadSetContent(set, { edits: "published", keep: (itemId) => !isLocked(lock, itemId) });
  return { content: { ...content, questions: [] }, ownedByUser };
}
