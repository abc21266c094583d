import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { AssignmentStatusBadge } from "@/components/quiz/assignment-status-badge";
import { AttemptReview } from "@/components/quiz/attempt-review";
import { QuizScore } from "@/components/quiz/quiz-score";
import { BackLink } from "@/components/ui/back-link";
import { requireUser } from "@/lib/auth/guard";
import { getStudentAssignment } from "@/lib/data/quiz";
import { HttpError } from "@/lib/errors";
import { getAttemptView } from "@/lib/quiz";

export const metadata: Metadata = { title: "Your attempt" };

export default async function AttemptReviewPage({
  params,
  searchParams,
}: {
  params: Promise<{ assignmentId: string; attemptId: string }>;
  searchParams: Promise<{ ended?: string }>;
}) {
  const [{ assignmentId, attemptId }, { ended }] = await Promise.all([params, searchParams]);
  const user = await requireUser("STUDENT", `/assignments/${assignmentId}/attempts/${attemptId}`);
  const view = await getAttemptView(user, attemptId).catch((error: unknown) => {
    if (error instanceof HttpError && error.status === 404) return null;
    throw error;
  });
  if (!view || view.assignmentId !== assignmentId) notFound();
  if (!view.submittedAt) redirect(`/assignments/${assignmentId}`);
  const assignment = await getStudentAssignment(user, assignmentId);
  if (!assignment) notFound();
  const number = assignment.attempts.findIndex((attempt) => attempt.id === attemptId) + 1;
  const answered = view.questions.filter((q) => q.result).length;
  const score = view.score ?? 0;

  return (
    <section className="mx-auto flex max-w-2xl flex-col gap-4">
      <div>
        <BackLink href={`/assignments/${assignmentId}`}>{view.setTitle}</BackLink>
        <div className="mt-1 flex flex-wrap items-center gap-2">
          <h1 className="text-2xl font-bold">Attempt {number}</h1>
          <AssignmentStatusBadge status={assignment.status} />
        </div>
        <p className="text-slate-700">{assignment.classroom.name}</p>
      </div>
      <QuizScore
        summary={{ attemptId, score, total: view.total, answered, missed: view.total - score, submittedAt: view.submittedAt, late: view.late }}
        timeUp={ended === "time"}
        kind="assignment"
      />
      <AttemptReview view={view} />
    </section>
  );
}
