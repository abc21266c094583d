import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { BackLink } from "@/components/ui/back-link";
import { ArticleView } from "@/components/study/article-view";
import { ArticleGlance } from "@/components/study/article-glance";
import { StudyModes } from "@/components/study/study-modes";
import { AssignmentLockNotice } from "@/components/study/assignment-lock-notice";
import { requireUser } from "@/lib/auth/guard";
import { ExportLinks } from "@/components/exchange/export-links";
import { listExportFormats } from "@/lib/data/set-exports";
import { getCardQuote, getStudySet } from "@/lib/data/study";
import { readArticle } from "@/lib/generator";

export const metadata: Metadata = { title: "Study set" };

export default async function StudySetPage({
  params,
  searchParams,
}: {
  params: Promise<{ setId: string }>;
  searchParams: Promise<{ highlight?: string | string[] }>;
}) {
  const [{ setId }, { highlight }] = await Promise.all([params, searchParams]);
  const user = await requireUser(undefined, `/sets/${setId}`);
  const set = await getStudySet(user, setId);
  if (!set) notFound();
  const highlightKey = typeof highlight === "string" ? highlight : null;
  const quote = highlightKey ? await getCardQuote(set.id, highlightKey) : null;
  const article = readArticle(set.sourceText);
  const exportFormats = await listExportFormats(user, set.id);

  return (
    <div className="space-y-6">
      <header>
        <BackLink href="/">Your library</BackLink>
        {set.isSample ? <p className="mt-1 text-xs font-medium uppercase tracking-wide text-slate-600">Sample article</p> : null}
        <h1 className="text-2xl font-bold">{set.title}</h1>
        <p className="mt-1 text-slate-700">
          {set.cardCount} flashcards · {set.questionCount} quiz questions, each traced to the sentence it came from.
        </p>
      </header>
      <AssignmentLockNotice lock={set.lock} />
      {quote === null ? <StudyModes set={set} /> : null}
      {quote === null && exportFormats.length ? (
        <section aria-labelledby="download-heading">
          <h2 id="download-heading" className="text-xl font-semibold">
            Download this set
          </h2>
          <p className="text-sm text-slate-700">Take the flashcards to Anki, Quizlet or a spreadsheet.</p>
          <ExportLinks setId={set.id} formats={exportFormats} />
        </section>
      ) : null}
      <section aria-labelledby="article-heading" className="space-y-3">
        <h2 id="article-heading" className="text-xl font-semibold">
          {quote ? "Source of the card" : "The article"}
        </h2>
        {quote ? (
          <p role="status" className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-slate-900">
            The passage this card came from is highlighted below. <a href="#quote" className="font-semibold text-brand-800 underline">Jump to it</a>
            {" · "}
            <a href={`/sets/${set.id}/study`} className="font-semibold text-brand-800 underline">Back to flashcards</a>
          </p>
        ) : highlightKey ? (
          <p role="status" className="text-sm text-slate-700">That card is not in this set any more; here is the whole article.</p>
        ) : null}
        {quote ? null : <ArticleGlance article={article} />}
        <ArticleView article={article} quote={quote} />
      </section>
    </div>
  );
}
