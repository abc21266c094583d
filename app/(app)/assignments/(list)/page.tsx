import type { Metadata } from "next";
import Link from "next/link";
import { AssignmentStatusBadge } from "@/components/quiz/assignment-status-badge";
import { LocalTime } from "@/components/ui/local-time";
import { requireUser } from "@/lib/auth/guard";
import { listStudentAssignments } from "@/lib/data/quiz";

export const metadata: Metadata = { title: "Assignments" };

export default async function AssignmentsPage() {
  const user = await requireUser("STUDENT", "/assignments");
  const assignments = await listStudentAssignments(user);
  const now = new Date();

  return (
    <section>
      <h1 className="mb-4 text-2xl font-bold">Your assignments</h1>
      {assignments.length === 0 ? (
        <p className="text-slate-700">
          No assignments yet. Join a class with the code your teacher gives you on the{" "}
          <Link href="/classes" className="font-medium text-brand-700 underline">
            Classes
          </Link>{" "}
          page.
        </p>
      ) : (
        <ul className="flex flex-col gap-3">
          {assignments.map((assignment) => {
            const latest = [...assignment.attempts].reverse().find((attempt) => attempt.submittedAt);
            return (
              <li key={assignment.id} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
                <div className="flex flex-wrap items-center gap-2">
                  <h2 className="text-lg font-semibold">
                    <Link href={`/assignments/${assignment.id}`} className="text-brand-800 hover:underline">
                      {assignment.set.title}
                    </Link>
                  </h2>
                  <AssignmentStatusBadge status={assignment.status} />
                </div>
                <p className="text-sm text-slate-700">{assignment.classroom.name}</p>
                <dl className="mt-2 grid grid-cols-1 gap-x-4 gap-y-1 text-sm sm:grid-cols-3">
                  <div>
                    <dt className="inline text-slate-600">{assignment.opensAt > now ? "Opens " : "Opened "}</dt>
                    <dd className="inline">
                      <LocalTime iso={assignment.opensAt.toISOString()} />
                    </dd>
                  </div>
                  <div>
                    <dt className="inline text-slate-600">Due </dt>
                    <dd className="inline">
                      <LocalTime iso={assignment.terms.dueAt.toISOString()} />
                    </dd>
                  </div>
                  <div>
                    <dt className="inline text-slate-600">Score </dt>
                    <dd className="inline">{latest ? `${latest.score ?? 0}/${latest.total}` : "—"}</dd>
                  </div>
                </dl>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
