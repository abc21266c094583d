import { db, type Tx } from "@/lib/db";
import { HttpError } from "@/lib/errors";
import { attemptNotFound } from "./errors";
import { termsFor } from "./assignment-lock";
import { DEADLINE_GRACE_MS, closingOf, isPastDeadline } from "./deadline";
import type { QuizUser } from "./types";

export type AttemptSummary = {
  attemptId: string;
  score: number;
  total: number;
  answered: number;
  missed: number;
  submittedAt: string;
  late: boolean;
};

/**
 * Scores an open attempt inside the caller's transaction. The update is conditional on the attempt
 * still being open, so two finishes racing each other score it once.
 */
export async function finishInTx(tx: Tx, attemptId: string, now: Date): Promise<boolean> {
  const attempt = await tx.quizAttempt.findUnique({
    where: { id: attemptId },
    select: {
      userId: true,
      submittedAt: true,
      deadline: true,
      assignment: {
        select: {
          dueAt: true,
          attemptsAllowed: true,
          timeLimitMinutes: true,
          accommodations: { select: { userId: true, extraMinutes: true, extraAttempts: true, dueAt: true } },
        },
      },
    },
  });
  if (!attempt || attempt.submittedAt) return false;
  const { assignment } = attempt;
  const dueAt = assignment ? termsFor(assignment, assignment.accommodations.find((row) => row.userId === attempt.userId)).dueAt : null;
  const correct = await tx.quizAnswer.count({ where: { attemptId, correct: true } });
  const closing = closingOf({ deadline: attempt.deadline, dueAt }, correct, now);
  const { count } = await tx.quizAttempt.updateMany({ where: { id: attemptId, submittedAt: null }, data: closing });
  return count === 1;
}

export async function summarize(attemptId: string): Promise<AttemptSummary> {
  const attempt = await db.quizAttempt.findUniqueOrThrow({
    where: { id: attemptId },
    select: { id: true, score: true, total: true, submittedAt: true, late: true, _count: { select: { answers: true } } },
  });
  if (!attempt.submittedAt) throw new HttpError(409, "This attempt is not submitted yet.");
  const score = attempt.score ?? 0;
  return {
    attemptId: attempt.id,
    score,
    total: attempt.total,
    answered: attempt._count.answers,
    missed: attempt.total - score,
    submittedAt: attempt.submittedAt.toISOString(),
    late: attempt.late,
  };
}

/** Submits an attempt and returns its score; finishing twice returns the same result. */
export async function finishAttempt(user: QuizUser, attemptId: string, now = new Date()): Promise<AttemptSummary> {
  const owned = await db.quizAttempt.findFirst({ where: { id: attemptId, userId: user.id }, select: { id: true } });
  if (!owned) throw attemptNotFound();
  await db.$transaction((tx) => finishInTx(tx, attemptId, now));
  return summarize(attemptId);
}

/** Closes an attempt whose time ran out; called by the write paths that touch an attempt. */
export async function finishIfExpired(attempt: { id: string; submittedAt: Date | null; deadline: Date | null }, now: Date): Promise<boolean> {
  if (attempt.submittedAt || !isPastDeadline(attempt.deadline, now)) return false;
  await db.$transaction((tx) => finishInTx(tx, attempt.id, now));
  return true;
}

/**
 * "Time's up": submits every open attempt whose clock ran out while nobody was saving answers (the
 * student closed the tab), so gradebooks and reports count it. Run on a schedule by each app server
 * (lib/quiz/expiry-sweep.ts); each attempt closes in its own transaction and at most once, so
 * several servers sweeping at the same moment agree. Returns how many this call closed.
 */
export async function submitExpiredAttempts(now = new Date()): Promise<number> {
  const expired = await db.quizAttempt.findMany({
    where: { submittedAt: null, deadline: { lt: new Date(now.getTime() - DEADLINE_GRACE_MS) } },
    select: { id: true },
    take: 500,
  });
  let closed = 0;
  for (const { id } of expired) {
    if (await db.$transaction((tx) => finishInTx(tx, id, now))) closed++;
  }
  return closed;
}
