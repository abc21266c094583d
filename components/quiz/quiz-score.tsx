import type { ReactNode } from "react";
import type { AttemptSummary } from "@/lib/quiz/finish";
import type { AttemptQuestion } from "@/lib/quiz/types";
import { describeResponse } from "./question-feedback";

/** The end of a quiz: the score, whether time ran out or the submission was late, and a recap of each question. */
export function QuizScore({
  summary,
  timeUp,
  kind,
  questions = [],
  children,
}: {
  summary: AttemptSummary;
  timeUp: boolean;
  kind: "practice" | "assignment";
  questions?: AttemptQuestion[];
  children?: ReactNode;
}) {
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
      {questions.length ? <QuestionRecap questions={questions} /> : null}
      {children}
    </section>
  );
}

/** Each question in a line: the prompt, the learner's answer, right or wrong, and the right answer when it is shown. */
function QuestionRecap({ questions }: { questions: AttemptQuestion[] }) {
  return (
    <div className="mt-4">
      <h3 className="text-lg font-semibold">Question by question</h3>
      <ol className="mt-2 flex flex-col gap-2" data-testid="score-recap">
        {questions.map((q) => {
          const result = q.result;
          const graded = result?.status === "graded" ? result : null;
          return (
            <li key={q.question.itemId} className="rounded-md border border-slate-200 p-3" data-testid="recap-question">
              <p className="font-medium text-slate-900">
                {q.position + 1}. {q.question.prompt}
              </p>
              <p className="mt-1 text-sm text-slate-800">
                <span className="font-medium">Your answer:</span> {result ? describeResponse(result.response) : "not answered"}
                {graded ? (
                  <span className={`ml-2 font-semibold ${graded.correct ? "text-green-800" : "text-red-800"}`}>
                    <span aria-hidden="true">{graded.correct ? "✓ " : "✗ "}</span>
                    {graded.correct ? "Right" : "Wrong"}
                  </span>
                ) : null}
              </p>
              {graded && !graded.correct ? (
                <p className="text-sm text-slate-800">
                  <span className="font-medium">Right answer:</span> {graded.expected}
                </p>
              ) : null}
            </li>
          );
        })}
      </ol>
    </div>
  );
}
