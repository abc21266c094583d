import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AssignmentStatusBadge } from "@/components/quiz/assignment-status-badge";
import { LocalTime } from "@/components/ui/local-time";
import { BackLink } from "@/components/ui/back-link";
import { QuizRunner } from "@/components/quiz/quiz-runner";
import { StartQuizButton } from "@/components/quiz/start-quiz-button";
import { requireUser } from "@/lib/auth/guard";
import { getStudentAssignment } from "@/lib/data/quiz";
import { getAttemptView } from "@/lib/quiz";

export const metadata: Metadata = { title: "Assignment" };

export default async function AssignmentPage({ params }: { params: Promise<{ assignmentId: string }> }) {
  const { assignmentId } = await params;
  const user = await requireUser("STUDENT", `/assignments/${assignmentId}`);
  const now = new Date();
  const assignment = await getStudentAssignment(user, assignmentId, now);
  if (!assignment) notFound();
  const view = assignment.openAttemptId ? await getAttemptView(user, assignment.openAttemptId, now) : null;
  const open = view && !view.submittedAt ? view : null;

  const submitted = assignment.attempts.filter((attempt) => attempt.submittedAt);
  const { terms } = assignment;
  const attemptsLeft = terms.attemptsAllowed - assignment.attempts.length;
  const notOpenYet = assignment.opensAt > now;

  return (
    <section className="mx-auto flex max-w-2xl flex-col gap-4">
      <div>
        <BackLink href="/assignments">Your assignments</BackLink>
        <div className="mt-1 flex flex-wrap items-center gap-2">
          <h1 className="text-2xl font-bold">{assignment.set.title}</h1>
          <AssignmentStatusBadge status={assignment.status} />
        </div>
        <p className="text-slate-700">{assignment.classroom.name}</p>
      </div>

      {open ? (
        <QuizRunner key={open.id} initialView={open} />
      ) : (
        <div className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
          <dl className="grid grid-cols-1 gap-2 text-sm sm:grid-cols-2">
            <div>
              <dt className="font-medium text-slate-600">Opens</dt>
              <dd>
                <LocalTime iso={assignment.opensAt.toISOString()} />
              </dd>
            </div>
            <div>
              <dt className="font-medium text-slate-600">Due</dt>
              <dd>
                <LocalTime iso={terms.dueAt.toISOString()} />
                {terms.dueAt.getTime() !== assignment.dueAt.getTime() ? " (extended for you)" : null}
              </dd>
            </div>
            <div>
              <dt className="font-medium text-slate-600">Attempts</dt>
              <dd>
                {assignment.attempts.length} of {terms.attemptsAllowed} used
              </dd>
            </div>
            <div>
              <dt className="font-medium text-slate-600">Time limit</dt>
              <dd>{terms.timeLimitMinutes ? `${terms.timeLimitMinutes} minutes, counted from when you start` : "None"}</dd>
            </div>
          </dl>

          {submitted.length > 0 ? (
            <>
              <h2 className="mt-5 text-lg font-semibold">Your submissions</h2>
              <ol className="mt-2 flex flex-col gap-1">
                {submitted.map((attempt, index) => (
                  <li key={attempt.id} data-testid="submission">
                    Attempt {index + 1}: {attempt.score ?? 0}/{attempt.total}, submitted <LocalTime iso={attempt.submittedAt!.toISOString()} />
                    {attempt.late ? <span className="ml-2 font-semibold text-amber-900">(late)</span> : null}{" "}
                    <Link href={`/assignments/${assignment.id}/attempts/${attempt.id}`} className="inline-flex min-h-11 items-center font-semibold text-brand-800 underline">
                      Review attempt {index + 1}
                    </Link>
                  </li>
                ))}
              </ol>
            </>
          ) : null}

          <div className="mt-5">
            {notOpenYet ? (
              <p className="font-medium text-slate-800">
                This assignment opens <LocalTime iso={assignment.opensAt.toISOString()} />.
              </p>
            ) : attemptsLeft > 0 ? (
              <>
                {now > terms.dueAt ? <p className="mb-2 text-amber-900">The due date has passed: you can still submit, and it will be marked late.</p> : null}
                <StartQuizButton label={submitted.length ? "Start another attempt" : "Start the assignment"} body={{ assignmentId: assignment.id }} />
              </>
            ) : (
              <p className="text-slate-800">You have used all your attempts.</p>
            )}
          </div>
        </div>
      )}
    </section>
  );
}
