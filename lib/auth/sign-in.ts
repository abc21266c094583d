import { authenticate, type AccountUser } from "@/lib/auth/accounts";
import { LIMITS, giveBack, lockedOut, takeAttempt } from "@/lib/auth/rate-limit";
import { parseSignInLock, signInLockCode } from "@/lib/auth/sign-in-errors";

/**
 * Sign-in with its limits: every attempt is counted for the account and for the client address
 * before the password is checked, and given back when it was right, so only failures add up and
 * concurrent guesses cannot overtake the count. Unknown emails are counted too, so a lock says
 * nothing about whether the account exists. Throws (next-auth then answers with the error's code).
 */
export async function signInWithinLimits(email: string, password: string, address: string): Promise<AccountUser | null> {
  const account = await takeAttempt(LIMITS.signInAccount, email.trim().toLowerCase());
  const from = await takeAttempt(LIMITS.signInAddress, address);
  if (!account.allowed || !from.allowed) {
    const scope = account.allowed ? "address" : "account";
    throw new Error(signInLockCode({ scope, retryAfterSeconds: (scope === "account" ? account : from).retryAfterSeconds }));
  }
  const user = await authenticate(email, password);
  if (user) await Promise.all([giveBack(account), giveBack(from)]);
  return user;
}

/**
 * next-auth answers every refused credentials sign-in with 401 and the error in the URL it returns;
 * a locked one becomes a 429 with Retry-After here (its JSON body, `{ url }`, is kept for
 * next-auth's client).
 */
export async function withSignInRetryAfter(response: Response): Promise<Response> {
  if (response.status !== 401 || !response.headers.get("content-type")?.includes("application/json")) return response;
  const body = await response.text();
  let url: unknown;
  try {
    url = (JSON.parse(body) as { url?: unknown }).url;
  } catch {
    return new Response(body, response);
  }
  const lock = typeof url === "string" ? parseSignInLock(new URL(url, "http://localhost").searchParams.get("error")) : null;
  const headers = new Headers(response.headers);
  if (lock) headers.set("Retry-After", String(lock.retryAfterSeconds));
  return new Response(body, { status: lock ? 429 : response.status, headers });
}

/** Which of these accounts are locked out of signing in now, and until when (shown to their teacher). */
export function signInLocks(emails: string[], now = Date.now()): Promise<Map<string, Date>> {
  return lockedOut(LIMITS.signInAccount, emails, now);
}
