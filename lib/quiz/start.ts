import { randomUUID } from "node:crypto";
import { db, type Tx } from "@/lib/db";
import { visibleSetsWhere } from "@/lib/study-sets/visibility";
import { HttpError } from "@/lib/errors";
import { lockLearner } from "@/lib/database/row-locks";
import { decodeQuestion } from "@/lib/study-sets/items";
import type { QuestionType } from "@/lib/generator/types";
import { attemptNotFound } from "./errors";
import { finishInTx } from "./finish";
import { isPastDeadline } from "./deadline";
import { drawOptionOrder, type ChoiceOrder } from "./public-question";
import { seededRandom } from "@/lib/generator";
import { seededShuffle } from "./shuffle";
import { isAskable } from "./askable";
import { drawQuestions } from "./draw";
import { LOCKED_MESSAGE, getAnswerLock, termsFor } from "./assignment-lock";
import type { QuizUser } from "./types";

export const DEFAULT_PRACTICE_QUESTIONS = 10;

export type StartedAttempt = { attemptId: string; resumed: boolean };
type StartOptions = { now?: Date; seed?: string };
type QuestionRow = { id: string; type: string; data: string; position: number; sourceQuote: string };

/** The set's kept questions a quiz may ask (see askable.ts), in the set's order. */
async function listQuestions(tx: Tx, setId: string, itemIds?: string[]): Promise<QuestionRow[]> {
  const rows = await tx.studyItem.findMany({
    where: { setId, kind: "QUESTION", retired: false, ...(itemIds ? { id: { in: itemIds } } : {}) },
    orderBy: { position: "asc" },
    select: { id: true, type: true, data: true, position: true },
  });
  return rows.flatMap((row) => {
    const question = decodeQuestion(row.data);
    return isAskable(question) ? [{ ...row, sourceQuote: question.source.quote }] : [];
  });
}

/** How many questions of these types one attempt at the set can draw: kept, askable, one per source sentence. */
export async function countDrawable(tx: Tx, setId: string, types: readonly QuestionType[] | null): Promise<number> {
  return drawQuestions(await listQuestions(tx, setId), { count: Number.POSITIVE_INFINITY, types }, () => 0).length;
}

function drawOrders(rows: QuestionRow[], random: () => number, shuffleQuestions: boolean, shuffleChoices: boolean) {
  const ordered = shuffleQuestions ? seededShuffle(rows, random) : rows;
  const choiceOrder: ChoiceOrder = {};
  for (const row of ordered) {
    const order = drawOptionOrder(decodeQuestion(row.data), random, shuffleChoices);
    if (order) choiceOrder[row.id] = order;
  }
  return { questionOrder: ordered.map((row) => row.id), choiceOrder };
}

async function createAttempt(
  tx: Tx,
  input: { userId: string; setId: string; assignmentId?: string; rows: QuestionRow[]; seed: string; shuffleQuestions: boolean; shuffleChoices: boolean; startedAt: Date; deadline: Date | null },
): Promise<string> {
  const { questionOrder, choiceOrder } = drawOrders(input.rows, seededRandom(input.seed), input.shuffleQuestions, input.shuffleChoices);
  const attempt = await tx.quizAttempt.create({
    data: {
      userId: input.userId,
      setId: input.setId,
      assignmentId: input.assignmentId ?? null,
      questionOrder: JSON.stringify(questionOrder),
      choiceOrder: JSON.stringify(choiceOrder),
      startedAt: input.startedAt,
      deadline: input.deadline,
      total: questionOrder.length,
    },
    select: { id: true },
  });
  return attempt.id;
}

function openPracticeAttempt(tx: Tx, userId: string, setId: string) {
  return tx.quizAttempt.findFirst({
    where: { userId, setId, assignmentId: null, submittedAt: null },
    orderBy: { startedAt: "desc" },
    select: { id: true },
  });
}

async function startPractice(user: QuizUser, setId: string, pick: { count?: number; itemIds?: string[] }, options: StartOptions): Promise<StartedAttempt> {
  const now = options.now ?? new Date();
  const seed = options.seed ?? randomUUID();
  return db.$transaction(async (tx) => {
    await lockLearner(tx, user.id);
    const set = await tx.studySet.findFirst({ where: { id: setId, ...visibleSetsWhere(user) }, select: { id: true } });
    if (!set) throw new HttpError(404, "That study set was not found.");
    // A practice quiz would grade, and so reveal, the questions of an assignment still to be taken.
    if ((await getAnswerLock(user, setId, now, tx)).assignmentIds.length > 0) throw new HttpError(409, LOCKED_MESSAGE);
    // One open practice quiz per set: a double click or a second tab resumes it instead of starting another.
    const open = await openPracticeAttempt(tx, user.id, setId);
    if (open) return { attemptId: open.id, resumed: true };
    const all = await listQuestions(tx, setId, pick.itemIds);
    if (all.length === 0) throw new HttpError(409, "This study set has no quiz questions yet.");
    const random = seededRandom(`${seed}:pick`);
    const rows = pick.itemIds ? all : drawQuestions(all, { count: pick.count ?? DEFAULT_PRACTICE_QUESTIONS, coverTypes: true }, random);
    const attemptId = await createAttempt(tx, {
      userId: user.id, setId, rows, seed, shuffleQuestions: true, shuffleChoices: true, startedAt: now, deadline: null,
    });
    return { attemptId, resumed: false };
  });
}

/**
 * A practice quiz on a set the user may see: `count` questions (default 10), at most one per source
 * sentence, meeting every type the set has before filling up. Refused while an assignment locks the set.
 */
export function startPracticeAttempt(user: QuizUser, setId: string, options: StartOptions & { count?: number } = {}): Promise<StartedAttempt> {
  return startPractice(user, setId, { count: options.count }, options);
}

/** "Retry the ones I missed": a new practice quiz with only the questions a finished practice attempt got wrong or skipped. */
export async function retryMissed(user: QuizUser, attemptId: string, options: StartOptions = {}): Promise<StartedAttempt> {
  const attempt = await db.quizAttempt.findFirst({
    where: { id: attemptId, userId: user.id },
    select: { setId: true, assignmentId: true, submittedAt: true, questionOrder: true, answers: { where: { correct: true }, select: { itemId: true } } },
  });
  if (!attempt) throw attemptNotFound();
  if (attempt.assignmentId) throw new HttpError(409, "Retrying missed questions is for practice quizzes.");
  if (!attempt.submittedAt) throw new HttpError(409, "Finish this quiz before retrying the questions you missed.");
  const right = new Set(attempt.answers.map((answer) => answer.itemId));
  const missed = (JSON.parse(attempt.questionOrder) as string[]).filter((id) => !right.has(id));
  if (missed.length === 0) throw new HttpError(409, "Nothing to retry: you got every question right.");
  return startPractice(user, attempt.setId, { itemIds: missed }, options);
}

function formatWhen(date: Date): string {
  return date.toISOString().replace("T", " ").slice(0, 16) + " UTC";
}

function parseTypes(json: string | null): QuestionType[] | null {
  return json ? (JSON.parse(json) as QuestionType[]) : null;
}

/**
 * An attempt at an assigned quiz, for a member of the assignment's class: refused before it opens
 * and once the attempts (with the student's accommodation) are used up; an open attempt is resumed;
 * a time limit fixes the deadline now. The check and the insert run in one transaction, so two
 * starts at once cannot both pass the count (on PostgreSQL the learner's row is locked first).
 * Each attempt draws its own questions: the teacher's count and types, one per source sentence,
 * stored in questionOrder so a reload shows the same ones.
 */
export async function startAssignmentAttempt(user: QuizUser, assignmentId: string, options: StartOptions = {}): Promise<StartedAttempt> {
  const now = options.now ?? new Date();
  const seed = options.seed ?? randomUUID();
  return db.$transaction(async (tx) => {
    await lockLearner(tx, user.id);
    const assignment = await tx.assignment.findFirst({
      where: { id: assignmentId, classroom: { members: { some: { userId: user.id } } } },
      include: { accommodations: { where: { userId: user.id } } },
    });
    if (!assignment) throw new HttpError(404, "That assignment was not found.");
    if (now < assignment.opensAt) throw new HttpError(409, `This assignment opens at ${formatWhen(assignment.opensAt)}.`);
    const terms = termsFor(assignment, assignment.accommodations[0]);
    const attempts = await tx.quizAttempt.findMany({
      where: { assignmentId, userId: user.id },
      select: { id: true, submittedAt: true, deadline: true },
    });
    const open = attempts.find((attempt) => !attempt.submittedAt);
    if (open) {
      if (!isPastDeadline(open.deadline, now)) return { attemptId: open.id, resumed: true };
      await finishInTx(tx, open.id, now);
    }
    if (attempts.length >= terms.attemptsAllowed) {
      const plural = terms.attemptsAllowed === 1 ? "attempt" : "attempts";
      throw new HttpError(409, `You have used your ${terms.attemptsAllowed} ${plural} at this assignment.`);
    }
    const random = seededRandom(`${seed}:pick`);
    const rows = drawQuestions(
      await listQuestions(tx, assignment.setId),
      { count: assignment.questionCount ?? Number.POSITIVE_INFINITY, types: parseTypes(assignment.questionTypes) },
      random,
    );
    if (rows.length === 0) throw new HttpError(409, "This assignment has no questions.");
    const deadline = terms.timeLimitMinutes ? new Date(now.getTime() + terms.timeLimitMinutes * 60_000) : null;
    const attemptId = await createAttempt(tx, {
      userId: user.id,
      setId: assignment.setId,
      assignmentId,
      rows,
      seed,
      shuffleQuestions: assignment.shuffleQuestions,
      shuffleChoices: assignment.shuffleChoices,
      startedAt: now,
      deadline,
    });
    return { attemptId, resumed: false };
  });
}
