import { MIN_STUDENTS } from "@/lib/reports/item-analysis";
import type { ItemAnalysis } from "@/lib/data/item-analysis";
import { FacilityChart } from "./facility-chart";
import { ItemAnalysisSummary } from "./item-analysis-summary";
import { ItemStatisticsCard } from "./item-statistics-card";
import { SourceMasteryList } from "./source-mastery-list";

/** Item analysis and mastery by source, the same for one assignment and for a set across assignments. */
export function ItemAnalysisSections({ analysis, setId, back }: { analysis: ItemAnalysis; setId: string; back: string }) {
  const shown = analysis.items.filter((item) => item.students > 0);
  const flagged = shown.filter((item) => item.flags.length > 0);
  const numbered = shown.map((item, index) => ({ item, number: index + 1 }));
  const bars = numbered.flatMap(({ item, number }) =>
    item.facility === null ? [] : [{ label: `Q${number}`, facility: Math.round(item.facility * 100), flagged: item.flags.length > 0 }],
  );
  return (
    <>
      <section aria-labelledby="item-analysis-heading" className="flex flex-col gap-3">
        <h2 id="item-analysis-heading" className="text-xl font-semibold">
          Item analysis
        </h2>
        <p className="text-sm text-slate-700">
          From {analysis.attemptsCounted} submitted attempt{analysis.attemptsCounted === 1 ? "" : "s"} (each student&apos;s latest). Facility is the share
          who got a question right; discrimination is how well it separates students who did well on the rest of the quiz from those who did not
          (above 0.3 is good, below 0 usually means a wrong key or an ambiguous question). Figures appear once at least {MIN_STUDENTS} students were
          shown a question.
        </p>
        {shown.length === 0 ? (
          <p className="text-slate-700">No one has submitted yet.</p>
        ) : (
          <>
            <p className="font-medium" role="status">
              {flagged.length === 0 ? "No question is flagged." : `${flagged.length} question${flagged.length === 1 ? " is" : "s are"} flagged.`}
            </p>
            {bars.length ? <FacilityChart bars={bars} /> : null}
            <ItemAnalysisSummary items={shown} setId={setId} back={back} />
            <ol className="flex flex-col gap-3">
              {numbered.map(({ item, number }) => (
                <ItemStatisticsCard key={item.question.itemId} item={item} number={number} setId={setId} back={back} />
              ))}
            </ol>
          </>
        )}
      </section>
      <section aria-labelledby="mastery-heading" className="flex flex-col gap-3">
        <h2 id="mastery-heading" className="text-xl font-semibold">
          What to re-teach
        </h2>
        <p className="text-sm text-slate-700">The article&apos;s sections and kinds of material, most missed first.</p>
        <SourceMasteryList groups={analysis.mastery} setId={setId} back={back} />
      </section>
    </>
  );
}
