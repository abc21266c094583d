import { createEmptyCard, fsrs, Rating, State, type Card, type Grade } from "ts-fsrs";

// FSRS glue: converts between ts-fsrs's Card and the fields we store per learner and card.
// Fuzz stays off so the interval a button shows is exactly the one that gets saved.

export const scheduler = fsrs({ enable_fuzz: false, enable_short_term: true });

/** The FSRS fields of a CardState row, as stored (and as kept in ReviewLog.previousCard for undo). */
export type StoredCard = {
  due: Date;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  state: number;
  lastReview: Date | null;
};

export type GradeValue = 1 | 2 | 3 | 4;
export const GRADE_LABELS: Record<GradeValue, string> = { 1: "Again", 2: "Hard", 3: "Good", 4: "Easy" };
export const GRADES: GradeValue[] = [1, 2, 3, 4];

export function toFsrsCard(stored: StoredCard | null, now: Date): Card {
  if (!stored) return createEmptyCard(now);
  return {
    due: stored.due,
    stability: stored.stability,
    difficulty: stored.difficulty,
    elapsed_days: stored.elapsedDays,
    scheduled_days: stored.scheduledDays,
    learning_steps: stored.learningSteps,
    reps: stored.reps,
    lapses: stored.lapses,
    state: stored.state as State,
    last_review: stored.lastReview ?? undefined,
  };
}

export function fromFsrsCard(card: Card): StoredCard {
  return {
    due: card.due,
    stability: card.stability,
    difficulty: card.difficulty,
    elapsedDays: card.elapsed_days,
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state,
    lastReview: card.last_review ?? null,
  };
}

export function pickStoredCard(row: StoredCard): StoredCard {
  const { due, stability, difficulty, elapsedDays, scheduledDays, learningSteps, reps, lapses, state, lastReview } = row;
  return { due, stability, difficulty, elapsedDays, scheduledDays, learningSteps, reps, lapses, state, lastReview };
}

export function serializeStoredCard(card: StoredCard | null): string {
  return JSON.stringify(card);
}

export function parseStoredCard(json: string): StoredCard | null {
  const value = JSON.parse(json) as (Omit<StoredCard, "due" | "lastReview"> & { due: string; lastReview: string | null }) | null;
  if (!value) return null;
  return { ...value, due: new Date(value.due), lastReview: value.lastReview ? new Date(value.lastReview) : null };
}

/** Applies one grade: the card after it and the review log ts-fsrs writes for it. */
export function applyGrade(stored: StoredCard | null, rating: GradeValue, now: Date) {
  const { card, log } = scheduler.next(toFsrsCard(stored, now), now, rating as Grade);
  return { card: fromFsrsCard(card), log };
}

/** "1m", "10m", "3h", "4d", "2.5mo", "1.2y": how Anki labels the next interval on each button. */
export function formatInterval(ms: number): string {
  const minutes = Math.max(1, Math.round(ms / 60_000));
  if (minutes < 60) return `${minutes}m`;
  const hours = minutes / 60;
  if (hours < 24) return `${Math.round(hours)}h`;
  const days = hours / 24;
  if (days < 30) return `${Math.round(days)}d`;
  if (days < 365) return `${roundOne(days / 30)}mo`;
  return `${roundOne(days / 365)}y`;
}

function roundOne(value: number): string {
  return (Math.round(value * 10) / 10).toString();
}

/** The next interval each grade would give, for the four buttons. */
export function previewIntervals(stored: StoredCard | null, now: Date): Record<GradeValue, string> {
  const preview = scheduler.repeat(toFsrsCard(stored, now), now);
  const label = (grade: GradeValue) => formatInterval(preview[grade as Grade].card.due.getTime() - now.getTime());
  return { 1: label(1), 2: label(2), 3: label(3), 4: label(4) };
}

export { Rating, State };
