import { db } from "@/lib/db";
import { HttpError } from "@/lib/errors";
import { parseStoredCard, pickStoredCard, previewIntervals, type GradeValue, type StoredCard } from "./scheduler";
import { writeGrade } from "./grade-writer";

// Saving a grade: a review log row and the learner's new FSRS state, written together in one
// transaction (lib/study/grade-writer.ts batches them). The client's requestId is the idempotency
// key: a repeat returns what the first call saved.

export type GradeOutcome = {
  requestId: string;
  itemId: string;
  rating: GradeValue;
  due: string;
  state: number;
  /** The intervals the four buttons would show if the card comes back in this sitting. */
  nextIntervals: Record<GradeValue, string>;
  replayed: boolean;
};

type Learner = { id: string };

function outcomeOf(log: { requestId: string; itemId: string; rating: number }, card: StoredCard, now: Date, replayed: boolean): GradeOutcome {
  return {
    requestId: log.requestId,
    itemId: log.itemId,
    rating: log.rating as GradeValue,
    due: card.due.toISOString(),
    state: card.state,
    nextIntervals: previewIntervals(card, now),
    replayed,
  };
}

async function replay(learner: Learner, requestId: string, now: Date): Promise<GradeOutcome | null> {
  const existing = await db.reviewLog.findUnique({ where: { requestId } });
  if (!existing) return null;
  if (existing.userId !== learner.id) throw new HttpError(409, "That request id was already used.");
  const state = await db.cardState.findUnique({ where: { userId_itemId: { userId: learner.id, itemId: existing.itemId } } });
  if (!state) throw new HttpError(409, "That grade was undone.");
  return outcomeOf(existing, pickStoredCard(state), now, true);
}

export async function recordGrade(
  learner: Learner,
  input: { requestId: string; itemId: string; rating: number },
  now = new Date(),
  retried = false,
): Promise<GradeOutcome> {
  const rating = input.rating as GradeValue;
  if (![1, 2, 3, 4].includes(rating)) throw new HttpError(422, "The grade must be 1, 2, 3 or 4.");
  const written = await writeGrade({ learnerId: learner.id, requestId: input.requestId, itemId: input.itemId, rating, now });
  if (written.status === "not-found") throw new HttpError(404, "That card was not found.");
  if (written.status === "saved") return outcomeOf({ requestId: input.requestId, itemId: input.itemId, rating }, written.card, now, false);
  // Nothing was written. A retry, a double click or a second tab sent this requestId again: answer
  // with what the first request saved. Or the card changed between the batch's read and its write
  // (an undo in between): grade again on top of the state it has now.
  const repeated = await replay(learner, input.requestId, now);
  if (repeated) return repeated;
  if (!retried) return recordGrade(learner, input, now, true);
  throw new HttpError(409, "This card was just graded elsewhere. Please try again.");
}

export type UndoOutcome = { itemId: string; requestId: string; restored: "new" | "previous" };

/** Takes back one grade: the card returns to exactly the state it had before, and the log row goes. */
export async function undoGrade(learner: Learner, requestId: string): Promise<UndoOutcome> {
  return db.$transaction(async (tx) => {
    const log = await tx.reviewLog.findUnique({ where: { requestId } });
    if (!log || log.userId !== learner.id) throw new HttpError(404, "There is no such grade to undo (it may already be undone).");
    const latest = await tx.reviewLog.findFirst({
      where: { userId: learner.id, itemId: log.itemId },
      orderBy: [{ reviewedAt: "desc" }, { id: "desc" }],
      select: { id: true },
    });
    if (latest?.id !== log.id) throw new HttpError(409, "Only the latest grade of a card can be undone.");
    const previous = parseStoredCard(log.previousCard);
    const key = { userId_itemId: { userId: learner.id, itemId: log.itemId } };
    if (previous) await tx.cardState.update({ where: key, data: previous });
    else await tx.cardState.delete({ where: key });
    await tx.reviewLog.delete({ where: { id: log.id } });
    return { itemId: log.itemId, requestId, restored: previous ? "previous" : "new" };
  });
}
