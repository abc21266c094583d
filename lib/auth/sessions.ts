import type { JWT } from "next-auth/jwt";
import { db } from "@/lib/db";
import { HttpError } from "@/lib/errors";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { LIMITS, giveBack, refuseWhenOver, takeAttempt } from "@/lib/auth/rate-limit";
import { SESSION_ABSOLUTE_SECONDS, forgetSessions } from "@/lib/auth/session-user";

// Ending sessions. A token cannot be unsent, so the server refuses it instead: session-user.ts checks
// every token against these rows (through its 5 s cache), on every app server.

/** Signing out: this one session (the token's sessionId, kept when the token is renewed) ends. */
export async function revokeSession(token: JWT | null | undefined, now = Date.now()): Promise<void> {
  if (typeof token?.id !== "string" || typeof token.sessionId !== "string") return;
  const signedInAt = typeof token.signedInAt === "number" ? token.signedInAt : Math.floor(now / 1000);
  // After the absolute lifetime no token of the session is accepted anyway, so the row can go then.
  const expiresAt = new Date((signedInAt + SESSION_ABSOLUTE_SECONDS) * 1000);
  await db.revokedSession.upsert({
    where: { sessionId: token.sessionId },
    create: { sessionId: token.sessionId, userId: token.id, expiresAt },
    update: {},
  });
  await db.revokedSession.deleteMany({ where: { expiresAt: { lte: new Date(now) } } });
  forgetSessions(token.id);
}

/** "Sign out everywhere": every token issued so far carries an older session version. */
export async function revokeAllSessions(userId: string): Promise<void> {
  await db.user.update({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } });
  forgetSessions(userId);
}

/**
 * A new password, after the current one; every existing session ends with it (the browser that
 * changed it signs in again with the new one). Wrong current passwords count against the account's
 * sign-in limit, so this is no side door for guessing.
 */
export async function changePassword(
  user: { id: string; email: string },
  currentPassword: string,
  newPassword: string,
): Promise<"changed" | "wrong-password"> {
  const attempt = await takeAttempt(LIMITS.signInAccount, user.email);
  refuseWhenOver(attempt, (wait) => `Too many wrong passwords. Try again in ${wait}.`);
  const row = await db.user.findUnique({ where: { id: user.id }, select: { passwordHash: true } });
  if (!row) throw new HttpError(401, "Sign in to continue.");
  if (!(await verifyPassword(currentPassword, row.passwordHash))) return "wrong-password";
  await giveBack(attempt);
  const passwordHash = await hashPassword(newPassword);
  await db.user.update({ where: { id: user.id }, data: { passwordHash, sessionVersion: { increment: 1 } } });
  forgetSessions(user.id);
  return "changed";
}
