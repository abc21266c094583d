// The clock of a timed attempt: when it has run out, and what closing it at a given moment means.

/** A few seconds of grace so an answer sent as the clock hits zero is not lost to network latency. */
export const DEADLINE_GRACE_MS = 3_000;

export function isPastDeadline(deadline: Date | null, now: Date): boolean {
  return deadline !== null && now.getTime() > deadline.getTime() + DEADLINE_GRACE_MS;
}

/**
 * When and how an open attempt closes if it is submitted at `now`: time that ran out is submitted at
 * the deadline, not whenever someone next looked; lateness counts against the student's own due date
 * (`dueAt`, with any extension; null in practice). Pure, so a page can show an expired attempt as
 * closed without writing.
 */
export function closingOf(
  attempt: { deadline: Date | null; dueAt: Date | null },
  correctAnswers: number,
  now: Date,
): { submittedAt: Date; score: number; late: boolean } {
  const submittedAt = attempt.deadline && attempt.deadline < now ? attempt.deadline : now;
  return { submittedAt, score: correctAnswers, late: attempt.dueAt ? submittedAt > attempt.dueAt : false };
}
