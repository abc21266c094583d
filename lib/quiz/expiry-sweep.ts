import { submitExpiredAttempts } from "./finish";

// Each app server closes attempts whose time ran out, on a schedule, as Moodle's cron closes overdue
// attempts: a student who closes the tab mid-quiz still gets a graded attempt in the teacher's
// gradebook, and no page render has to write it. Several servers may sweep at once (finish.ts closes
// each attempt at most once).

const SWEEP_EVERY_MS = 30_000;

let timer: NodeJS.Timeout | null = null;

export function startExpiredAttemptSweep(): void {
  if (timer) return;
  timer = setInterval(() => {
    submitExpiredAttempts().catch((error: unknown) => {
      console.error(`closing expired quiz attempts failed: ${error instanceof Error ? error.message : String(error)}`);
    });
  }, SWEEP_EVERY_MS);
  timer.unref();
}
