import { decodeQuestion } from "@/lib/study-sets/items";
import { db } from "@/lib/db";
import type { Question } from "@/lib/generator/types";
import { gradeAnswer } from "@/lib/generator";
import type { AnswerResponse } from "@/lib/validations/quiz";
import { attemptNotFound } from "./errors";
import { closingOf, isPastDeadline } from "./deadline";
import { toPublicQuestion, type ChoiceOrder } from "./public-question";
import type { AnswerFeedback, AttemptView, QuizUser } from "./types";
import { getAnswerLock, isLocked, lockingAssignmentSelect, reviewRevealsAnswers, termsFor } from "./assignment-lock";

/** The feedback for a stored answer; the answer key only when the attempt may reveal it. */
export function feedbackFor(question: Question, response: AnswerResponse, correct: boolean, reveals: boolean): AnswerFeedback {
  if (!reveals) return { status: "recorded", response };
  return {
    status: "graded",
    response,
    correct,
    expected: gradeAnswer(question, response).expected,
    explanation: question.explanation,
    source: question.source,
  };
}

async function loadAttempt(user: QuizUser, attemptId: string) {
  return db.quizAttempt.findFirst({
    where: { id: attemptId, userId: user.id },
    include: {
      set: { select: { title: true } },
      assignment: { select: { ...lockingAssignmentSelect(user.id), showAnswers: true, dueAt: true } },
      answers: { select: { itemId: true, response: true, correct: true } },
    },
  });
}

type LoadedAttempt = NonNullable<Awaited<ReturnType<typeof loadAttempt>>>;

/**
 * An open attempt whose clock ran out reads as submitted at its deadline, as lib/quiz/finish.ts will
 * store it (the next answer, start or the scheduled sweep writes it): a page render never writes.
 */
function asOfNow(attempt: LoadedAttempt, now: Date): LoadedAttempt {
  if (attempt.submittedAt || !isPastDeadline(attempt.deadline, now)) return attempt;
  const { assignment } = attempt;
  const dueAt = assignment ? termsFor(assignment, assignment.accommodations[0]).dueAt : null;
  const correct = attempt.answers.filter((answer) => answer.correct).length;
  const closing = closingOf({ deadline: attempt.deadline, dueAt }, correct, now);
  // The assignment's own attempt rows need no change: lib/quiz/assignment-lock.ts already counts an
  // open attempt past its deadline as closed.
  return { ...attempt, ...closing };
}

/**
 * Which answered questions show their right answer. In an assignment: none until the attempt is
 * submitted, then all of them if the teacher shows answers and the learner has no attempt left to
 * use them in (assignment-lock.ts). In practice: all but those an assignment locks now.
 */
async function answerRevealer(user: QuizUser, attempt: LoadedAttempt, now: Date): Promise<(itemId: string) => boolean> {
  if (attempt.assignment) {
    const reveals = attempt.submittedAt !== null && reviewRevealsAnswers(attempt.assignment, now);
    return () => reveals;
  }
  const lock = await getAnswerLock(user, attempt.setId, now);
  return (itemId) => !isLocked(lock, itemId);
}

/**
 * The attempt as its learner may see it: each question's public part, and for answered questions
 * the stored answer with its feedback when it may be revealed (else only that it was saved). An
 * expired timed attempt reads as submitted at its deadline. Reads only.
 */
export async function getAttemptView(user: QuizUser, attemptId: string, now = new Date()): Promise<AttemptView> {
  const loaded = await loadAttempt(user, attemptId);
  if (!loaded) throw attemptNotFound();
  const attempt = asOfNow(loaded, now);

  const order = JSON.parse(attempt.questionOrder) as string[];
  const choiceOrder = JSON.parse(attempt.choiceOrder) as ChoiceOrder;
  const items = await db.studyItem.findMany({ where: { id: { in: order } }, select: { id: true, data: true } });
  const byId = new Map(items.map((item) => [item.id, decodeQuestion(item.data)]));
  const answers = new Map(attempt.answers.map((answer) => [answer.itemId, answer]));
  const reveals = await answerRevealer(user, attempt, now);

  const questions = order.flatMap((itemId, position) => {
    const question = byId.get(itemId);
    if (!question) return [];
    const answer = answers.get(itemId);
    const result = answer ? feedbackFor(question, JSON.parse(answer.response) as AnswerResponse, answer.correct, reveals(itemId)) : null;
    return [{ position, question: toPublicQuestion(itemId, question, choiceOrder[itemId]), result }];
  });

  return {
    id: attempt.id,
    kind: attempt.assignmentId ? "assignment" : "practice",
    setId: attempt.setId,
    setTitle: attempt.set.title,
    assignmentId: attempt.assignmentId,
    revealsAnswers: attempt.assignment ? attempt.submittedAt !== null && reviewRevealsAnswers(attempt.assignment, now) : true,
    answersShownAfterSubmitting: attempt.assignment ? attempt.assignment.showAnswers : true,
    startedAt: attempt.startedAt.toISOString(),
    deadline: attempt.deadline?.toISOString() ?? null,
    dueAt: attempt.assignment?.dueAt.toISOString() ?? null,
    submittedAt: attempt.submittedAt?.toISOString() ?? null,
    late: attempt.late,
    score: attempt.score,
    total: attempt.total,
    questions,
  };
}
