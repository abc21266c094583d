import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ArticleView } from "@/components/study/article-view";
import { ItemStatisticsCard } from "@/components/teach/item-statistics-card";
import { QuestionFixForm } from "@/components/teach/question-fix-form";
import { BackLink } from "@/components/ui/back-link";
import { requireUser } from "@/lib/auth/guard";
import { getSetItemAnalysis } from "@/lib/data/item-analysis";
import { HttpError } from "@/lib/errors";
import { readArticle } from "@/lib/generator";
import { getQuestionForFix } from "@/lib/teaching/item-fix";

export const metadata: Metadata = { title: "Fix a question" };

/** Only a path back into the teacher's pages; anything else falls back to the set. */
function safeBack(back: string | string[] | undefined, setId: string): string {
  return typeof back === "string" && /^\/teach\/[\w/-]+$/.test(back) ? back : `/teach/sets/${setId}/analysis`;
}

export default async function QuestionFixPage({
  params,
  searchParams,
}: {
  params: Promise<{ setId: string; itemId: string }>;
  searchParams: Promise<{ back?: string | string[] }>;
}) {
  const [{ setId, itemId }, { back }] = await Promise.all([params, searchParams]);
  const user = await requireUser("TEACHER", `/teach/sets/${setId}/items/${itemId}`);
  const item = await getQuestionForFix(user, setId, itemId).catch((error: unknown) => {
    if (error instanceof HttpError && error.status === 404) notFound();
    throw error;
  });
  const analysis = await getSetItemAnalysis(user, setId);
  const statistics = analysis?.items.find((entry) => entry.question.itemId === itemId);
  const backHref = safeBack(back, setId);
  return (
    <div className="flex flex-col gap-4">
      <header>
        <BackLink href={backHref}>Back to the analysis</BackLink>
        <h1 className="text-2xl font-bold">Fix a question of {item.setTitle}</h1>
      </header>
      <div className="grid gap-6 lg:grid-cols-2">
        <div className="flex flex-col gap-4">
          {statistics && statistics.students > 0 ? (
            <section aria-labelledby="fix-figures-heading">
              <h2 id="fix-figures-heading" className="mb-2 text-xl font-semibold">
                Across every assignment of the set
              </h2>
              <ol>
                <ItemStatisticsCard item={statistics} number={1} setId={setId} back={backHref} />
              </ol>
            </section>
          ) : null}
          <section aria-labelledby="fix-form-heading">
            <h2 id="fix-form-heading" className="mb-2 text-xl font-semibold">
              Edit
            </h2>
            <QuestionFixForm setId={setId} itemId={item.itemId} question={item.question} retired={item.retired} />
          </section>
        </div>
        <section aria-labelledby="fix-source-heading" className="flex flex-col gap-2">
          <h2 id="fix-source-heading" className="text-xl font-semibold">
            Its source
          </h2>
          {item.question.source.quote ? (
            <blockquote className="rounded border-l-4 border-amber-500 bg-amber-50 px-3 py-2 text-sm" data-testid="fix-source-quote">
              {item.question.source.section ? <span className="block text-xs font-medium text-slate-700">{item.question.source.section}</span> : null}
              {item.question.source.quote}
            </blockquote>
          ) : (
            <p className="text-sm text-slate-700">Written by hand: no source passage.</p>
          )}
          <a href="#quote" className="text-sm font-semibold text-brand-800 underline underline-offset-2">
            Jump to the passage in the article
          </a>
          <div className="lg:max-h-[70vh] lg:overflow-y-auto" tabIndex={0} role="region" aria-label="The article">
            <ArticleView article={readArticle(item.sourceText)} quote={item.question.source.quote} />
          </div>
        </section>
      </div>
    </div>
  );
}
