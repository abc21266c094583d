import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/guard";
import { getClassGradebook } from "@/lib/data/teaching";
import { STATUS_LABELS, percent } from "@/lib/reports/gradebook";

export const metadata: Metadata = { title: "Gradebook" };

const dateFormat = new Intl.DateTimeFormat("en", { dateStyle: "medium" });

export default async function GradebookPage({ params }: { params: Promise<{ classId: string }> }) {
  const { classId } = await params;
  const user = await requireUser("TEACHER", `/teach/classes/${classId}/gradebook`);
  const found = await getClassGradebook(user, classId);
  if (!found) notFound();
  const { gradebook } = found;
  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="mr-auto text-2xl font-bold">Gradebook: {found.name}</h1>
        <a
          href={`/api/teach/classes/${classId}/gradebook`}
          download
          className="inline-flex min-h-11 items-center rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-semibold hover:bg-slate-100"
        >
          Download CSV
        </a>
      </div>
      <p>
        <Link href={`/teach/classes/${classId}`} className="text-brand-800 hover:underline">
          Back to the class
        </Link>
      </p>
      {gradebook.rows.length === 0 || gradebook.assignments.length === 0 ? (
        <p className="text-slate-700">The gradebook fills in once the class has students and assignments.</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="min-w-full border-collapse text-left text-sm">
            <caption className="sr-only">Best score, latest score and status per student and assignment</caption>
            <thead>
              <tr>
                <th scope="col" className="border-b p-2">
                  Student
                </th>
                {gradebook.assignments.map((assignment) => (
                  <th key={assignment.id} scope="col" className="border-b p-2">
                    <Link href={`/teach/assignments/${assignment.id}`} className="text-brand-800 hover:underline">
                      {assignment.title}
                    </Link>
                    <span className="block font-normal text-slate-600">due {dateFormat.format(assignment.dueAt)}</span>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {gradebook.rows.map((row) => (
                <tr key={row.student.id} className="border-b">
                  <th scope="row" className="p-2 font-medium">
                    {row.student.name}
                  </th>
                  {row.cells.map((cell, index) => (
                    <td key={gradebook.assignments[index].id} className="p-2" data-testid={`grade-${row.student.id}-${gradebook.assignments[index].id}`}>
                      {cell.best ? (
                        <span className="font-semibold">
                          {cell.best.score}/{cell.best.total} ({percent(cell.best)}%)
                        </span>
                      ) : (
                        <span aria-label="no score">—</span>
                      )}
                      {cell.latest && cell.attempts > 1 ? (
                        <span className="block text-slate-600">
                          latest {cell.latest.score}/{cell.latest.total}
                        </span>
                      ) : null}
                      <span className={`block ${cell.status === "late" ? "text-amber-800" : "text-slate-700"}`}>{STATUS_LABELS[cell.status]}</span>
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
