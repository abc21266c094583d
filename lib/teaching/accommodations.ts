import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/guard";
import { HttpError, notFoundError } from "@/lib/errors";
import type { AccommodationInput } from "@/lib/validations/accommodation";

// Extra time, extra attempts and a later due date for chosen students of an assignment. The quiz
// engine applies them (lib/quiz/assignment-lock.ts termsFor) when the student starts and submits.

type Teacher = Pick<SessionUser, "id" | "role">;

async function findOwnedAssignment(user: Teacher, assignmentId: string) {
  if (user.role !== "TEACHER") throw new HttpError(403, "Only teachers can do this.");
  const assignment = await db.assignment.findFirst({
    where: { id: assignmentId, classroom: { teacherId: user.id } },
    select: { id: true, classId: true, dueAt: true, timeLimitMinutes: true },
  });
  if (!assignment) throw notFoundError("That assignment");
  return assignment;
}

export type StudentAccommodation = {
  userId: string;
  name: string;
  extraMinutes: number;
  extraAttempts: number;
  dueAt: Date | null;
};

/** Every student of the assignment's class, with their accommodation (zeros when none). */
export async function listAccommodations(user: Teacher, assignmentId: string): Promise<{ timed: boolean; students: StudentAccommodation[] }> {
  const assignment = await findOwnedAssignment(user, assignmentId);
  const members = await db.classMembership.findMany({
    where: { classId: assignment.classId },
    orderBy: { user: { name: "asc" } },
    select: { user: { select: { id: true, name: true, accommodations: { where: { assignmentId }, select: { extraMinutes: true, extraAttempts: true, dueAt: true } } } } },
  });
  return {
    timed: assignment.timeLimitMinutes !== null,
    students: members.map(({ user: student }) => ({
      userId: student.id,
      name: student.name,
      extraMinutes: student.accommodations[0]?.extraMinutes ?? 0,
      extraAttempts: student.accommodations[0]?.extraAttempts ?? 0,
      dueAt: student.accommodations[0]?.dueAt ?? null,
    })),
  };
}

/** Sets (or, with nothing extra, removes) one class member's accommodation. */
export async function setAccommodation(user: Teacher, assignmentId: string, studentId: string, input: AccommodationInput): Promise<void> {
  const assignment = await findOwnedAssignment(user, assignmentId);
  const member = await db.classMembership.findUnique({ where: { classId_userId: { classId: assignment.classId, userId: studentId } } });
  if (!member) throw notFoundError("That student");
  if (input.dueAt && input.dueAt <= assignment.dueAt) throw new HttpError(422, "An extended due date must be after the assignment's due date.");
  if (input.extraMinutes > 0 && assignment.timeLimitMinutes === null) throw new HttpError(422, "This assignment has no time limit to extend.");
  const key = { assignmentId_userId: { assignmentId, userId: studentId } };
  if (input.extraMinutes === 0 && input.extraAttempts === 0 && !input.dueAt) {
    await db.assignmentAccommodation.deleteMany({ where: { assignmentId, userId: studentId } });
    return;
  }
  const data = { extraMinutes: input.extraMinutes, extraAttempts: input.extraAttempts, dueAt: input.dueAt };
  await db.assignmentAccommodation.upsert({ where: key, create: { assignmentId, userId: studentId, ...data }, update: data });
}
