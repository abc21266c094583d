import Link from "next/link";
import type { SetLock } from "@/lib/data/study";

/** Why some of a set is closed: an assignment on it is still to be taken. */
export function AssignmentLockNotice({ lock }: { lock: SetLock | null }) {
  if (!lock) return null;
  return (
    <div role="note" data-testid="assignment-lock" className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-slate-900">
      <p>
        <span className="font-semibold">You have an assignment on this set.</span> Until you have submitted it, its quiz questions and the
        cards made from the same sentences ({lock.lockedItems} items) are closed here, so that practice cannot give its answers away. The
        article stays open to read.
      </p>
      <Link href={`/assignments/${lock.assignmentId}`} className="mt-1 inline-flex min-h-11 items-center font-semibold text-brand-800 underline">
        Go to the assignment
      </Link>
    </div>
  );
}
