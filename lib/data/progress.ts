import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/guard";
import { visibleSetsWhere } from "@/lib/study-sets/visibility";
import { addDays, startOfDay } from "@/lib/progress/days";
import { serverTimeZone } from "@/lib/time-zone";
import { dueForecast, masteryByMaterial, retention, reviewsPerDay, studyStreak, type DayCount, type Mastery } from "@/lib/progress/stats";

export type QuizHistoryRow = { id: string; setId: string; setTitle: string; assignment: boolean; submittedAt: Date; score: number; total: number };

export type Progress = {
  dueToday: number;
  forecast: DayCount[];
  reviewsPerDay: DayCount[];
  reviewsToday: number;
  totalReviews: number;
  streak: number;
  retention: number | null;
  mastery: Mastery[];
  quizzes: QuizHistoryRow[];
};

/** Days are counted in `timeZone`, the learner's (lib/data/learner-time-zone.ts). */
export async function getProgress(learner: Pick<SessionUser, "id">, { timeZone = serverTimeZone(), now = new Date() } = {}): Promise<Progress> {
  const since = addDays(startOfDay(now, timeZone), -365, timeZone);
  const [items, states, reviews, attempts] = await Promise.all([
    db.studyItem.findMany({ where: { kind: "FLASHCARD", retired: false, set: visibleSetsWhere(learner) }, select: { id: true, material: true } }),
    db.cardState.findMany({
      where: { userId: learner.id, item: { retired: false } },
      select: { itemId: true, due: true, state: true, scheduledDays: true },
    }),
    db.reviewLog.findMany({ where: { userId: learner.id, reviewedAt: { gte: since } }, select: { reviewedAt: true, rating: true } }),
    db.quizAttempt.findMany({
      where: { userId: learner.id, submittedAt: { not: null } },
      orderBy: { submittedAt: "desc" },
      take: 50,
      select: { id: true, submittedAt: true, score: true, total: true, assignmentId: true, set: { select: { id: true, title: true } } },
    }),
  ]);
  const stateOf = new Map(states.map((state) => [state.itemId, state]));
  const forecast = dueForecast(states.map((state) => state.due), now, timeZone);
  const perDay = reviewsPerDay(reviews.map((review) => review.reviewedAt), now, timeZone);
  return {
    dueToday: forecast[0].count,
    forecast,
    reviewsPerDay: perDay,
    reviewsToday: perDay.at(-1)?.count ?? 0,
    totalReviews: reviews.length,
    streak: studyStreak(reviews.map((review) => review.reviewedAt), now, timeZone),
    retention: retention(reviews.map((review) => review.rating)),
    mastery: masteryByMaterial(
      items.map((item) => ({ material: item.material, state: stateOf.get(item.id)?.state ?? null, scheduledDays: stateOf.get(item.id)?.scheduledDays ?? 0 })),
    ),
    quizzes: attempts.map((attempt) => ({
      id: attempt.id,
      setId: attempt.set.id,
      setTitle: attempt.set.title,
      assignment: attempt.assignmentId !== null,
      submittedAt: attempt.submittedAt!,
      score: attempt.score ?? 0,
      total: attempt.total,
    })),
  };
}
