import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ClozePractice } from "@/components/study/cloze-practice";
import { PracticeHeader } from "@/components/study/practice-header";
import { AssignmentLockNotice } from "@/components/study/assignment-lock-notice";
import { requireUser } from "@/lib/auth/guard";
import { getStudySet, listClozePrompts } from "@/lib/data/study";

export const metadata: Metadata = { title: "Cloze practice" };

export default async function ClozePage({ params }: { params: Promise<{ setId: string }> }) {
  const { setId } = await params;
  const user = await requireUser(undefined, `/sets/${setId}/cloze`);
  const set = await getStudySet(user, setId);
  if (!set) notFound();
  const prompts = await listClozePrompts(set.id, user);
  return (
    <div className="mx-auto max-w-2xl space-y-4">
      <PracticeHeader setId={set.id} setTitle={set.title} title="Cloze practice" text="Type the words missing from each sentence of the article." />
      <AssignmentLockNotice lock={set.lock} />
      {prompts.length ? <ClozePractice setId={set.id} prompts={prompts} /> : <p>This set has no cloze sentences.</p>}
    </div>
  );
}
