import { db } from "@/lib/db";
import { HttpError } from "@/lib/errors";
import { canViewSet, visibleSetsWhere } from "@/lib/study-sets/visibility";
import { gradeAnswer, type Question } from "@/lib/generator";
import { decodeFlashcard, decodeQuestion } from "@/lib/study-sets/items";
import type { PracticeMode } from "@/lib/validations/practice";
import { CHOSEN_RIGHT, LEARNED } from "./learn-stages";
import { LOCKED_MESSAGE, getAnswerLock, isLocked } from "@/lib/quiz/assignment-lock";

// Grades cloze, matching and Learn answers on the server, so the page never carries the answers.
// Learn remembers each question's progress (LearnProgress), so a reload resumes where it was.


export type PracticeResult = {
  correct: boolean;
  /** The right answer, once answered; left out for matching so the learner can try another pairing. */
  expected?: string;
  typo?: boolean;
  explanation?: string;
  quote?: string;
  itemKey: string;
};

function normalize(text: string): string {
  return text.normalize("NFKC").replace(/\s+/g, " ").trim().toLowerCase();
}

function fillIn(answer: string, source: Question["source"], explanation: string, accepted?: string[]): Question {
  return { id: "practice", type: "fill_in", material: "key_fact", prompt: "", answer, accepted, explanation, difficulty: "medium", source };
}

export async function checkPractice(
  learner: { id: string },
  input: { itemId: string; mode: PracticeMode; response: string },
): Promise<PracticeResult> {
  const wantsQuestion = input.mode === "choice" || input.mode === "typed";
  const item = await db.studyItem.findFirst({
    where: { id: input.itemId, retired: false, kind: wantsQuestion ? "QUESTION" : "FLASHCARD", set: visibleSetsWhere(learner) },
    select: { setId: true, itemKey: true, type: true, data: true },
  });
  if (!item) throw new HttpError(404, "That item was not found.");
  // Every mode answers whether a response is right, so a locked item is refused outright.
  if (isLocked(await getAnswerLock(learner, item.setId), input.itemId)) throw new HttpError(409, LOCKED_MESSAGE);

  if (input.mode === "match") {
    const card = decodeFlashcard(item.data);
    return { correct: normalize(card.back) === normalize(input.response), itemKey: item.itemKey };
  }
  if (input.mode === "cloze") {
    if (item.type !== "cloze" && item.type !== "date") throw new HttpError(422, "That card has no blank to fill.");
    const card = decodeFlashcard(item.data);
    const graded = gradeAnswer(fillIn(card.back, card.source, card.explanation), input.response);
    return { ...graded, explanation: card.explanation, quote: card.source.quote, itemKey: item.itemKey };
  }
  const question = decodeQuestion(item.data);
  if (question.type !== "multiple_choice") throw new HttpError(422, "Learn mode uses multiple-choice questions.");
  const asked = input.mode === "typed" ? fillIn(String(question.answer ?? ""), question.source, question.explanation) : question;
  const graded = gradeAnswer(asked, input.response);
  if (graded.correct) await recordLearnStep(learner.id, input.itemId, input.mode === "typed" ? LEARNED : CHOSEN_RIGHT);
  return { ...graded, explanation: question.explanation, quote: question.source.quote, itemKey: item.itemKey };
}

/**
 * Moves a question forward in Learn, never back: answering again, or twice at once, changes nothing
 * more. Two first answers at once (two tabs, two app servers) both find no row and both insert; the
 * loser's P2002 means the row now exists, so its second try takes the update path.
 */
async function recordLearnStep(userId: string, itemId: string, stage: number, retried = false): Promise<void> {
  const key = { userId_itemId: { userId, itemId } };
  try {
    await db.$transaction([
      db.learnProgress.upsert({ where: key, create: { userId, itemId, stage }, update: {} }),
      db.learnProgress.updateMany({ where: { userId, itemId, stage: { lt: stage } }, data: { stage } }),
    ]);
  } catch (error) {
    if (retried || (error as { code?: unknown }).code !== "P2002") throw error;
    await recordLearnStep(userId, itemId, stage, true);
  }
}

/** Starts Learn over for a set: forgets which of its questions the learner had chosen or typed right. */
export async function restartLearn(learner: { id: string }, setId: string): Promise<{ forgotten: number }> {
  if (!(await canViewSet(learner, setId))) throw new HttpError(404, "That set was not found.");
  const { count } = await db.learnProgress.deleteMany({ where: { userId: learner.id, item: { setId } } });
  return { forgotten: count };
}
