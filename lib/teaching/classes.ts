import { randomInt } from "node:crypto";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/guard";
import { requireRole } from "@/lib/auth/roles";
import { Prisma } from "@/lib/generated/prisma/client";
import { HttpError, notFoundError } from "@/lib/errors";
import type { AssignmentInput } from "@/lib/validations/assignment";
import { JOIN_CODE_ALPHABET, JOIN_CODE_LENGTH } from "@/lib/validations/classroom";

type Actor = Pick<SessionUser, "id" | "role">;

export function newJoinCode(): string {
  let code = "";
  for (let i = 0; i < JOIN_CODE_LENGTH; i++) code += JOIN_CODE_ALPHABET[randomInt(JOIN_CODE_ALPHABET.length)];
  return code;
}

function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}

/** A class with a fresh join code; a clash with an existing code (31^6 ≈ 10^9 of them) draws again. */
export async function createClass(user: Actor, name: string): Promise<{ id: string; joinCode: string }> {
  requireRole(user, "TEACHER", "Only teachers can create classes.");
  for (let tries = 0; tries < 5; tries++) {
    try {
      return await db.classroom.create({ data: { name, teacherId: user.id, joinCode: newJoinCode() }, select: { id: true, joinCode: true } });
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
    }
  }
  throw new HttpError(503, "Could not find a free join code. Please try again.");
}

export async function findOwnedClass(user: Actor, classId: string) {
  requireRole(user, "TEACHER", "Only teachers can manage classes.");
  const found = await db.classroom.findFirst({ where: { id: classId, teacherId: user.id } });
  if (!found) throw notFoundError("That class");
  return found;
}

export type JoinResult = { classId: string; name: string };

/** Joins by code. Unknown code: 404; already a member: 409, and no second membership. */
export async function joinClass(user: Actor, code: string): Promise<JoinResult> {
  requireRole(user, "STUDENT", "Only students join classes; teachers create them.");
  const classroom = await db.classroom.findUnique({ where: { joinCode: code }, select: { id: true, name: true } });
  if (!classroom) throw new HttpError(404, `No class has the code ${code}. Check it with your teacher.`);
  try {
    await db.classMembership.create({ data: { classId: classroom.id, userId: user.id } });
  } catch (error) {
    if (isUniqueViolation(error)) throw new HttpError(409, `You are already in ${classroom.name}.`);
    throw error;
  }
  return { classId: classroom.id, name: classroom.name };
}

export async function removeStudent(user: Actor, classId: string, studentId: string): Promise<void> {
  await findOwnedClass(user, classId);
  const removed = await db.classMembership.deleteMany({ where: { classId, userId: studentId } });
  if (removed.count === 0) throw notFoundError("That student");
}

/** Only the teacher's own class and own published set; the quiz engine enforces the rules when students take it. */
export async function createAssignment(user: Actor, input: AssignmentInput): Promise<string> {
  await findOwnedClass(user, input.classId);
  const set = await db.studySet.findFirst({
    where: { id: input.setId, ownerId: user.id, status: "PUBLISHED" },
    select: { id: true, _count: { select: { items: { where: { kind: "QUESTION", retired: false } } } } },
  });
  if (!set) throw notFoundError("That study set");
  if (set._count.items === 0) throw new HttpError(422, "That set has no quiz questions to assign.");
  const assignment = await db.assignment.create({
    data: {
      classId: input.classId,
      setId: input.setId,
      opensAt: input.opensAt,
      dueAt: input.dueAt,
      attemptsAllowed: input.attemptsAllowed,
      timeLimitMinutes: input.timeLimitMinutes,
      shuffleQuestions: input.shuffleQuestions,
      shuffleChoices: input.shuffleChoices,
      showAnswers: input.showAnswers,
    },
    select: { id: true },
  });
  return assignment.id;
}
