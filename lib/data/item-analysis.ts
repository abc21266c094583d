import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/guard";
import { readArticle } from "@/lib/generator";
import { decodeQuestion } from "@/lib/study-sets/items";
import { analyseItems, expertOfQuote, keyText, masteryBySource, type AnalysedAttempt, type ItemStatistics, type SourceMastery } from "@/lib/reports/item-analysis";

// Reads behind the item analysis: one assignment's submitted attempts, or every assignment of a set.
// Each student counts once per assignment, with their latest submitted attempt (as the report does).
// Only the teacher's own assignments and sets; anything else is null (the pages answer 404).

type Teacher = Pick<SessionUser, "id">;

export type ItemAnalysis = { attemptsCounted: number; items: ItemStatistics[]; mastery: SourceMastery[] };

type AttemptRow = {
  userId: string;
  assignmentId: string | null;
  submittedAt: Date | null;
  questionOrder: string;
  answers: { itemId: string; response: string; correct: boolean }[];
};

function latestPerStudentAndAssignment(rows: AttemptRow[]): AttemptRow[] {
  const latest = new Map<string, AttemptRow>();
  for (const row of rows) {
    const key = `${row.userId}\u0000${row.assignmentId}`;
    const seen = latest.get(key);
    if (!seen || (row.submittedAt as Date) > (seen.submittedAt as Date)) latest.set(key, row);
  }
  return [...latest.values()];
}

function presentedIds(questionOrder: string): string[] {
  try {
    const parsed: unknown = JSON.parse(questionOrder);
    return Array.isArray(parsed) ? parsed.filter((id): id is string => typeof id === "string") : [];
  } catch {
    return [];
  }
}

const attemptSelect = {
  userId: true,
  assignmentId: true,
  submittedAt: true,
  questionOrder: true,
  answers: { select: { itemId: true, response: true, correct: true } },
} as const;

async function analyse(setId: string, rows: AttemptRow[]): Promise<ItemAnalysis> {
  const counted = latestPerStudentAndAssignment(rows);
  const attempts: AnalysedAttempt[] = counted.map((row) => ({ presented: presentedIds(row.questionOrder), answers: row.answers }));
  const shownIds = new Set(attempts.flatMap((attempt) => [...attempt.presented, ...attempt.answers.map((answer) => answer.itemId)]));
  // The set's questions in use, plus retired ones students were still shown.
  const items = await db.studyItem.findMany({
    where: { setId, kind: "QUESTION", OR: [{ retired: false }, { id: { in: [...shownIds] } }] },
    orderBy: { position: "asc" },
    select: { id: true, data: true },
  });
  const set = await db.studySet.findUnique({ where: { id: setId }, select: { sourceText: true } });
  const experts = readArticle(set?.sourceText ?? "").sections.flatMap((section) => section.blocks.flatMap((block) => (block.kind === "expert" ? [block] : [])));
  const questions = items.map((item) => {
    const question = decodeQuestion(item.data);
    return {
      itemId: item.id,
      prompt: question.prompt,
      type: question.type,
      material: question.material,
      choices: question.choices ?? [],
      answerText: keyText(question),
      ...(question.answers ? { keys: question.answers } : {}),
      source: question.source,
      expert: question.material === "expert" ? expertOfQuote(question, experts) : null,
    };
  });
  const statistics = analyseItems(questions, attempts);
  return { attemptsCounted: attempts.length, items: statistics, mastery: masteryBySource(statistics) };
}

export async function getAssignmentItemAnalysis(user: Teacher, assignmentId: string): Promise<(ItemAnalysis & { setId: string }) | null> {
  const assignment = await db.assignment.findFirst({ where: { id: assignmentId, classroom: { teacherId: user.id } }, select: { setId: true } });
  if (!assignment) return null;
  const rows = await db.quizAttempt.findMany({ where: { assignmentId, submittedAt: { not: null } }, select: attemptSelect });
  return { setId: assignment.setId, ...(await analyse(assignment.setId, rows)) };
}

/** Across every assignment of the set, in all the teacher's classes; practice attempts are left out. */
export async function getSetItemAnalysis(user: Teacher, setId: string): Promise<(ItemAnalysis & { assignmentCount: number }) | null> {
  const set = await db.studySet.findFirst({ where: { id: setId, ownerId: user.id }, select: { _count: { select: { assignments: true } } } });
  if (!set) return null;
  const rows = await db.quizAttempt.findMany({
    where: { setId, assignmentId: { not: null }, submittedAt: { not: null }, assignment: { classroom: { teacherId: user.id } } },
    select: attemptSelect,
  });
  return { assignmentCount: set._count.assignments, ...(await analyse(setId, rows)) };
}
