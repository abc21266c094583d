import { addDays, dayKey, dayLabel, startOfDay } from "./days";

// Progress math: pure functions over rows the page reads, so every number on the page is tested here.

export type DayCount = { day: string; label: string; count: number };

/** Cards coming due on each of the next `days` days; anything overdue counts as due today. */
export function dueForecast(dues: Date[], now: Date, timeZone: string, days = 14): DayCount[] {
  const today = startOfDay(now, timeZone);
  const counts = new Map<string, number>();
  for (const due of dues) {
    const key = dayKey(due.getTime() <= now.getTime() ? today : due, timeZone);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return Array.from({ length: days }, (_, index) => {
    const date = addDays(today, index, timeZone);
    const key = dayKey(date, timeZone);
    return { day: key, label: index === 0 ? "Today" : dayLabel(date, timeZone), count: counts.get(key) ?? 0 };
  });
}

/** Reviews on each of the last `days` days, oldest first, ending today. */
export function reviewsPerDay(reviewedAt: Date[], now: Date, timeZone: string, days = 30): DayCount[] {
  const counts = new Map<string, number>();
  for (const at of reviewedAt) {
    const key = dayKey(at, timeZone);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const today = startOfDay(now, timeZone);
  return Array.from({ length: days }, (_, index) => {
    const date = addDays(today, index - days + 1, timeZone);
    const key = dayKey(date, timeZone);
    return { day: key, label: index === days - 1 ? "Today" : dayLabel(date, timeZone), count: counts.get(key) ?? 0 };
  });
}

/** Consecutive days with at least one review, ending today, or yesterday when today has none yet. */
export function studyStreak(reviewedAt: Date[], now: Date, timeZone: string): number {
  const days = new Set(reviewedAt.map((at) => dayKey(at, timeZone)));
  let cursor = startOfDay(now, timeZone);
  if (!days.has(dayKey(cursor, timeZone))) cursor = addDays(cursor, -1, timeZone);
  let streak = 0;
  while (days.has(dayKey(cursor, timeZone))) {
    streak += 1;
    cursor = addDays(cursor, -1, timeZone);
  }
  return streak;
}

/** Share of reviews not graded Again (1); null when there are none. */
export function retention(ratings: number[]): number | null {
  if (ratings.length === 0) return null;
  return ratings.filter((rating) => rating !== 1).length / ratings.length;
}

export const MATERIALS = ["key_fact", "table", "expert", "timeline", "prose"] as const;
export type MaterialName = (typeof MATERIALS)[number];
export const MATERIAL_LABELS: Record<MaterialName, string> = {
  key_fact: "Key facts",
  table: "Comparison tables",
  expert: "Experts",
  timeline: "Timeline",
  prose: "Explanations",
};

/** A card's FSRS state (0 new, 1 learning, 2 review, 3 relearning), or null when never studied. */
export type CardProgress = { material: string; state: number | null; scheduledDays: number };

export type Mastery = {
  material: MaterialName;
  label: string;
  total: number;
  unseen: number;
  learning: number;
  young: number;
  mastered: number;
  /** Mastered share: cards in review with an interval of 21 days or more (Anki's "mature"). */
  share: number;
};

export const MATURE_DAYS = 21;

export function masteryByMaterial(cards: CardProgress[]): Mastery[] {
  return MATERIALS.map((material) => {
    const own = cards.filter((card) => card.material === material);
    const unseen = own.filter((card) => card.state === null || card.state === 0).length;
    const learning = own.filter((card) => card.state === 1 || card.state === 3).length;
    const mastered = own.filter((card) => card.state === 2 && card.scheduledDays >= MATURE_DAYS).length;
    const young = own.length - unseen - learning - mastered;
    return { material, label: MATERIAL_LABELS[material], total: own.length, unseen, learning, young, mastered, share: own.length ? mastered / own.length : 0 };
  }).filter((row) => row.total > 0);
}

export function percent(share: number | null): string {
  return share === null ? "—" : `${Math.round(share * 100)}%`;
}
