import { db } from "@/lib/db";
import { gradeAnswer } from "@/lib/generator";
import type { Question } from "@/lib/generator/types";
import { responseSchemas, type AnswerResponse, type MatchingResponse } from "@/lib/validations/quiz";
import { HttpError } from "@/lib/errors";
import { decodeQuestion } from "@/lib/study-sets/items";
import { attemptNotFound } from "./errors";
import { finishIfExpired } from "./finish";
import { toPublicQuestion, type ChoiceOrder } from "./public-question";
import type { QuizUser, SubmitAnswerResult } from "./types";
import { feedbackFor } from "./view";
import { getAnswerLock, isLocked } from "./assignment-lock";

function refuse(message: string): never {
  throw new HttpError(422, message);
}

const sameSet = (a: string[], b: string[]) => a.length === b.length && [...a].sort().join("\u0000") === [...b].sort().join("\u0000");

/**
 * The response must have the question's shape and use only the options the learner was shown, so
 * a stored multiple-choice answer is always one of the choices (reports count wrong choices by text).
 */
function checkResponse(itemId: string, question: Question, order: string[] | undefined, response: AnswerResponse): AnswerResponse {
  const schema = responseSchemas[question.type];
  const parsed = schema.safeParse(response);
  if (!parsed.success) refuse(`This ${question.type.replace("_", " ")} question needs a different kind of answer: ${parsed.error.issues[0]?.message ?? "wrong type"}.`);
  const shown = toPublicQuestion(itemId, question, order);
  switch (shown.type) {
    case "multiple_choice":
      if (!shown.choices.includes(parsed.data as string)) refuse("Choose one of the answers shown.");
      break;
    case "multiple_response": {
      const ticked = parsed.data as string[];
      if (ticked.some((choice) => !shown.choices.includes(choice))) refuse("Tick only answers shown.");
      if (new Set(ticked).size !== ticked.length) refuse("Tick each answer at most once.");
      break;
    }
    case "matching": {
      const pairs = parsed.data as MatchingResponse;
      const lefts = pairs.map((pair) => pair.left);
      if (!sameSet(lefts, shown.left)) refuse("Match every item on the left exactly once.");
      if (pairs.some((pair) => !shown.options.includes(pair.right))) refuse("Match each item with one of the options shown.");
      break;
    }
    case "ordering":
      if (!sameSet(parsed.data as string[], shown.options)) refuse("Put each of the items shown in order, once each.");
      break;
  }
  return parsed.data;
}

/**
 * Grades and stores a learner's answer to one question of their attempt, once: a repeat returns the
 * stored result and never a second row or a changed answer. Answers after the time limit are refused.
 */
export async function submitAnswer(
  user: QuizUser,
  attemptId: string,
  itemId: string,
  response: AnswerResponse,
  now = new Date(),
): Promise<SubmitAnswerResult> {
  const attempt = await db.quizAttempt.findFirst({
    where: { id: attemptId, userId: user.id },
    select: { id: true, setId: true, questionOrder: true, choiceOrder: true, submittedAt: true, deadline: true, assignment: { select: { classId: true } } },
  });
  if (!attempt) throw attemptNotFound();
  // A student removed from the class can no longer add answers to its assignment.
  if (attempt.assignment) {
    const member = await db.classMembership.findUnique({ where: { classId_userId: { classId: attempt.assignment.classId, userId: user.id } } });
    if (!member) throw attemptNotFound();
  }
  if (!(JSON.parse(attempt.questionOrder) as string[]).includes(itemId)) {
    throw new HttpError(404, "That question is not part of this quiz.");
  }
  // During an assignment the learner is told only that the answer was saved, so it cannot be passed
  // along; the review of the submitted attempt shows the rest (view.ts). A practice attempt started
  // before its set was assigned stops revealing the questions the assignment locks.
  const reveals = attempt.assignment ? false : !isLocked(await getAnswerLock(user, attempt.setId, now), itemId);
  const item = await db.studyItem.findUniqueOrThrow({ where: { id: itemId }, select: { data: true } });
  const question = decodeQuestion(item.data);

  const stored = () => db.quizAnswer.findUnique({ where: { attemptId_itemId: { attemptId, itemId } } });
  const asResult = (row: { response: string; correct: boolean }): SubmitAnswerResult => ({
    itemId,
    repeated: true,
    result: feedbackFor(question, JSON.parse(row.response) as AnswerResponse, row.correct, reveals),
  });

  const existing = await stored();
  if (existing) return asResult(existing);
  if (attempt.submittedAt) throw new HttpError(409, "This quiz is already submitted; answers can no longer change.");
  if (await finishIfExpired(attempt, now)) {
    throw new HttpError(409, "Time is up: this attempt was submitted with the answers saved before the time limit.", "time_up");
  }

  const order = (JSON.parse(attempt.choiceOrder) as ChoiceOrder)[itemId];
  const checked = checkResponse(itemId, question, order, response);
  const correct = gradeAnswer(question, checked).correct;
  try {
    await db.quizAnswer.create({ data: { attemptId, itemId, response: JSON.stringify(checked), correct, answeredAt: now } });
  } catch (error) {
    // Two identical requests racing: the unique (attemptId, itemId) lets one in; the other reads it.
    const winner = await stored();
    if (winner) return asResult(winner);
    throw error;
  }
  return { itemId, repeated: false, result: feedbackFor(question, checked, correct, reveals) };
}
