// After a bench:classroom run, what the database holds for the assignment, against what the app
// acknowledged: every acknowledged answer stored exactly once, one attempt per student, each graded.
import type { Db } from "@/lib/db";

export type AcknowledgedAnswer = { attemptId: string; itemId: string };

export type ClassroomCheck = {
  acknowledged: number;
  stored: number;
  /** Acknowledged (2xx) but not in the database. */
  lost: number;
  /** Stored more than once for one question of one attempt. */
  doubled: number;
  /** Stored although the app never acknowledged it (a failed request that still landed). */
  unacknowledged: number;
  attempts: number;
  /** Students with more than one attempt at an assignment that allows one. */
  extraAttempts: number;
  /** Attempts not submitted, or submitted without a score. */
  ungraded: number;
};

export async function checkClassroom(db: Db, assignmentId: string, acknowledged: AcknowledgedAnswer[]): Promise<ClassroomCheck> {
  const attempts = await db.quizAttempt.findMany({
    where: { assignmentId },
    select: { id: true, userId: true, submittedAt: true, score: true, answers: { select: { itemId: true } } },
  });
  const stored = new Map<string, number>();
  for (const attempt of attempts) {
    for (const answer of attempt.answers) {
      const key = `${attempt.id} ${answer.itemId}`;
      stored.set(key, (stored.get(key) ?? 0) + 1);
    }
  }
  const acknowledgedKeys = new Set(acknowledged.map((answer) => `${answer.attemptId} ${answer.itemId}`));
  const students = new Set(attempts.map((attempt) => attempt.userId));
  return {
    acknowledged: acknowledgedKeys.size,
    stored: [...stored.values()].reduce((sum, count) => sum + count, 0),
    lost: [...acknowledgedKeys].filter((key) => !stored.has(key)).length,
    doubled: [...stored.values()].filter((count) => count > 1).length,
    unacknowledged: [...stored.keys()].filter((key) => !acknowledgedKeys.has(key)).length,
    attempts: attempts.length,
    extraAttempts: attempts.length - students.size,
    ungraded: attempts.filter((attempt) => attempt.submittedAt === null || attempt.score === null).length,
  };
}
