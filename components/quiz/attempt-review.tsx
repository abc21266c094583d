import type { AttemptView } from "@/lib/quiz/types";
import { MarkedOptions } from "./option-mark";
import { QuestionFeedback } from "./question-feedback";

/** A submitted attempt, question by question: the learner's answers, and the right ones when the view reveals them. */
export function AttemptReview({ view }: { view: AttemptView }) {
  return (
    <section aria-labelledby="review-heading" className="flex flex-col gap-3">
      <h2 id="review-heading" className="text-xl font-semibold">
        Your answers
      </h2>
      {view.revealsAnswers ? null : (
        <p className="rounded-md border border-slate-300 bg-slate-50 p-3 text-sm text-slate-800" data-testid="answers-withheld">
          {view.answersShownAfterSubmitting
            ? "The right answers and explanations appear here once you have used all your attempts."
            : "Your teacher does not show the right answers for this assignment."}
        </p>
      )}
      <ol className="flex flex-col gap-3">
        {view.questions.map((q) => (
          <li key={q.question.itemId} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm" data-testid="reviewed-question">
            <p className="text-sm font-semibold uppercase tracking-wide text-slate-600">Question {q.position + 1}</p>
            <p className="mt-1 font-medium text-slate-900">{q.question.prompt}</p>
            {q.result && (q.question.type === "multiple_choice" || q.question.type === "true_false") ? <MarkedOptions question={q.question} result={q.result} /> : null}
            <div className="mt-2">{q.result ? <QuestionFeedback result={q.result} /> : <p className="text-slate-700">Not answered.</p>}</div>
          </li>
        ))}
      </ol>
    </section>
  );
}
