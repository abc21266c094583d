import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/guard";
import { visibleSetsWhere } from "@/lib/study-sets/visibility";

export type LibrarySet = {
  id: string;
  title: string;
  isSample: boolean;
  cardCount: number;
  questionCount: number;
  dueNow: number;
  newCards: number;
  lastQuizScore: { score: number; total: number } | null;
};

export async function listLibrarySets(user: Pick<SessionUser, "id">, now = new Date()): Promise<LibrarySet[]> {
  const sets = await db.studySet.findMany({
    where: visibleSetsWhere(user),
    orderBy: [{ isSample: "desc" }, { createdAt: "desc" }],
    select: { id: true, title: true, isSample: true },
  });
  const setIds = sets.map((set) => set.id);
  const [itemCounts, studied, due, attempts] = await Promise.all([
    db.studyItem.groupBy({ by: ["setId", "kind"], where: { setId: { in: setIds }, retired: false }, _count: { _all: true } }),
    db.cardState.findMany({ where: { userId: user.id, item: { setId: { in: setIds }, retired: false } }, select: { item: { select: { setId: true } } } }),
    db.cardState.findMany({
      where: { userId: user.id, due: { lte: now }, item: { setId: { in: setIds }, retired: false } },
      select: { item: { select: { setId: true } } },
    }),
    db.quizAttempt.findMany({
      where: { userId: user.id, setId: { in: setIds }, submittedAt: { not: null } },
      orderBy: { submittedAt: "desc" },
      select: { setId: true, score: true, total: true },
    }),
  ]);
  const countOf = (setId: string, kind: string) =>
    itemCounts.find((row) => row.setId === setId && row.kind === kind)?._count._all ?? 0;
  const tally = (rows: { item: { setId: string } }[], setId: string) => rows.filter((row) => row.item.setId === setId).length;
  return sets.map((set) => {
    const latest = attempts.find((attempt) => attempt.setId === set.id);
    const cardCount = countOf(set.id, "FLASHCARD");
    return {
      ...set,
      cardCount,
      questionCount: countOf(set.id, "QUESTION"),
      dueNow: tally(due, set.id),
      newCards: cardCount - tally(studied, set.id),
      lastQuizScore: latest ? { score: latest.score ?? 0, total: latest.total } : null,
    };
  });
}

export async function getSampleSetTitle(): Promise<string | null> {
  const sample = await db.studySet.findFirst({ where: { isSample: true }, select: { title: true } });
  return sample?.title ?? null;
}
