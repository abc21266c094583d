import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ScoreDistributionChart } from "@/components/teach/score-distribution-chart";
import { ItemAnalysisSections } from "@/components/teach/item-analysis-sections";
import { requireUser } from "@/lib/auth/guard";
import { getAssignmentItemAnalysis } from "@/lib/data/item-analysis";
import { getAssignmentResults } from "@/lib/data/teaching";
import { AccommodationsForm } from "@/components/teach/accommodations-form";
import { listAccommodations } from "@/lib/teaching/accommodations";

export const metadata: Metadata = { title: "Assignment results" };

const dateFormat = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeStyle: "short" });

export default async function AssignmentReportPage({ params }: { params: Promise<{ assignmentId: string }> }) {
  const { assignmentId } = await params;
  const user = await requireUser("TEACHER", `/teach/assignments/${assignmentId}`);
  const [found, analysis] = await Promise.all([getAssignmentResults(user, assignmentId), getAssignmentItemAnalysis(user, assignmentId)]);
  if (!found || !analysis) notFound();
  const { assignment, report } = found;
  const accommodations = await listAccommodations(user, assignmentId);
  return (
    <div className="flex flex-col gap-8">
      <div>
        <h1 className="text-2xl font-bold">{assignment.setTitle}</h1>
        <p className="text-slate-700">
          <Link href={`/teach/classes/${assignment.classId}`} className="text-brand-800 underline">
            {assignment.className}
          </Link>{" "}
          · due {dateFormat.format(assignment.dueAt)} · {report.submittedCount} submitted
          {report.averagePercent !== null ? ` · average ${report.averagePercent}%` : ""}
        </p>
      </div>

      <section aria-labelledby="accommodations-heading" className="rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="accommodations-heading" className="mb-2 text-xl font-semibold">
          Accommodations
        </h2>
        <AccommodationsForm
          assignmentId={assignment.id}
          timed={accommodations.timed}
          students={accommodations.students.map((student) => ({ ...student, dueAt: student.dueAt?.toISOString() ?? null }))}
        />
      </section>

      <section aria-labelledby="distribution-heading">
        <h2 id="distribution-heading" className="text-xl font-semibold">
          Score distribution
        </h2>
        {report.submittedCount === 0 ? (
          <p className="text-slate-700">No one has submitted yet.</p>
        ) : (
          <div className="grid gap-4 md:grid-cols-[2fr_1fr]">
            <ScoreDistributionChart buckets={report.distribution} />
            <table className="text-sm">
              <caption className="sr-only">Students per score band</caption>
              <thead>
                <tr>
                  <th scope="col" className="p-1 text-left">Score</th>
                  <th scope="col" className="p-1 text-right">Students</th>
                </tr>
              </thead>
              <tbody>
                {report.distribution
                  .filter((bucket) => bucket.students > 0)
                  .map((bucket) => (
                    <tr key={bucket.label}>
                      <td className="p-1">{bucket.label}</td>
                      <td className="p-1 text-right">{bucket.students}</td>
                    </tr>
                  ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <ItemAnalysisSections analysis={analysis} setId={analysis.setId} back={`/teach/assignments/${assignment.id}`} />

      <section aria-labelledby="students-heading">
        <h2 id="students-heading" className="text-xl font-semibold">
          Each student&apos;s answers
        </h2>
        {report.students.length === 0 ? (
          <p className="text-slate-700">No submissions yet.</p>
        ) : (
          <div className="flex flex-col gap-4">
            {report.students.map((student) => (
              <details key={student.userId} className="rounded-lg border border-slate-200 bg-white p-3" data-testid="student-answers">
                <summary className="cursor-pointer font-medium">
                  {student.studentName}: {student.score}/{student.total}
                  {student.late ? " (late)" : ""}
                </summary>
                <ol className="mt-2 ml-5 list-decimal text-sm">
                  {student.answers.map((answer, index) => (
                    <li key={answer.itemId}>
                      {report.questions[index]?.prompt}: <strong>{answer.response}</strong>{" "}
                      {answer.correct === null ? "" : answer.correct ? "✓ correct" : "✗ wrong"}
                    </li>
                  ))}
                </ol>
              </details>
            ))}
          </div>
        )}
      </section>
    </div>
  );
}
