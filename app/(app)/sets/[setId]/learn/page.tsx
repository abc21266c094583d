import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { LearnSession } from "@/components/study/learn-session";
import { PracticeHeader } from "@/components/study/practice-header";
import { AssignmentLockNotice } from "@/components/study/assignment-lock-notice";
import { requireUser } from "@/lib/auth/guard";
import { getStudySet, listLearnQuestions } from "@/lib/data/study";

export const metadata: Metadata = { title: "Learn" };

const BATCH = 10;

export default async function LearnPage({
  params,
  searchParams,
}: {
  params: Promise<{ setId: string }>;
  searchParams: Promise<{ batch?: string }>;
}) {
  const [{ setId }, { batch }] = await Promise.all([params, searchParams]);
  const user = await requireUser(undefined, `/sets/${setId}/learn`);
  const set = await getStudySet(user, setId);
  if (!set) notFound();
  const questions = await listLearnQuestions(set.id, user);
  const batches = Math.max(1, Math.ceil(questions.length / BATCH));
  const current = Math.min(Math.max(1, Number.parseInt(batch ?? "1", 10) || 1), batches);
  const slice = questions.slice((current - 1) * BATCH, current * BATCH);
  return (
    <div className="mx-auto max-w-2xl space-y-4">
      <PracticeHeader
        setId={set.id}
        setTitle={set.title}
        title="Learn"
        text={`Batch ${current} of ${batches}: multiple choice first, then type the answers you got right.`}
      />
      <AssignmentLockNotice lock={set.lock} />
      {slice.length ? (
        // Keyed by the stored progress too, so starting over shows a fresh session.
        <LearnSession key={`${current}:${slice.map((question) => question.stage).join("")}`} setId={set.id} questions={slice} />
      ) : (
        <p>This set has no multiple-choice questions.</p>
      )}
      {current < batches ? (
        <a href={`/sets/${set.id}/learn?batch=${current + 1}`} className="inline-block text-sm font-semibold text-brand-800 underline">
          Next batch of questions
        </a>
      ) : null}
    </div>
  );
}
