import { db, type Tx } from "@/lib/db";
import { HttpError } from "@/lib/errors";
import { attemptNotFound } from "./errors";
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

/** A few seconds of grace so an answer sent as the clock hits zero is not lost to network latency. */
export const DEADLINE_GRACE_MS = 3_000;

export function isPastDeadline(deadline: Date | null, now: Date): boolean {
  return deadline !== null && now.getTime() > deadline.getTime() + DEADLINE_GRACE_MS;
}

/**
 * Scores an open attempt inside the caller's transaction. The update is conditional on the attempt
 * still being open, so two finishes racing each other score it once.
 */
export async function finishInTx(tx: Tx, attemptId: string, now: Date): Promise<void> {
  const attempt = await tx.quizAttempt.findUnique({
    where: { id: attemptId },
    select: {
      userId: true,
      submittedAt: true,
      deadline: true,
      assignment: { select: { dueAt: true, accommodations: { select: { userId: true, dueAt: true } } } },
    },
  });
  if (!attempt || attempt.submittedAt) return;
  // Time that ran out is submitted at the deadline, not whenever someone next looked.
  const submittedAt = attempt.deadline && attempt.deadline < now ? attempt.deadline : now;
  const score = await tx.quizAnswer.count({ where: { attemptId, correct: true } });
  // Late against the student's own due date when the teacher extended it.
  const extended = attempt.assignment?.accommodations.find((row) => row.userId === attempt.userId)?.dueAt;
  const dueAt = attempt.assignment ? (extended && extended > attempt.assignment.dueAt ? extended : attempt.assignment.dueAt) : null;
  const late = dueAt ? submittedAt > dueAt : false;
  await tx.quizAttempt.updateMany({ where: { id: attemptId, submittedAt: null }, data: { submittedAt, score, late } });
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

/** Closes an attempt whose time ran out; called wherever an attempt is read or written. */
export async function finishIfExpired(attempt: { id: string; submittedAt: Date | null; deadline: Date | null }, now: Date): Promise<boolean> {
  if (attempt.submittedAt || !isPastDeadline(attempt.deadline, now)) return false;
  await db.$transaction((tx) => finishInTx(tx, attempt.id, now));
  return true;
}
