import { db, type Tx } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/guard";
import { gradeAnswer, type Response } from "@/lib/generator/grade";
import type { Question } from "@/lib/generator/types";
import { decodeQuestion } from "@/lib/study-sets/items";
import { requireRole } from "@/lib/auth/roles";
import { HttpError, notFoundError } from "@/lib/errors";
import { questionDraftSchema, type StudySetDraft } from "@/lib/validations/study-set";
import type { QuestionFix } from "@/lib/validations/item-fix";

// Fix or retire one published question, as a teacher does from an item-analysis flag. A fixed key
// regrades every stored answer to the question and rescores the submitted attempts that hold one, in
// the same transaction, so the gradebook and the analysis agree with the key at once (Moodle's
// "regrade"). The row and its id stay, so learners' answers stay attached to it.

type Teacher = Pick<SessionUser, "id" | "role">;

export type ItemForFix = { itemId: string; setId: string; setTitle: string; sourceText: string; retired: boolean; question: Question };

async function findOwnedQuestion(db_: Tx | typeof db, user: Teacher, setId: string, itemId: string) {
  requireRole(user, "TEACHER", "Only teachers can do this.");
  const item = await db_.studyItem.findFirst({
    where: { id: itemId, setId, kind: "QUESTION", set: { ownerId: user.id } },
    select: { id: true, data: true, retired: true, set: { select: { title: true, sourceText: true, draftJson: true } } },
  });
  if (!item) throw notFoundError("That question");
  return item;
}

export async function getQuestionForFix(user: Teacher, setId: string, itemId: string): Promise<ItemForFix> {
  const item = await findOwnedQuestion(db, user, setId, itemId);
  return { itemId: item.id, setId, setTitle: item.set.title, sourceText: item.set.sourceText, retired: item.retired, question: decodeQuestion(item.data) };
}

/** The kept draft with `change` applied to the question of this id, if the draft holds it. */
function draftWith(draftJson: string | null, questionId: string, change: (question: Question) => Question | null): string | null {
  if (!draftJson) return null;
  const draft = JSON.parse(draftJson) as StudySetDraft;
  const questions = draft.questions.flatMap((question) => {
    if (question.id !== questionId) return [question];
    const changed = change(question as Question);
    return changed ? [changed] : [];
  });
  return JSON.stringify({ ...draft, questions });
}

export type FixResult = { regraded: number; attemptsRescored: number };

export async function fixQuestion(user: Teacher, setId: string, itemId: string, fix: QuestionFix): Promise<FixResult> {
  return db.$transaction(async (tx) => {
    const item = await findOwnedQuestion(tx, user, setId, itemId);
    const before = decodeQuestion(item.data);
    const candidate: Question = {
      ...before,
      prompt: fix.prompt,
      explanation: fix.explanation,
      ...(fix.answer !== undefined && (before.type === "multiple_choice" || before.type === "true_false" || before.type === "fill_in") ? { answer: fix.answer } : {}),
    };
    const checked = questionDraftSchema.safeParse(candidate);
    if (!checked.success) throw new HttpError(422, checked.error.issues[0]?.message ?? "That question is not valid.");
    // The choice text as written, whatever case the key was typed in.
    const after: Question =
      candidate.type === "multiple_choice" && typeof candidate.answer === "string"
        ? { ...candidate, answer: (candidate.choices ?? []).find((choice) => choice.toLowerCase() === String(candidate.answer).toLowerCase()) ?? candidate.answer }
        : candidate;

    await tx.studyItem.update({ where: { id: itemId }, data: { data: JSON.stringify(after) } });
    const draftJson = draftWith(item.set.draftJson, before.id, (question) => ({ ...question, prompt: after.prompt, explanation: after.explanation, answer: after.answer }));
    if (draftJson) await tx.studySet.update({ where: { id: setId }, data: { draftJson } });

    const answers = await tx.quizAnswer.findMany({ where: { itemId }, select: { id: true, attemptId: true, response: true, correct: true } });
    const changed = answers.filter((answer) => gradeAnswer(after, JSON.parse(answer.response) as Response).correct !== answer.correct);
    for (const answer of changed) await tx.quizAnswer.update({ where: { id: answer.id }, data: { correct: !answer.correct } });
    const attemptIds = [...new Set(changed.map((answer) => answer.attemptId))];
    let attemptsRescored = 0;
    for (const attemptId of attemptIds) {
      const score = await tx.quizAnswer.count({ where: { attemptId, correct: true } });
      const updated = await tx.quizAttempt.updateMany({ where: { id: attemptId, submittedAt: { not: null } }, data: { score } });
      attemptsRescored += updated.count;
    }
    return { regraded: changed.length, attemptsRescored };
  });
}

/** Takes the question out of future quizzes and assignments; past answers and scores stay as they were. */
export async function retireQuestion(user: Teacher, setId: string, itemId: string): Promise<void> {
  await db.$transaction(async (tx) => {
    const item = await findOwnedQuestion(tx, user, setId, itemId);
    const questionId = (decodeQuestion(item.data)).id;
    await tx.studyItem.update({ where: { id: itemId }, data: { retired: true } });
    const draftJson = draftWith(item.set.draftJson, questionId, () => null);
    if (draftJson) await tx.studySet.update({ where: { id: setId }, data: { draftJson } });
  });
}
