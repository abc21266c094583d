import { randomInt } from "node:crypto";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/guard";
import { requireRole } from "@/lib/auth/roles";
import { Prisma } from "@/lib/generated/prisma/client";
import { HttpError, notFoundError } from "@/lib/errors";
import type { AssignmentInput } from "@/lib/validations/assignment";
import { JOIN_CODE_ALPHABET, JOIN_CODE_LENGTH } from "@/lib/validations/classroom";
import { finishInTx } from "@/lib/quiz/finish";
import { countDrawable } from "@/lib/quiz/start";

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

/**
 * Joins by code. Unknown code: 404; already a member: 409, and no second membership. A student the
 * teacher removed cannot come back with the code the class had then (403); a new code, or the
 * teacher re-admitting them, lets them in.
 */
export async function joinClass(user: Actor, code: string): Promise<JoinResult> {
  requireRole(user, "STUDENT", "Only students join classes; teachers create them.");
  const classroom = await db.classroom.findUnique({ where: { joinCode: code }, select: { id: true, name: true, joinCode: true } });
  if (!classroom) throw new HttpError(404, `No class has the code ${code}. Check it with your teacher.`);
  try {
    await db.$transaction(async (tx) => {
      const removal = await tx.classRemoval.findUnique({ where: { classId_userId: { classId: classroom.id, userId: user.id } } });
      if (removal?.joinCode === classroom.joinCode) {
        throw new HttpError(403, `Your teacher removed you from ${classroom.name}. Ask them to re-admit you or for a new join code.`);
      }
      if (removal) await tx.classRemoval.delete({ where: { classId_userId: { classId: classroom.id, userId: user.id } } });
      await tx.classMembership.create({ data: { classId: classroom.id, userId: user.id } });
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new HttpError(409, `You are already in ${classroom.name}.`);
    throw error;
  }
  return { classId: classroom.id, name: classroom.name };
}

/**
 * Removes a student: the membership goes, their open attempts at the class's assignments are
 * submitted as they stand (scored on the answers saved, so the record is kept and nothing is
 * lost that they had done), and the class's current code no longer lets them back in. One transaction.
 */
export async function removeStudent(user: Actor, classId: string, studentId: string, now = new Date()): Promise<void> {
  const classroom = await findOwnedClass(user, classId);
  await db.$transaction(async (tx) => {
    const removed = await tx.classMembership.deleteMany({ where: { classId, userId: studentId } });
    if (removed.count === 0) throw notFoundError("That student");
    const open = await tx.quizAttempt.findMany({
      where: { userId: studentId, submittedAt: null, assignment: { classId } },
      select: { id: true },
    });
    for (const attempt of open) await finishInTx(tx, attempt.id, now);
    await tx.classRemoval.upsert({
      where: { classId_userId: { classId, userId: studentId } },
      create: { classId, userId: studentId, joinCode: classroom.joinCode, removedAt: now },
      update: { joinCode: classroom.joinCode, removedAt: now },
    });
  });
}

/** Lets a removed student back into the class at once, with their past attempts. */
export async function readmitStudent(user: Actor, classId: string, studentId: string): Promise<void> {
  await findOwnedClass(user, classId);
  await db.$transaction(async (tx) => {
    const removal = await tx.classRemoval.deleteMany({ where: { classId, userId: studentId } });
    if (removal.count === 0) throw notFoundError("That removed student");
    await tx.classMembership.upsert({
      where: { classId_userId: { classId, userId: studentId } },
      create: { classId, userId: studentId },
      update: {},
    });
  });
}

/** A new join code for the class: the old one stops working, and students removed earlier may join with the new one. */
export async function regenerateJoinCode(user: Actor, classId: string): Promise<{ joinCode: string }> {
  await findOwnedClass(user, classId);
  for (let tries = 0; tries < 5; tries++) {
    try {
      return await db.classroom.update({ where: { id: classId }, data: { joinCode: newJoinCode() }, select: { joinCode: true } });
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
    }
  }
  throw new HttpError(503, "Could not find a free join code. Please try again.");
}

const TYPE_NAMES: Record<string, string> = {
  multiple_choice: "multiple choice", multiple_response: "multiple response", true_false: "true/false", fill_in: "fill-in", numeric: "numeric", matching: "matching", ordering: "ordering",
};

/**
 * Only the teacher's own class and own published set, and a count the set can give every student
 * (one question per source sentence, of the chosen types); the quiz engine enforces the rest.
 */
export async function createAssignment(user: Actor, input: AssignmentInput): Promise<string> {
  await findOwnedClass(user, input.classId);
  const set = await db.studySet.findFirst({ where: { id: input.setId, ownerId: user.id, status: "PUBLISHED" }, select: { id: true } });
  if (!set) throw notFoundError("That study set");
  const drawable = await countDrawable(db, input.setId, input.questionTypes);
  if (drawable === 0) {
    const types = input.questionTypes ? ` of the types chosen (${input.questionTypes.map((type) => TYPE_NAMES[type]).join(", ")})` : "";
    throw new HttpError(422, `That set has no quiz questions${types} to assign.`);
  }
  if (input.questionCount !== null && input.questionCount > drawable) {
    throw new HttpError(
      422,
      `That set can give each student at most ${drawable} question${drawable === 1 ? "" : "s"} of these types, one per sentence of the article; ask for ${drawable} or fewer.`,
    );
  }
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
      questionCount: input.questionCount,
      questionTypes: input.questionTypes ? JSON.stringify(input.questionTypes) : null,
    },
    select: { id: true },
  });
  return assignment.id;
}
