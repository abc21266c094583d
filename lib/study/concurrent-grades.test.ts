import { randomUUID } from "node:crypto";
import { describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";

// Two grade writers, each with its own batch queue, as two app servers have, grading the same
// learner's card at once on separate connections. Every grade either is saved (a review-log row
// and one more rep) or reports "not saved"; a card's reps always equal its review-log rows. At
// READ COMMITTED on PostgreSQL, grades were logged against a stale state (846 logs, reps 597).

type Writer = typeof import("./grade-writer");

async function secondWriter(): Promise<Writer> {
  vi.resetModules();
  return import("./grade-writer");
}

describe("grades of one card from two writers at once", () => {
  it("keep a card's reps equal to its review-log rows, and report every grade not saved as such", async () => {
    const writers = [await import("./grade-writer"), await secondWriter()];
    const learner = await db.user.create({
      data: { email: `concurrent-${randomUUID()}@example.com`, name: "Concurrent", passwordHash: "x", role: "STUDENT" },
    });
    const cards = await db.studyItem.findMany({ where: { kind: "FLASHCARD", set: { isSample: true } }, take: 2, select: { id: true } });
    let saved = 0;
    for (let round = 0; round < 15; round++) {
      const writes = await Promise.all(
        cards.flatMap((card) =>
          writers.flatMap((writer) =>
            [1, 2].map(() => writer.writeGrade({ learnerId: learner.id, requestId: randomUUID(), itemId: card.id, rating: 3, now: new Date() })),
          ),
        ),
      );
      saved += writes.filter((write) => write.status === "saved").length;
      expect(writes.every((write) => write.status !== "not-found")).toBe(true);
    }
    for (const card of cards) {
      const state = await db.cardState.findUniqueOrThrow({ where: { userId_itemId: { userId: learner.id, itemId: card.id } } });
      expect(state.reps).toBe(await db.reviewLog.count({ where: { userId: learner.id, itemId: card.id } }));
    }
    expect(await db.reviewLog.count({ where: { userId: learner.id } })).toBe(saved);
    expect(saved).toBeGreaterThanOrEqual(30);
  });
});
