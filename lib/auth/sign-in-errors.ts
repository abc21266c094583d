// What a refused sign-in says, shared by next-auth's authorize (which can only pass a string, in the
// error of the redirect URL) and the sign-in form. No server imports: the form uses it too.

const LOCKED = "TooManyAttempts";

export type SignInLock = { scope: "account" | "address" | "device"; retryAfterSeconds: number };

/** The error code authorize throws for a locked sign-in: `TooManyAttempts:account:540`. */
export function signInLockCode(lock: SignInLock): string {
  return `${LOCKED}:${lock.scope}:${lock.retryAfterSeconds}`;
}

export function parseSignInLock(code: string | null | undefined): SignInLock | null {
  const match = /^TooManyAttempts:(account|address|device):(\d{1,6})$/.exec(code ?? "");
  return match ? { scope: match[1] as SignInLock["scope"], retryAfterSeconds: Number(match[2]) } : null;
}

function minutes(seconds: number): string {
  const count = Math.max(1, Math.ceil(seconds / 60));
  return count === 1 ? "1 minute" : `${count} minutes`;
}

/** The message the sign-in form shows for a next-auth error code. */
export function signInErrorMessage(code: string | null | undefined): string {
  const lock = parseSignInLock(code);
  if (!lock) return "Wrong email or password.";
  const wait = minutes(lock.retryAfterSeconds);
  if (lock.scope === "account") return `This account is locked after too many wrong passwords. Try again in ${wait}; your teacher can see the lock on the class page.`;
  if (lock.scope === "device") return `Too many wrong passwords on this browser. Try again in ${wait}.`;
  return `Too many failed sign-ins from this network. Try again in ${wait}.`;
}
