import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/guard";
import { visibleSetsWhere } from "@/lib/study-sets/visibility";
import { termsFor, type AssignmentTerms } from "@/lib/quiz/assignment-lock";
import { closingOf, isPastDeadline } from "@/lib/quiz/deadline";

type UserRef = Pick<SessionUser, "id">;

/** The set a quiz page is about, if the user may see it. */
export async function getQuizSet(user: UserRef, setId: string) {
  const set = await db.studySet.findFirst({
    where: { id: setId, ...visibleSetsWhere(user) },
    select: { id: true, title: true, _count: { select: { items: { where: { kind: "QUESTION", retired: false } } } } },
  });
  return set ? { id: set.id, title: set.title, questionCount: set._count.items } : null;
}

/** The practice quiz the user left open on this set, so a reload resumes it. */
export async function findOpenPracticeAttemptId(user: UserRef, setId: string): Promise<string | null> {
  const open = await db.quizAttempt.findFirst({
    where: { userId: user.id, setId, assignmentId: null, submittedAt: null },
    orderBy: { startedAt: "desc" },
    select: { id: true },
  });
  return open?.id ?? null;
}

export async function getLastPracticeResult(user: UserRef, setId: string) {
  return db.quizAttempt.findFirst({
    where: { userId: user.id, setId, assignmentId: null, submittedAt: { not: null } },
    orderBy: { submittedAt: "desc" },
    select: { id: true, score: true, total: true, submittedAt: true },
  });
}

export type AssignmentStatus = "not started" | "in progress" | "submitted" | "late";

type AttemptRow = { submittedAt: Date | null; deadline: Date | null; late: boolean };

/** Status as a student reads it: the latest submission decides submitted vs late; an open, unexpired attempt is in progress. */
export function assignmentStatusOf(attempts: AttemptRow[], now: Date): AssignmentStatus {
  if (attempts.some((a) => !a.submittedAt && (!a.deadline || a.deadline > now))) return "in progress";
  const submitted = attempts.filter((a) => a.submittedAt).sort((a, b) => b.submittedAt!.getTime() - a.submittedAt!.getTime());
  if (submitted.length === 0) return attempts.length > 0 ? "submitted" : "not started";
  return submitted[0].late ? "late" : "submitted";
}

const assignmentSelect = (userId: string) =>
  ({
    id: true,
    opensAt: true,
    dueAt: true,
    attemptsAllowed: true,
    timeLimitMinutes: true,
    showAnswers: true,
    set: { select: { id: true, title: true } },
    classroom: { select: { name: true } },
    accommodations: { where: { userId }, select: { extraMinutes: true, extraAttempts: true, dueAt: true } },
    attempts: {
      where: { userId },
      orderBy: { startedAt: "asc" },
      select: {
        id: true,
        startedAt: true,
        submittedAt: true,
        deadline: true,
        late: true,
        score: true,
        total: true,
        _count: { select: { answers: { where: { correct: true } } } },
      },
    },
  }) as const;

type AttemptWithCorrect = { submittedAt: Date | null; deadline: Date | null; late: boolean; score: number | null; _count: { answers: number } };

/** Attempts as they stand now: one whose clock ran out reads as submitted at its deadline, before the sweep stores it. */
function attemptsAsOfNow<A extends AttemptWithCorrect>(attempts: A[], terms: AssignmentTerms, now: Date): A[] {
  return attempts.map((attempt) => {
    if (attempt.submittedAt || !isPastDeadline(attempt.deadline, now)) return attempt;
    return { ...attempt, ...closingOf({ deadline: attempt.deadline, dueAt: terms.dueAt }, attempt._count.answers, now) };
  });
}

/** Every assignment in the student's classes, soonest due first. */
export async function listStudentAssignments(user: UserRef, now = new Date()) {
  const rows = await db.assignment.findMany({
    where: { classroom: { members: { some: { userId: user.id } } } },
    orderBy: { dueAt: "asc" },
    select: assignmentSelect(user.id),
  });
  return rows.map((row) => {
    const terms = termsFor(row, row.accommodations[0]);
    const attempts = attemptsAsOfNow(row.attempts, terms, now);
    return { ...row, attempts, terms, status: assignmentStatusOf(attempts, now) };
  });
}

/** One assignment for a member of its class; null for anyone else. */
/** Whether the assignment exists and is set for one of the student's classes (the same rule as getStudentAssignment). */
export async function isAssignedTo(user: UserRef, assignmentId: string): Promise<boolean> {
  const row = await db.assignment.findFirst({ where: { id: assignmentId, classroom: { members: { some: { userId: user.id } } } }, select: { id: true } });
  return row !== null;
}

export async function getStudentAssignment(user: UserRef, assignmentId: string, now = new Date()) {
  const row = await db.assignment.findFirst({
    where: { id: assignmentId, classroom: { members: { some: { userId: user.id } } } },
    select: assignmentSelect(user.id),
  });
  if (!row) return null;
  // The student's own due date, attempts and time limit, with the teacher's accommodation applied.
  const terms = termsFor(row, row.accommodations[0]);
  const attempts = attemptsAsOfNow(row.attempts, terms, now);
  const open = attempts.find((a) => !a.submittedAt);
  return { ...row, attempts, terms, status: assignmentStatusOf(attempts, now), openAttemptId: open?.id ?? null };
}

export type StudentAssignment = Awaited<ReturnType<typeof listStudentAssignments>>[number];
