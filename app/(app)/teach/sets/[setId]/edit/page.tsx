import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ReviewForm } from "@/components/teach/review-form";
import { requireUser } from "@/lib/auth/guard";
import { HttpError } from "@/lib/errors";
import { readArticle } from "@/lib/generator";
import { reviewFlagsById } from "@/lib/teaching/review-flags";
import { getEditableDraft } from "@/lib/study-sets/drafts";

export const metadata: Metadata = { title: "Review study set" };

export default async function EditSetPage({ params }: { params: Promise<{ setId: string }> }) {
  const { setId } = await params;
  const user = await requireUser("TEACHER", `/teach/sets/${setId}/edit`);
  const editable = await getEditableDraft(user, setId).catch((error: unknown) => {
    if (error instanceof HttpError && error.status === 404) notFound();
    throw error;
  });
  const published = editable.status === "PUBLISHED";
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-bold">Review: {editable.draft.title}</h1>
      <p className="text-slate-700">
        {published
          ? "This set is published. Your edits are kept as a draft until you publish them; learners keep their progress on every item you leave unchanged."
          : "A draft: check every card and question against its source, keep, fix or discard it, add your own, then publish. Flagged items are the ones the generator is less sure of."}
        {editable.hasUnpublishedEdits ? " You have unpublished edits." : ""}
      </p>
      <ReviewForm
        setId={setId}
        initial={editable.draft}
        published={published}
        article={readArticle(editable.sourceText)}
        flags={reviewFlagsById([...editable.draft.questions, ...editable.draft.flashcards], editable.sourceText)}
      />
    </div>
  );
}
