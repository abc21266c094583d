import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { MatchPractice } from "@/components/study/match-practice";
import { PracticeHeader } from "@/components/study/practice-header";
import { AssignmentLockNotice } from "@/components/study/assignment-lock-notice";
import { requireUser } from "@/lib/auth/guard";
import { getStudySet, listMatchRounds } from "@/lib/data/study";

export const metadata: Metadata = { title: "Matching practice" };

export default async function MatchPage({ params }: { params: Promise<{ setId: string }> }) {
  const { setId } = await params;
  const user = await requireUser(undefined, `/sets/${setId}/match`);
  const set = await getStudySet(user, setId);
  if (!set) notFound();
  const rounds = await listMatchRounds(set.id, user);
  return (
    <div className="mx-auto max-w-3xl space-y-4">
      <PracticeHeader setId={set.id} setTitle={set.title} title="Matching practice" text="Pair each prompt with its answer, five at a time." />
      <AssignmentLockNotice lock={set.lock} />
      {rounds.length ? <MatchPractice rounds={rounds} /> : <p>This set has no cards to match.</p>}
    </div>
  );
}
