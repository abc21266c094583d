import { decode, type JWT } from "next-auth/jwt";
import DataLoader from "dataloader";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { roleSchema, type Role } from "@/lib/auth/roles";

// Who a session cookie belongs to. next-auth checks the token's encryption and expiry; the user and
// the session are then read from the database (again every few seconds), so a deleted account, a
// signed-out session, a password change or "sign out everywhere" stops the token within seconds on
// every app server, rather than when it expires, as it would with next-auth's JWT sessions alone.

export type SessionUser = { id: string; email: string; name: string; role: Role };

/** No token is accepted more than this long after its sign-in, however often it was renewed. */
export const SESSION_ABSOLUTE_SECONDS = 30 * 24 * 60 * 60;

/**
 * Decrypted tokens by cookie value. Decrypting one costs about 0.2 ms (key derivation and AES-GCM)
 * and a learner sends the same cookie with every grade; a kept token is still checked for expiry
 * on every use. Bounded, oldest first out.
 */
const DECODED_TOKENS_KEPT = 5_000;

/** Adds to one of the bounded maps below, dropping the oldest entry when it is full. */
function remember<K, V>(map: Map<K, V>, key: K, value: V, most: number): void {
  map.delete(key);
  if (map.size >= most) map.delete(map.keys().next().value!);
  map.set(key, value);
}

function isUnexpired(token: JWT, now: number): boolean {
  if (typeof token.exp !== "number" || token.exp * 1000 <= now) return false;
  const signedInAt = typeof token.signedInAt === "number" ? token.signedInAt : token.iat;
  return typeof signedInAt === "number" && (signedInAt + SESSION_ABSOLUTE_SECONDS) * 1000 > now;
}

async function decodeSessionToken(raw: string, secret: string, now: number): Promise<JWT | null> {
  const kept = decodedTokens.get(raw);
  if (kept?.secret === secret) return isUnexpired(kept.token, now) ? kept.token : null;
  const token = await decode({ token: raw, secret }).catch(() => null);
  if (!token || !isUnexpired(token, now)) return null;
  remember(decodedTokens, raw, { secret, token }, DECODED_TOKENS_KEPT);
  return token;
}

type UserRow = Omit<SessionUser, "role"> & { role: string; sessionVersion: number };
/** A user and whether the one session asked about was signed out. */
type SessionRow = { user: UserRow; revoked: boolean };

/** One lookup per user and session: tokens without a session id (issued before there were any) share "". */
const lookupKey = (id: string, sessionId: string) => `${id} ${sessionId}`;

/**
 * Every request of a signed-in user looks its user up, so the lookups of requests that arrive
 * together go to the database as one raw statement (Prisma's per-call overhead, not SQLite, is
 * the cost here: measured by bench:answers). A lookup waits up to 10 ms for others: lookups one by
 * one fell behind at the bench's steady rate (README, "Performance"). The same statement tells
 * which of the sessions asked about were signed out.
 */
const LOOKUP_GATHER_MS = 10;
const sessionsByKey = new DataLoader<string, SessionRow | undefined>(
  async (keys) => {
    const pairs = keys.map((key) => key.split(" ") as [string, string]);
    const ids = [...new Set(pairs.map(([id]) => id))];
    const sessionIds = [...new Set(pairs.map(([, sessionId]) => sessionId))];
    const rows = await db.$queryRaw<(UserRow & { revokedSession: string | null })[]>`
      SELECT u."id", u."email", u."name", u."role", u."sessionVersion", r."sessionId" AS "revokedSession"
      FROM "User" u
      LEFT JOIN "RevokedSession" r ON r."userId" = u."id" AND r."sessionId" IN (${Prisma.join(sessionIds)})
      WHERE u."id" IN (${Prisma.join(ids)})`;
    const users = new Map<string, UserRow>();
    const revoked = new Set<string>();
    for (const { revokedSession, ...user } of rows) {
      users.set(user.id, { ...user, sessionVersion: Number(user.sessionVersion) });
      if (revokedSession) revoked.add(lookupKey(user.id, revokedSession));
    }
    return pairs.map(([id, sessionId]) => {
      const user = users.get(id);
      return user && { user, revoked: revoked.has(lookupKey(id, sessionId)) };
    });
  },
  { cache: false, batchScheduleFn: (callback) => setTimeout(callback, LOOKUP_GATHER_MS), maxBatchSize: 500 },
);

/**
 * A session found is trusted for 5 s: a learner saving a grade every couple of seconds then waits for
 * no lookup at all (the gain is measured in the README's "Performance" section). So a deleted
 * account, a changed role or name, a signed-out session or a raised session version takes effect
 * within 5 s on every server (at once on the server that made the change: forgetSessions). One not
 * found is not kept: it is looked up again every time. Bounded, oldest first out.
 */
const USER_FRESH_MS = 5_000;
const FRESH_SESSIONS_KEPT = 5_000;

/**
 * The two caches, one per process: Next bundles pages and route handlers apart, each with its own
 * copy of this module, and a revocation made by a route handler must clear the pages' cache too.
 */
const caches = ((globalThis as { sessionUserCaches?: object }).sessionUserCaches ??= {
  decodedTokens: new Map(),
  freshSessions: new Map(),
}) as { decodedTokens: Map<string, { secret: string; token: JWT }>; freshSessions: Map<string, { row: SessionRow; until: number }> };
const { decodedTokens, freshSessions } = caches;

async function findSession(id: string, sessionId: string, now: number): Promise<SessionRow | undefined> {
  const key = lookupKey(id, sessionId);
  const kept = freshSessions.get(key);
  if (kept && kept.until > now) return kept.row;
  const row = await sessionsByKey.load(key);
  if (row) remember(freshSessions, key, { row, until: now + USER_FRESH_MS }, FRESH_SESSIONS_KEPT);
  else freshSessions.delete(key);
  return row;
}

/** Drops what this server keeps about a user's sessions, after it revoked some of them. */
export function forgetSessions(userId: string): void {
  for (const key of freshSessions.keys()) if (key.startsWith(`${userId} `)) freshSessions.delete(key);
}

/** The user a decoded, unexpired token belongs to, or null when the account or the session is gone. */
export async function userFromToken(token: JWT, now = Date.now()): Promise<SessionUser | null> {
  const id = token.id;
  if (typeof id !== "string" || id.includes(" ") || !isUnexpired(token, now)) return null;
  const sessionId = typeof token.sessionId === "string" ? token.sessionId : "";
  const found = await findSession(id, sessionId, now);
  if (!found || found.revoked || found.user.sessionVersion !== (token.sessionVersion ?? 0)) return null;
  const role = roleSchema.safeParse(found.user.role);
  if (!role.success) return null;
  const { id: userId, email, name } = found.user;
  return { id: userId, email, name, role: role.data };
}

/** The user a session cookie's value belongs to, or null for a bad, expired, revoked or orphaned token. */
export async function userFromSessionToken(raw: string | undefined, secret: string | undefined, now = Date.now()): Promise<SessionUser | null> {
  if (!raw || !secret) return null;
  const token = await decodeSessionToken(raw, secret, now);
  return token ? userFromToken(token, now) : null;
}
