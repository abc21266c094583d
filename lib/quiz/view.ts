import { decodeQuestion } from "@/lib/study-sets/items";
import { db } from "@/lib/db";
import type { Question } from "@/lib/generator/types";
import { gradeAnswer } from "@/lib/generator";
import type { AnswerResponse } from "@/lib/validations/quiz";
import { attemptNotFound } from "./errors";
import { finishIfExpired } from "./finish";
import { toPublicQuestion, type ChoiceOrder } from "./public-question";
import type { AnswerFeedback, AttemptView, QuizUser } from "./types";

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
      assignment: { select: { showAnswers: true, dueAt: true } },
      answers: { select: { itemId: true, response: true, correct: true } },
    },
  });
}

/**
 * The attempt as its learner may see it: each question's public part, and for answered questions
 * the stored answer with its feedback. An expired timed attempt is submitted first.
 */
export async function getAttemptView(user: QuizUser, attemptId: string, now = new Date()): Promise<AttemptView> {
  let attempt = await loadAttempt(user, attemptId);
  if (!attempt) throw attemptNotFound();
  if (await finishIfExpired(attempt, now)) attempt = (await loadAttempt(user, attemptId))!;

  const order = JSON.parse(attempt.questionOrder) as string[];
  const choiceOrder = JSON.parse(attempt.choiceOrder) as ChoiceOrder;
  const items = await db.studyItem.findMany({ where: { id: { in: order } }, select: { id: true, data: true } });
  const byId = new Map(items.map((item) => [item.id, decodeQuestion(item.data)]));
  const answers = new Map(attempt.answers.map((answer) => [answer.itemId, answer]));
  const reveals = attempt.assignment ? attempt.assignment.showAnswers : true;

  const questions = order.flatMap((itemId, position) => {
    const question = byId.get(itemId);
    if (!question) return [];
    const answer = answers.get(itemId);
    const result = answer ? feedbackFor(question, JSON.parse(answer.response) as AnswerResponse, answer.correct, reveals) : null;
    return [{ position, question: toPublicQuestion(itemId, question, choiceOrder[itemId]), result }];
  });

  return {
    id: attempt.id,
    kind: attempt.assignmentId ? "assignment" : "practice",
    setId: attempt.setId,
    setTitle: attempt.set.title,
    assignmentId: attempt.assignmentId,
    revealsAnswers: reveals,
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
