import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ItemAnalysisSections } from "@/components/teach/item-analysis-sections";
import { BackLink } from "@/components/ui/back-link";
import { requireUser } from "@/lib/auth/guard";
import { getSetItemAnalysis } from "@/lib/data/item-analysis";
import { getTeacherSet } from "@/lib/data/teaching";

export const metadata: Metadata = { title: "Item analysis" };

export default async function SetAnalysisPage({ params }: { params: Promise<{ setId: string }> }) {
  const { setId } = await params;
  const user = await requireUser("TEACHER", `/teach/sets/${setId}/analysis`);
  const [set, analysis] = await Promise.all([getTeacherSet(user, setId), getSetItemAnalysis(user, setId)]);
  if (!set || !analysis) notFound();
  return (
    <div className="flex flex-col gap-8">
      <header>
        <BackLink href={`/teach/sets/${setId}`}>{set.title}</BackLink>
        <h1 className="text-2xl font-bold">Item analysis: {set.title}</h1>
        <p className="text-slate-700">
          Across {analysis.assignmentCount} assignment{analysis.assignmentCount === 1 ? "" : "s"} in your classes.
        </p>
      </header>
      <ItemAnalysisSections analysis={analysis} setId={setId} back={`/teach/sets/${setId}/analysis`} />
    </div>
  );
}
