import { db } from "@/lib/db";
import { TooManyAttemptsError } from "@/lib/errors";

// Attempts counted in the database, so every app server sharing it counts together. Each subject has
// one row per bucket, raised with one upsert (INSERT ... ON CONFLICT DO UPDATE on SQLite and
// PostgreSQL), so concurrent attempts each get their own number and none slips past the limit. A
// window opens at the subject's first attempt and lasts `windowSeconds`, so a lock always lasts its
// full window (windows on the clock's quarter hours let a burst straddling one through twice).

export type RateLimit = { bucket: string; max: number; windowSeconds: number };

/**
 * The limits. Address limits are generous because a school's pupils often share one address (NAT):
 * a class of 30 signing up or joining in one lesson must fit, with room for typos.
 */
export const LIMITS = {
  /** Failed sign-ins per account (email), whoever sends them: the account is locked out for the rest of the window. */
  signInAccount: { bucket: "sign-in:account", max: 10, windowSeconds: 15 * 60 },
  /** Failed sign-ins per client address, over all emails. */
  signInAddress: { bucket: "sign-in:address", max: 50, windowSeconds: 15 * 60 },
  /** Failed sign-ins per device and account, from a browser with a device cookie for the email (device-cookie.ts), instead of the two above. */
  signInDevice: { bucket: "sign-in:device", max: 10, windowSeconds: 15 * 60 },
  /** Sign-ups per client address. */
  signUpAddress: { bucket: "sign-up:address", max: 40, windowSeconds: 60 * 60 },
  /** Wrong join codes per student, and per client address. */
  joinCodeUser: { bucket: "join-code:user", max: 10, windowSeconds: 15 * 60 },
  joinCodeAddress: { bucket: "join-code:address", max: 30, windowSeconds: 15 * 60 },
} satisfies Record<string, RateLimit>;

export type Attempt = { allowed: boolean; retryAfterSeconds: number; key: string };

export function waitInWords(seconds: number): string {
  if (seconds < 60) return seconds === 1 ? "1 second" : `${seconds} seconds`;
  const minutes = Math.ceil(seconds / 60);
  return minutes === 1 ? "1 minute" : `${minutes} minutes`;
}

const SWEEP_EVERY = 20;
let untilSweep = SWEEP_EVERY;

/** Counts one attempt for `subject`; `allowed` is false once the window holds more than `max`. */
export async function takeAttempt(limit: RateLimit, subject: string, now = Date.now()): Promise<Attempt> {
  const key = `${limit.bucket}|${subject}`;
  const opened = new Date(now + limit.windowSeconds * 1000);
  // An ended window starts over; of two servers doing this at once, the second finds it open again.
  await db.rateLimitWindow.updateMany({ where: { key, expiresAt: { lte: new Date(now) } }, data: { count: 0, expiresAt: opened } });
  const row = await db.rateLimitWindow.upsert({
    where: { key },
    create: { key, bucket: limit.bucket, subject, count: 1, expiresAt: opened },
    update: { count: { increment: 1 } },
    select: { count: true, expiresAt: true },
  });
  if (--untilSweep <= 0) {
    untilSweep = SWEEP_EVERY;
    await db.rateLimitWindow.deleteMany({ where: { expiresAt: { lte: new Date(now) } } });
  }
  return { allowed: row.count <= limit.max, retryAfterSeconds: Math.max(1, Math.ceil((row.expiresAt.getTime() - now) / 1000)), key };
}

/** Takes back an attempt that turned out fine (the right password, a real code), so only failures count. */
export async function giveBack(attempt: Attempt): Promise<void> {
  await db.rateLimitWindow.updateMany({ where: { key: attempt.key, count: { gt: 0 } }, data: { count: { decrement: 1 } } });
}

/** Throws the 429 when an attempt is over its limit. */
export function refuseWhenOver(attempt: Attempt, message?: (wait: string) => string): void {
  const wait = waitInWords(attempt.retryAfterSeconds);
  if (!attempt.allowed) throw new TooManyAttemptsError(attempt.retryAfterSeconds, message?.(wait) ?? `Too many attempts. Try again in ${wait}.`);
}

/** Which of `subjects` are locked out now (their next attempt would be refused), and until when. */
export async function lockedOut(limit: RateLimit, subjects: string[], now = Date.now()): Promise<Map<string, Date>> {
  if (subjects.length === 0) return new Map();
  const rows = await db.rateLimitWindow.findMany({
    where: { bucket: limit.bucket, subject: { in: subjects }, count: { gte: limit.max }, expiresAt: { gt: new Date(now) } },
    select: { subject: true, expiresAt: true },
  });
  return new Map(rows.map((row) => [row.subject, row.expiresAt]));
}
