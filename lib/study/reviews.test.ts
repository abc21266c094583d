import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getStudySession } from "@/lib/data/study";
import { HttpError } from "@/lib/errors";
import { recordGrade, undoGrade } from "./reviews";

// Against the real test database, seeded with the sample set through the production seed.

let sampleSetId: string;
let cardIds: string[];

async function newLearner(newCardsPerDay = 20) {
  return db.user.create({
    data: { email: `learner-${randomUUID()}@example.com`, name: "Test Learner", passwordHash: "x", role: "STUDENT", newCardsPerDay },
  });
}

const rid = () => randomUUID();

/** A flashcard in a private set someone else owns: no other learner may grade it. */
async function cardOfAnotherLearnersPrivateSet(): Promise<string> {
  const owner = await newLearner();
  const privateSet = await db.studySet.create({
    data: {
      title: "Private",
      sourceText: "x",
      ownerId: owner.id,
      visibility: "PRIVATE",
      items: { create: { itemKey: "card-private", kind: "FLASHCARD", type: "key_fact", material: "key_fact", position: 0, data: "{}" } },
    },
    include: { items: true },
  });
  return privateSet.items[0].id;
}

beforeAll(async () => {
  const sample = await db.studySet.findFirstOrThrow({ where: { isSample: true } });
  sampleSetId = sample.id;
  const cards = await db.studyItem.findMany({ where: { setId: sample.id, kind: "FLASHCARD" }, orderBy: { position: "asc" } });
  cardIds = cards.map((card) => card.id);
});

describe("recordGrade", () => {
  it("stores the FSRS state and one review log row per grade", async () => {
    const learner = await newLearner();
    const now = new Date("2026-03-02T10:00:00Z");
    const first = await recordGrade(learner, { requestId: rid(), itemId: cardIds[0], rating: 3 }, now);
    expect(first.replayed).toBe(false);
    const state = await db.cardState.findUniqueOrThrow({ where: { userId_itemId: { userId: learner.id, itemId: cardIds[0] } } });
    expect(state.reps).toBe(1);
    expect(state.due.getTime()).toBeGreaterThan(now.getTime());
    expect(state.due.toISOString()).toBe(first.due);

    const later = new Date(state.due.getTime() + 1000);
    await recordGrade(learner, { requestId: rid(), itemId: cardIds[0], rating: 4 }, later);
    const after = await db.cardState.findUniqueOrThrow({ where: { userId_itemId: { userId: learner.id, itemId: cardIds[0] } } });
    expect(after.reps).toBe(2);
    expect(after.due.getTime() - later.getTime()).toBeGreaterThan(24 * 3600 * 1000);
    const logs = await db.reviewLog.findMany({ where: { userId: learner.id }, orderBy: { reviewedAt: "asc" } });
    expect(logs.map((log) => log.rating)).toEqual([3, 4]);
  });

  it("stores a repeated request once and answers it with the first result", async () => {
    const learner = await newLearner();
    const requestId = rid();
    const input = { requestId, itemId: cardIds[1], rating: 1 };
    const [a, b] = await Promise.all([recordGrade(learner, input), recordGrade(learner, input)]);
    const c = await recordGrade(learner, input);
    expect([a.replayed, b.replayed].sort()).toEqual([false, true]);
    expect(c).toMatchObject({ replayed: true, due: a.due, rating: 1 });
    expect(await db.reviewLog.count({ where: { userId: learner.id } })).toBe(1);
    expect((await db.cardState.findFirstOrThrow({ where: { userId: learner.id } })).reps).toBe(1);
  });

  it("saves two grades of the same card sent at the same moment, the second on top of the first", async () => {
    const learner = await newLearner();
    const now = new Date("2026-03-02T10:00:00Z");
    const grades = [rid(), rid()].map((requestId) => recordGrade(learner, { requestId, itemId: cardIds[5], rating: 3 }, now));
    const outcomes = await Promise.all(grades);
    expect(outcomes.map((outcome) => outcome.replayed)).toEqual([false, false]);
    const state = await db.cardState.findUniqueOrThrow({ where: { userId_itemId: { userId: learner.id, itemId: cardIds[5] } } });
    expect(state.reps).toBe(2);
    const logs = await db.reviewLog.findMany({ where: { userId: learner.id }, orderBy: { id: "asc" } });
    expect(logs).toHaveLength(2);
    // The second log row remembers the state the first grade left, so undo steps back one grade.
    expect(JSON.parse(logs[0].previousCard)).toBeNull();
    expect(JSON.parse(logs[1].previousCard)).toMatchObject({ reps: 1 });
  });

  it("refuses a grade of 7, an unknown card and a card of a set the learner cannot see, changing nothing", async () => {
    const learner = await newLearner();
    const privateCardId = await cardOfAnotherLearnersPrivateSet();
    await expect(recordGrade(learner, { requestId: rid(), itemId: cardIds[0], rating: 7 })).rejects.toMatchObject({ status: 422 });
    await expect(recordGrade(learner, { requestId: rid(), itemId: "no-such-card", rating: 3 })).rejects.toMatchObject({ status: 404 });
    await expect(recordGrade(learner, { requestId: rid(), itemId: privateCardId, rating: 3 })).rejects.toBeInstanceOf(HttpError);
    expect(await db.reviewLog.count({ where: { userId: learner.id } })).toBe(0);
    expect(await db.cardState.count({ where: { userId: learner.id } })).toBe(0);
  });

  it("refuses another learner's request id instead of replaying their result", async () => {
    const [alice, bob] = [await newLearner(), await newLearner()];
    const requestId = rid();
    await recordGrade(alice, { requestId, itemId: cardIds[2], rating: 3 });
    await expect(recordGrade(bob, { requestId, itemId: cardIds[2], rating: 3 })).rejects.toMatchObject({ status: 409 });
    expect(await db.cardState.count({ where: { userId: bob.id } })).toBe(0);
  });
});

describe("recordGrade with many learners at once", () => {
  it("saves every learner's grade, refuses only the card one of them may not study", async () => {
    const learners = await Promise.all(Array.from({ length: 30 }, () => newLearner()));
    const hiddenCardId = await cardOfAnotherLearnersPrivateSet();
    const now = new Date("2026-03-02T10:00:00Z");
    const graded = learners.map((learner, index) =>
      recordGrade(learner, { requestId: rid(), itemId: index === 7 ? hiddenCardId : cardIds[index % cardIds.length], rating: 1 + (index % 4) }, now),
    );
    const settled = await Promise.allSettled(graded);
    expect(settled.filter((result) => result.status === "rejected")).toHaveLength(1);
    expect(settled[7]).toMatchObject({ status: "rejected", reason: { status: 404 } });
    for (const [index, learner] of learners.entries()) {
      if (index === 7) continue;
      const states = await db.cardState.findMany({ where: { userId: learner.id } });
      expect(states.map((state) => [state.itemId, state.reps])).toEqual([[cardIds[index % cardIds.length], 1]]);
      expect((await db.reviewLog.findMany({ where: { userId: learner.id } })).map((log) => log.rating)).toEqual([1 + (index % 4)]);
    }
    expect(await db.reviewLog.count({ where: { userId: learners[7].id } })).toBe(0);
  });

  it("stores one grade when two learners send the same request id at once, and refuses the other", async () => {
    const [alice, bob] = [await newLearner(), await newLearner()];
    const requestId = rid();
    const settled = await Promise.allSettled([
      recordGrade(alice, { requestId, itemId: cardIds[6], rating: 3 }),
      recordGrade(bob, { requestId, itemId: cardIds[6], rating: 3 }),
    ]);
    expect(settled.map((result) => result.status).sort()).toEqual(["fulfilled", "rejected"]);
    expect(settled.find((result) => result.status === "rejected")).toMatchObject({ reason: { status: 409 } });
    expect(await db.reviewLog.count({ where: { requestId } })).toBe(1);
    expect(await db.cardState.count({ where: { userId: { in: [alice.id, bob.id] } } })).toBe(1);
  });
});

describe("undoGrade", () => {
  it("restores the exact prior state, and a new card becomes new again", async () => {
    const learner = await newLearner();
    const t0 = new Date("2026-03-02T10:00:00Z");
    const first = rid();
    await recordGrade(learner, { requestId: first, itemId: cardIds[3], rating: 3 }, t0);
    const before = await db.cardState.findUniqueOrThrow({ where: { userId_itemId: { userId: learner.id, itemId: cardIds[3] } } });
    const second = rid();
    await recordGrade(learner, { requestId: second, itemId: cardIds[3], rating: 1 }, new Date(before.due.getTime() + 60_000));

    await expect(undoGrade(learner, first)).rejects.toMatchObject({ status: 409 });
    expect(await undoGrade(learner, second)).toMatchObject({ restored: "previous" });
    const restored = await db.cardState.findUniqueOrThrow({ where: { userId_itemId: { userId: learner.id, itemId: cardIds[3] } } });
    expect(restored).toEqual(before);
    await expect(undoGrade(learner, second)).rejects.toMatchObject({ status: 404 });

    expect(await undoGrade(learner, first)).toMatchObject({ restored: "new" });
    expect(await db.cardState.count({ where: { userId: learner.id } })).toBe(0);
    expect(await db.reviewLog.count({ where: { userId: learner.id } })).toBe(0);
  });

  it("will not undo another learner's grade", async () => {
    const [alice, bob] = [await newLearner(), await newLearner()];
    const requestId = rid();
    await recordGrade(alice, { requestId, itemId: cardIds[4], rating: 3 });
    await expect(undoGrade(bob, requestId)).rejects.toMatchObject({ status: 404 });
    expect(await db.reviewLog.count({ where: { userId: alice.id } })).toBe(1);
  });
});

describe("getStudySession", () => {
  it("puts due cards first, then new cards up to the daily limit", async () => {
    const learner = await newLearner(3);
    const morning = new Date();
    morning.setHours(9, 0, 0, 0);
    // Two cards studied "yesterday" and due by now; their order follows their due dates.
    const yesterday = new Date(morning.getTime() - 24 * 3600 * 1000);
    await recordGrade(learner, { requestId: rid(), itemId: cardIds[10], rating: 3 }, yesterday);
    await recordGrade(learner, { requestId: rid(), itemId: cardIds[11], rating: 1 }, new Date(yesterday.getTime() - 3600_000));
    await db.cardState.updateMany({ where: { userId: learner.id }, data: { introducedAt: yesterday } });

    const session = await getStudySession(learner, sampleSetId, { now: morning });
    expect(session.cards.slice(0, 2).map((card) => card.itemId)).toEqual([cardIds[11], cardIds[10]]);
    expect(session.cards.slice(0, 2).every((card) => !card.isNew)).toBe(true);
    const fresh = session.cards.filter((card) => card.isNew);
    expect(fresh.map((card) => card.itemId)).toEqual([cardIds[0], cardIds[1], cardIds[2]]);
    expect(session.newCardsLeft).toBe(3);

    // Introducing one new card today leaves room for two more.
    await recordGrade(learner, { requestId: rid(), itemId: cardIds[0], rating: 4 }, morning);
    const later = await getStudySession(learner, sampleSetId, { now: morning });
    expect(later.newCardsLeft).toBe(2);
    expect(later.cards.filter((card) => card.isNew).map((card) => card.itemId)).toEqual([cardIds[1], cardIds[2]]);
    expect(later.today[4]).toBe(1);
  });

  it("shows each button's next interval, shorter for Again than for Easy", async () => {
    const learner = await newLearner();
    const session = await getStudySession(learner, sampleSetId);
    const { intervals } = session.cards[0];
    expect(intervals[1]).toBe("1m");
    expect(intervals[4]).toMatch(/d$/);
  });
});
