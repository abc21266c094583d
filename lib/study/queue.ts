// Which cards a study session shows, in order: cards due now (oldest first), then new cards up to
// what is left of today's new-card limit, then learning cards coming due within the learn-ahead
// window, so a card graded Again returns in the same sitting, as in Anki.

export const LEARN_AHEAD_MS = 20 * 60 * 1000;

export type QueueState = { itemId: string; due: Date };
export type QueueItem = { itemId: string; position: number };
export type QueueEntry = { itemId: string; isNew: boolean };

export function newCardsLeftToday(limit: number, introducedToday: number): number {
  return Math.max(0, limit - introducedToday);
}

export function buildQueue(input: {
  items: QueueItem[];
  states: QueueState[];
  now: Date;
  newCardsLeft: number;
  learnAheadMs?: number;
}): QueueEntry[] {
  const { items, states, now, newCardsLeft } = input;
  const learnAheadUntil = now.getTime() + (input.learnAheadMs ?? LEARN_AHEAD_MS);
  const started = new Set(states.map((state) => state.itemId));
  const byDue = [...states].sort((a, b) => a.due.getTime() - b.due.getTime());
  const due = byDue.filter((state) => state.due.getTime() <= now.getTime());
  const ahead = byDue.filter((state) => state.due.getTime() > now.getTime() && state.due.getTime() <= learnAheadUntil);
  const fresh = items
    .filter((item) => !started.has(item.itemId))
    .sort((a, b) => a.position - b.position)
    .slice(0, newCardsLeft);
  return [
    ...due.map((state) => ({ itemId: state.itemId, isNew: false })),
    ...fresh.map((item) => ({ itemId: item.itemId, isNew: true })),
    ...ahead.map((state) => ({ itemId: state.itemId, isNew: false })),
  ];
}
