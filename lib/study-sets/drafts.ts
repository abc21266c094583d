import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/guard";
import { requireRole } from "@/lib/auth/roles";
import { ArticleError, checkArticleText, generateStudySet } from "@/lib/generator";
import type { Flashcard, Question, StudySetContent } from "@/lib/generator/types";
import { HttpError, notFoundError } from "@/lib/errors";
import { decodeFlashcard, decodeQuestion } from "./items";
import { loadSetContent, storedDraft } from "./content";
import { replaceStudySetItems } from "./store";
import { MAX_SET_CARDS, MAX_SET_QUESTIONS, type StudySetDraft } from "@/lib/validations/study-set";
import { indexKnownItems, settleItemIds } from "./item-ids";
import { unaskableReason } from "@/lib/quiz/askable";

// A teacher's sets from article to published quiz. Every function takes the acting user and only
// touches sets that user owns; another user's set answers 404, as if it did not exist.

type Teacher = Pick<SessionUser, "id" | "role">;

/** Size, binary and emptiness first; then "nothing to study" from the generator. 413/422, never a save. */
export function generateFromArticle(text: string): StudySetContent {
  const check = checkArticleText(text);
  if (!check.ok) throw new HttpError(check.code === "too_large" ? 413 : 422, check.message);
  try {
    return generateStudySet(text);
  } catch (error) {
    if (error instanceof ArticleError) throw new HttpError(422, error.message);
    throw error;
  }
}

function draftFromContent(content: StudySetContent, visibility: StudySetDraft["visibility"]): StudySetDraft {
  return { title: content.title || "Untitled set", visibility, flashcards: content.flashcards, questions: content.questions };
}

/**
 * A draft from an article. Generated questions no quiz may ask (askable.ts) are left out here, so
 * the teacher is not made to delete them before publishing; imported ones stay and publishing names them.
 */
export async function createDraftFromArticle(user: Teacher, text: string): Promise<string> {
  requireRole(user, "TEACHER", "Only teachers can do this.");
  const content = generateFromArticle(text);
  return createDraft(user, { ...content, questions: content.questions.filter((question) => !unaskableReason(question)) }, text);
}

/** The teacher's unpublished draft made from exactly this text, if any: generating again offers it instead of a duplicate. */
export async function findDraftFromSameText(user: Teacher, text: string): Promise<{ id: string; title: string; createdAt: Date } | null> {
  requireRole(user, "TEACHER", "Only teachers can do this.");
  return db.studySet.findFirst({
    where: { ownerId: user.id, status: "DRAFT", sourceText: text },
    orderBy: { createdAt: "desc" },
    select: { id: true, title: true, createdAt: true },
  });
}

/** A new DRAFT set holding `content` (generated or imported) in draftJson; no items until published. */
export async function createDraft(user: Teacher, content: StudySetContent, sourceText: string): Promise<string> {
  requireRole(user, "TEACHER", "Only teachers can do this.");
  refuseOverPublishLimit(content);
  const draft = draftFromContent(content, "PRIVATE");
  const set = await db.studySet.create({
    data: {
      title: draft.title.slice(0, 200),
      sourceText,
      ownerId: user.id,
      status: "DRAFT",
      visibility: "PRIVATE",
      draftJson: JSON.stringify(draft),
    },
    select: { id: true },
  });
  return set.id;
}

/** A draft that publish would refuse is refused now, naming the limit, before anything is saved. */
function refuseOverPublishLimit(content: StudySetContent): void {
  const over = (count: number, limit: number, what: string) =>
    `This would make ${count.toLocaleString("en")} ${what}; a set holds at most ${limit} ${what}. Split it into smaller sets.`;
  if (content.flashcards.length > MAX_SET_CARDS) throw new HttpError(422, over(content.flashcards.length, MAX_SET_CARDS, "cards"), "too_many_items");
  if (content.questions.length > MAX_SET_QUESTIONS) throw new HttpError(422, over(content.questions.length, MAX_SET_QUESTIONS, "questions"), "too_many_items");
}

async function findOwnedSet(user: Teacher, setId: string) {
  requireRole(user, "TEACHER", "Only teachers can do this.");
  const set = await db.studySet.findFirst({ where: { id: setId, ownerId: user.id } });
  if (!set) throw notFoundError("That study set");
  return set;
}

async function publishedItems(setId: string): Promise<(Flashcard | Question)[]> {
  const rows = await db.studyItem.findMany({ where: { setId }, orderBy: [{ kind: "asc" }, { position: "asc" }], select: { kind: true, data: true } });
  return rows.map((row) => (row.kind === "FLASHCARD" ? decodeFlashcard(row.data) : decodeQuestion(row.data)));
}

/** What the review form opens with: the kept draft, else the published items. */
export async function getEditableDraft(
  user: Teacher,
  setId: string,
): Promise<{ draft: StudySetDraft; status: string; hasUnpublishedEdits: boolean; sourceText: string }> {
  const set = await findOwnedSet(user, setId);
  const kept = storedDraft(set.draftJson);
  if (kept) return { draft: kept, status: set.status, hasUnpublishedEdits: set.status === "PUBLISHED", sourceText: set.sourceText };
  const content = await loadSetContent(set, { edits: "kept" });
  return {
    status: set.status,
    hasUnpublishedEdits: false,
    sourceText: set.sourceText,
    draft: { ...content, visibility: set.visibility === "PUBLIC" ? "PUBLIC" : "PRIVATE" },
  };
}

async function settle(setId: string, draftJson: string | null, draft: StudySetDraft): Promise<StudySetDraft> {
  const previous = storedDraft(draftJson);
  const known = indexKnownItems([...(await publishedItems(setId)), ...(previous ? [...previous.flashcards, ...previous.questions] : [])]);
  const content = settleItemIds({ title: draft.title, flashcards: draft.flashcards, questions: draft.questions }, known);
  // Settling may give an item a new id (one the teacher added): its kept mark follows it, by position.
  const newIds = new Map([...draft.flashcards, ...draft.questions].map((item, index) => [item.id, [...content.flashcards, ...content.questions][index].id]));
  const kept = draft.kept?.flatMap((id) => (newIds.has(id) ? [newIds.get(id)!] : []));
  return { ...draft, flashcards: content.flashcards, questions: content.questions, ...(kept ? { kept } : {}) };
}

/** Keeps the teacher's edits without touching what learners see. Input must already be parsed by the schema. */
export async function saveDraft(user: Teacher, setId: string, input: StudySetDraft): Promise<StudySetDraft> {
  const set = await findOwnedSet(user, setId);
  const draft = await settle(setId, set.draftJson, input);
  // A never-published draft is renamed at once (the dashboard lists it by title); a published set keeps
  // its title until the edits are published.
  const rename = set.status === "DRAFT" ? { title: draft.title.slice(0, 200) } : {};
  await db.studySet.update({ where: { id: setId }, data: { draftJson: JSON.stringify(draft), ...rename } });
  return draft;
}

/**
 * Refuses a question no quiz may ask (an ordering of two items, a matching of two pairs: see
 * lib/quiz/askable.ts), naming each by its number and prompt.
 */
function refuseUnaskable(questions: StudySetDraft["questions"]): void {
  const named: string[] = [];
  questions.forEach((question, index) => {
    const reason = unaskableReason(question);
    if (!reason) return;
    const message = `Question ${index + 1} ("${question.prompt.slice(0, 60)}"): ${reason}. Add items or discard it.`;
    named.push(message);
  });
  if (named.length) throw new HttpError(422, `This set cannot be published yet. ${named.join(" ")}`);
}

/** Writes the items learners study (keeping progress on unchanged ones) and clears the draft, in one transaction. */
export async function publishSet(user: Teacher, setId: string, input: StudySetDraft): Promise<void> {
  const set = await findOwnedSet(user, setId);
  refuseUnaskable(input.questions);
  const draft = await settle(setId, set.draftJson, input);
  await db.$transaction(async (tx) => {
    await replaceStudySetItems(tx, setId, { title: draft.title, flashcards: draft.flashcards, questions: draft.questions });
    await tx.studySet.update({
      where: { id: setId },
      data: { title: draft.title, visibility: draft.visibility, status: "PUBLISHED", draftJson: null },
    });
  });
}

/** Deletes a set that was never published; a published set has learners' progress and stays. */
export async function discardDraft(user: Teacher, setId: string): Promise<void> {
  const set = await findOwnedSet(user, setId);
  if (set.status === "PUBLISHED") {
    await db.studySet.update({ where: { id: setId }, data: { draftJson: null } });
    return;
  }
  await db.studySet.delete({ where: { id: setId } });
}
