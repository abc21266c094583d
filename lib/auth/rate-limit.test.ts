import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { giveBack, lockedOut, takeAttempt, type RateLimit } from "./rate-limit";

// The limiter against the real test database: the counts live in RateLimitWindow rows, so these
// hold for several app servers sharing one database as they do for one.

const limit: RateLimit = { bucket: "test", max: 5, windowSeconds: 60 };
const subject = () => `subject-${randomUUID()}`;

describe("takeAttempt", () => {
  it("lets exactly `max` of many concurrent attempts through", async () => {
    const who = subject();
    const attempts = await Promise.all(Array.from({ length: 30 }, () => takeAttempt(limit, who)));
    expect(attempts.filter((attempt) => attempt.allowed)).toHaveLength(limit.max);
    const row = await db.rateLimitWindow.findFirstOrThrow({ where: { bucket: limit.bucket, subject: who } });
    expect(row.count).toBe(30);
  });

  it("says how long to wait, and lets attempts through again once the window has passed", async () => {
    const who = subject();
    const first = Date.now();
    for (let i = 0; i < limit.max; i++) expect((await takeAttempt(limit, who, first)).allowed).toBe(true);
    const refused = await takeAttempt(limit, who, first + 10_000);
    expect(refused).toMatchObject({ allowed: false, retryAfterSeconds: 50 });
    expect((await takeAttempt(limit, who, first + 59_000)).allowed).toBe(false);
    expect((await takeAttempt(limit, who, first + 60_000)).allowed).toBe(true);
  });

  it("keeps a lock across the clock's minute, hour or quarter hour: a burst straddling one is still one window", async () => {
    const who = subject();
    const boundary = Math.ceil(Date.now() / 60_000) * 60_000;
    for (let i = 0; i < limit.max; i++) expect((await takeAttempt(limit, who, boundary - 1_000)).allowed).toBe(true);
    expect((await takeAttempt(limit, who, boundary + 1_000)).allowed).toBe(false);
  });

  it("counts only what is not given back, so successes never lock anyone out", async () => {
    const who = subject();
    for (let i = 0; i < 3 * limit.max; i++) {
      const attempt = await takeAttempt(limit, who);
      expect(attempt.allowed).toBe(true);
      await giveBack(attempt);
    }
  });

  it("keeps subjects and buckets apart", async () => {
    const who = subject();
    for (let i = 0; i <= limit.max; i++) await takeAttempt(limit, who);
    expect((await takeAttempt(limit, subject())).allowed).toBe(true);
    expect((await takeAttempt({ ...limit, bucket: "other" }, who)).allowed).toBe(true);
  });
});

describe("lockedOut", () => {
  it("lists the subjects whose next attempt would be refused, until their window ends", async () => {
    const [locked, nearly, fresh] = [subject(), subject(), subject()];
    const now = Date.now();
    for (let i = 0; i < limit.max; i++) await takeAttempt(limit, locked, now);
    for (let i = 0; i < limit.max - 1; i++) await takeAttempt(limit, nearly, now);
    const found = await lockedOut(limit, [locked, nearly, fresh], now);
    expect([...found.keys()]).toEqual([locked]);
    expect(found.get(locked)!.getTime()).toBeGreaterThan(now);
    expect((await lockedOut(limit, [locked], found.get(locked)!.getTime())).size).toBe(0);
  });
});
