import { authenticate, type AccountUser } from "@/lib/auth/accounts";
import { rememberDevice, trustedDevice } from "@/lib/auth/device-cookie";
import { LIMITS, giveBack, lockedOut, takeAttempt, type Attempt, type RateLimit } from "@/lib/auth/rate-limit";
import { parseSignInLock, signInLockCode, type SignInLock } from "@/lib/auth/sign-in-errors";

/**
 * Sign-in with its limits: every attempt is counted for the account and for the client address
 * before the password is checked, and given back when it was right, so only failures add up and
 * concurrent guesses cannot overtake the count. Unknown emails are counted too, so a lock says
 * nothing about whether the account exists. A browser with a device cookie for the email is counted
 * per device and account instead (as OWASP's device cookie, one per login), so strangers' failures on
 * the account or the address never lock it out, and a stolen cookie still gets only its own few guesses.
 * Throws (next-auth then answers with the error's code).
 */
export async function signInWithinLimits(email: string, password: string, address: string): Promise<AccountUser | null> {
  const normalized = email.trim().toLowerCase();
  const device = await trustedDevice(normalized);
  const attempts = device
    ? [await counted(LIMITS.signInDevice, `${device}|${normalized}`, "device")]
    : [await counted(LIMITS.signInAccount, normalized, "account"), await counted(LIMITS.signInAddress, address, "address")];
  const over = attempts.find(({ attempt }) => !attempt.allowed);
  if (over) throw new Error(signInLockCode({ scope: over.scope, retryAfterSeconds: over.attempt.retryAfterSeconds }));
  const user = await authenticate(email, password);
  if (user) {
    await Promise.all(attempts.map(({ attempt }) => giveBack(attempt)));
    rememberDevice(user);
  }
  return user;
}

async function counted(limit: RateLimit, subject: string, scope: SignInLock["scope"]): Promise<{ attempt: Attempt; scope: SignInLock["scope"] }> {
  return { attempt: await takeAttempt(limit, subject), scope };
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
