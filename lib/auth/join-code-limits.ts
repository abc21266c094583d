import { LIMITS, giveBack, refuseWhenOver, takeAttempt } from "@/lib/auth/rate-limit";
import { HttpError } from "@/lib/errors";

// Join codes are short enough to guess, so wrong ones are counted per student and per address,
// whether typed in the join form or opened as a /join/<code> link. Right codes are given back.

const tooMany = (wait: string) => `Too many wrong class codes. Try again in ${wait}, or ask your teacher for the link.`;

/** Runs `lookUp` (which throws a 404 HttpError, or returns null, for a code that matches no class) within the limits. */
export async function withinJoinCodeLimits<T>(userId: string, address: string, lookUp: () => Promise<T | null>): Promise<T | null> {
  const perUser = await takeAttempt(LIMITS.joinCodeUser, userId);
  const perAddress = await takeAttempt(LIMITS.joinCodeAddress, address);
  refuseWhenOver(perUser, tooMany);
  refuseWhenOver(perAddress, tooMany);
  let found: T | null;
  try {
    found = await lookUp();
  } catch (error) {
    if (!(error instanceof HttpError && error.status === 404)) await Promise.all([giveBack(perUser), giveBack(perAddress)]);
    throw error;
  }
  if (found !== null) await Promise.all([giveBack(perUser), giveBack(perAddress)]);
  return found;
}
