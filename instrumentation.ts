// Next.js runs register() once when each server process starts (https://nextjs.org/docs/app/guides/instrumentation).
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { startExpiredAttemptSweep } = await import("@/lib/quiz/expiry-sweep");
  startExpiredAttemptSweep();
}
