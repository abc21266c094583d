import { db } from "@/lib/db";
import { countDrawable } from "@/lib/quiz/start";
import type { SessionUser } from "@/lib/auth/guard";
import { decodeQuestion } from "@/lib/study-sets/items";
import { buildAssignmentReport, type AssignmentReport, type ReportQuestion } from "@/lib/reports/assignment-report";
import { keyText } from "@/lib/reports/item-analysis";
import { buildGradebook, type Gradebook } from "@/lib/reports/gradebook";

// Teacher-side reads. Every query is scoped to the teacher's own sets and classes; anything else is
// null, which the pages turn into notFound().

type Teacher = Pick<SessionUser, "id">;

export async function listTeacherSets(user: Teacher) {
  const sets = await db.studySet.findMany({
    where: { ownerId: user.id },
    orderBy: { updatedAt: "desc" },
    select: {
      id: true,
      title: true,
      status: true,
      visibility: true,
      createdAt: true,
      updatedAt: true,
      draftJson: true,
      _count: { select: { items: { where: { retired: false } }, assignments: true } },
    },
  });
  return sets.map(({ draftJson, _count, ...set }) => ({
    ...set,
    hasUnpublishedEdits: set.status === "PUBLISHED" && draftJson !== null,
    itemCount: _count.items,
    assignmentCount: _count.assignments,
  }));
}

/** The teacher's published sets, each with how many questions one student's draw can hold (one per sentence). */
export async function listPublishedTeacherSets(user: Teacher): Promise<{ id: string; title: string; drawable: number }[]> {
  const sets = await db.studySet.findMany({
    where: { ownerId: user.id, status: "PUBLISHED" },
    orderBy: { title: "asc" },
    select: { id: true, title: true },
  });
  return Promise.all(sets.map(async (set) => ({ ...set, drawable: await countDrawable(db, set.id, null) })));
}

export async function listTeacherClasses(user: Teacher) {
  const classes = await db.classroom.findMany({
    where: { teacherId: user.id },
    orderBy: { createdAt: "desc" },
    select: { id: true, name: true, joinCode: true, _count: { select: { members: true, assignments: true } } },
  });
  return classes.map(({ _count, ...classroom }) => ({ ...classroom, studentCount: _count.members, assignmentCount: _count.assignments }));
}

export async function listRecentAssignments(user: Teacher, take = 5) {
  return db.assignment.findMany({
    where: { classroom: { teacherId: user.id } },
    orderBy: { createdAt: "desc" },
    take,
    select: {
      id: true,
      dueAt: true,
      opensAt: true,
      set: { select: { title: true } },
      classroom: { select: { id: true, name: true } },
      _count: { select: { attempts: { where: { submittedAt: { not: null } } } } },
    },
  });
}

export async function getTeacherClass(user: Teacher, classId: string) {
  return db.classroom.findFirst({
    where: { id: classId, teacherId: user.id },
    select: {
      id: true,
      name: true,
      joinCode: true,
      members: { orderBy: { user: { name: "asc" } }, select: { joinedAt: true, user: { select: { id: true, name: true, email: true } } } },
      removals: { orderBy: { removedAt: "desc" }, select: { removedAt: true, joinCode: true, user: { select: { id: true, name: true, email: true } } } },
      assignments: {
        orderBy: { dueAt: "asc" },
        select: { id: true, opensAt: true, dueAt: true, attemptsAllowed: true, timeLimitMinutes: true, set: { select: { id: true, title: true } } },
      },
    },
  });
}

export async function getTeacherSet(user: Teacher, setId: string) {
  const set = await db.studySet.findFirst({
    where: { id: setId, ownerId: user.id },
    select: {
      id: true,
      title: true,
      status: true,
      visibility: true,
      draftJson: true,
      updatedAt: true,
      assignments: { orderBy: { dueAt: "asc" }, select: { id: true, dueAt: true, classroom: { select: { id: true, name: true } } } },
    },
  });
  if (!set) return null;
  const counts = await db.studyItem.groupBy({ by: ["kind"], where: { setId, retired: false }, _count: { _all: true } });
  const countOf = (kind: string) => counts.find((row) => row.kind === kind)?._count._all ?? 0;
  const { draftJson, ...rest } = set;
  return { ...rest, hasDraft: draftJson !== null, cardCount: countOf("FLASHCARD"), questionCount: countOf("QUESTION") };
}

export async function getClassGradebook(user: Teacher, classId: string): Promise<{ name: string; gradebook: Gradebook } | null> {
  const classroom = await db.classroom.findFirst({
    where: { id: classId, teacherId: user.id },
    select: {
      name: true,
      members: { select: { user: { select: { id: true, name: true, email: true } } } },
      assignments: {
        select: { id: true, dueAt: true, set: { select: { title: true } }, accommodations: { where: { dueAt: { not: null } }, select: { userId: true, dueAt: true } } },
      },
    },
  });
  if (!classroom) return null;
  const attempts = await db.quizAttempt.findMany({
    where: { assignment: { classId }, userId: { in: classroom.members.map((member) => member.user.id) } },
    select: { userId: true, assignmentId: true, startedAt: true, submittedAt: true, late: true, score: true, total: true },
  });
  const gradebook = buildGradebook(
    classroom.members.map((member) => member.user),
    classroom.assignments.map((assignment) => ({
      id: assignment.id,
      title: assignment.set.title,
      dueAt: assignment.dueAt,
      extendedDueAt: Object.fromEntries(assignment.accommodations.flatMap(({ userId, dueAt }) => (dueAt ? [[userId, dueAt]] : []))),
    })),
    attempts.map((attempt) => ({ ...attempt, assignmentId: attempt.assignmentId ?? "" })),
  );
  return { name: classroom.name, gradebook };
}

export async function getAssignmentResults(user: Teacher, assignmentId: string): Promise<{
  assignment: { id: string; dueAt: Date; opensAt: Date; setTitle: string; classId: string; className: string };
  report: AssignmentReport;
} | null> {
  const assignment = await db.assignment.findFirst({
    where: { id: assignmentId, classroom: { teacherId: user.id } },
    select: { id: true, dueAt: true, opensAt: true, setId: true, set: { select: { title: true } }, classroom: { select: { id: true, name: true } } },
  });
  if (!assignment) return null;
  const [items, attempts] = await Promise.all([
    db.studyItem.findMany({
      where: { setId: assignment.setId, kind: "QUESTION", OR: [{ retired: false }, { answers: { some: { attempt: { assignmentId } } } }] },
      orderBy: { position: "asc" },
      select: { id: true, data: true },
    }),
    db.quizAttempt.findMany({
      where: { assignmentId, submittedAt: { not: null } },
      select: {
        userId: true,
        submittedAt: true,
        late: true,
        score: true,
        total: true,
        user: { select: { name: true } },
        answers: { select: { itemId: true, response: true, correct: true } },
      },
    }),
  ]);
  const questions: ReportQuestion[] = items.map((item) => {
    const question = decodeQuestion(item.data);
    return { itemId: item.id, prompt: question.prompt, type: question.type, choices: question.choices ?? [], answer: keyText(question) };
  });
  const report = buildAssignmentReport(
    questions,
    attempts.map((attempt) => ({
      userId: attempt.userId,
      studentName: attempt.user.name,
      submittedAt: attempt.submittedAt as Date,
      late: attempt.late,
      score: attempt.score ?? 0,
      total: attempt.total,
      answers: attempt.answers,
    })),
  );
  return {
    assignment: {
      id: assignment.id,
      dueAt: assignment.dueAt,
      opensAt: assignment.opensAt,
      setTitle: assignment.set.title,
      classId: assignment.classroom.id,
      className: assignment.classroom.name,
    },
    report,
  };
}

export async function listStudentClasses(user: Pick<SessionUser, "id">) {
  return db.classMembership.findMany({
    where: { userId: user.id },
    orderBy: { joinedAt: "desc" },
    select: { joinedAt: true, classroom: { select: { id: true, name: true, teacher: { select: { name: true } }, _count: { select: { assignments: true } } } } },
  });
}

export async function getClassByJoinCode(code: string) {
  return db.classroom.findUnique({ where: { joinCode: code }, select: { id: true, name: true, teacher: { select: { name: true } } } });
}

// Ownership checks for the guard layouts: they run outside the pages' loading boundaries, so a
// foreign or unknown id answers a real 404 status instead of a streamed 200.
export async function teacherOwnsSet(user: Teacher, setId: string): Promise<boolean> {
  return (await db.studySet.count({ where: { id: setId, ownerId: user.id } })) > 0;
}

export async function teacherOwnsClass(user: Teacher, classId: string): Promise<boolean> {
  return (await db.classroom.count({ where: { id: classId, teacherId: user.id } })) > 0;
}

export async function teacherOwnsAssignment(user: Teacher, assignmentId: string): Promise<boolean> {
  return (await db.assignment.count({ where: { id: assignmentId, classroom: { teacherId: user.id } } })) > 0;
}
