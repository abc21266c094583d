import type { ReactNode } from "react";
import type { AttemptSummary } from "@/lib/quiz/finish";

/** The end of a quiz: the score, and whether time ran out or the submission was late. */
export function QuizScore({ summary, timeUp, kind, children }: { summary: AttemptSummary; timeUp: boolean; kind: "practice" | "assignment"; children?: ReactNode }) {
  const percent = summary.total ? Math.round((summary.score / summary.total) * 100) : 0;
  return (
    <section aria-labelledby="score-heading" className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
      <h2 id="score-heading" className="text-xl font-bold">
        {kind === "practice" ? "Quiz complete" : "Assignment submitted"}
      </h2>
      <p role="status" className="mt-2 text-2xl font-semibold" data-testid="quiz-score">
        You scored {summary.score} out of {summary.total} ({percent}%)
      </p>
      {timeUp ? <p className="mt-2 font-medium text-red-800">Time is up: your saved answers were submitted.</p> : null}
      {summary.late ? <p className="mt-2 font-medium text-amber-900">Submitted after the due date: marked late.</p> : null}
      {summary.answered < summary.total ? (
        <p className="mt-2 text-slate-700">{summary.total - summary.answered} question(s) were left unanswered.</p>
      ) : null}
      {children}
    </section>
  );
}
