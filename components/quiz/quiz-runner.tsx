"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import type { AttemptSummary } from "@/lib/quiz/finish";
import type { AttemptQuestion, AttemptView, SubmitAnswerResult } from "@/lib/quiz/types";
import type { AnswerResponse } from "@/lib/validations/quiz";
import { QuestionFeedback } from "./question-feedback";
import { ApiError, postJson } from "@/lib/api-client";
import { Countdown } from "./countdown";
import { QuestionInput, initialResponse, isComplete } from "./question-input";
import { QuizScore } from "./quiz-score";

const firstUnanswered = (questions: AttemptQuestion[]) => {
  const index = questions.findIndex((q) => !q.result);
  return index === -1 ? questions.length : index;
};

function summaryOf(view: AttemptView): AttemptSummary | null {
  if (!view.submittedAt) return null;
  const score = view.score ?? 0;
  const answered = view.questions.filter((q) => q.result).length;
  return { attemptId: view.id, score, total: view.total, answered, missed: view.total - score, submittedAt: view.submittedAt, late: view.late };
}

/** Takes a quiz one question at a time; every answer is graded and saved on the server as it is given. */
export function QuizRunner({ initialView }: { initialView: AttemptView }) {
  const router = useRouter();
  const isPractice = initialView.kind === "practice";
  const [questions, setQuestions] = useState(initialView.questions);
  const [index, setIndex] = useState(() => firstUnanswered(initialView.questions));
  const [responses, setResponses] = useState<Record<string, AnswerResponse | null>>({});
  const [pending, setPending] = useState(false);
  const [error, setError] = useState("");
  const [summary, setSummary] = useState<AttemptSummary | null>(() => summaryOf(initialView));
  const [timeUp, setTimeUp] = useState(false);
  const [confirmingEarly, setConfirmingEarly] = useState(false);
  const nextButton = useRef<HTMLButtonElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);

  const current = questions[index];
  const answered = questions.filter((q) => q.result).length;
  const base = `/api/quiz/attempts/${initialView.id}`;

  useEffect(() => {
    if (!moved.current) return;
    if (current?.result) nextButton.current?.focus();
    else heading.current?.focus();
  }, [index, current?.result]);

  async function finish(reason?: "time") {
    setPending(true);
    setError("");
    try {
      const finished = await postJson<AttemptSummary>(`${base}/finish`);
      if (!isPractice && initialView.assignmentId) {
        // The review page of the submitted attempt, rendered fresh: its status, score and answers.
        router.push(`/assignments/${initialView.assignmentId}/attempts/${initialView.id}${reason === "time" ? "?ended=time" : ""}`);
        return;
      }
      setSummary(finished);
      if (reason === "time") setTimeUp(true);
    } catch (e) {
      setError(e instanceof ApiError ? e.detail : "Could not submit. Please try again.");
    } finally {
      setPending(false);
    }
  }

  async function submit() {
    if (!current) return;
    const response = responses[current.question.itemId] ?? initialResponse(current.question);
    if (!isComplete(current.question, response)) {
      setError(current.question.type === "matching" ? "Choose a match for every item." : "Answer the question first.");
      return;
    }
    setPending(true);
    setError("");
    try {
      const saved = await postJson<SubmitAnswerResult>(`${base}/answers`, { itemId: current.question.itemId, response });
      moved.current = true;
      setQuestions((all) => all.map((q) => (q.question.itemId === saved.itemId ? { ...q, result: saved.result } : q)));
    } catch (e) {
      if (e instanceof ApiError && e.code === "time_up") {
        setPending(false);
        await finish("time");
        return;
      }
      setError(e instanceof ApiError ? e.detail : "Could not save the answer. Please try again.");
    } finally {
      setPending(false);
    }
  }

  async function retryMissed() {
    setPending(true);
    setError("");
    try {
      await postJson(`${base}/retry`);
      router.refresh();
    } catch (e) {
      setError(e instanceof ApiError ? e.detail : "Could not start the retry.");
      setPending(false);
    }
  }

  if (summary) {
    return (
      <QuizScore summary={summary} timeUp={timeUp} kind={initialView.kind} questions={questions}>
        {error ? (
          <p role="alert" className="text-red-700">
            {error}
          </p>
        ) : null}
        <div className="mt-4 flex flex-wrap gap-3">
          {isPractice && summary.missed > 0 ? (
            <Button type="button" onClick={retryMissed} disabled={pending}>
              Retry the ones I missed ({summary.missed})
            </Button>
          ) : null}
          {isPractice ? (
            <Button type="button" variant="secondary" onClick={() => router.refresh()}>
              Start a new quiz
            </Button>
          ) : null}
        </div>
        <p className="mt-4 flex flex-wrap gap-x-4 gap-y-1 text-sm">
          <Link href="/progress" className="inline-flex min-h-11 items-center font-semibold text-brand-800 underline">
            See your progress
          </Link>
          {isPractice ? (
            <Link href={`/sets/${initialView.setId}`} className="inline-flex min-h-11 items-center font-semibold text-brand-800 underline">
              Back to the set
            </Link>
          ) : (
            <Link href="/assignments" className="inline-flex min-h-11 items-center font-semibold text-brand-800 underline">
              Back to your assignments
            </Link>
          )}
        </p>
      </QuizScore>
    );
  }

  const total = questions.length;
  const isLast = index >= total - 1;
  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <p className="text-sm font-medium text-slate-700">
          {answered} of {total} answered
        </p>
        {initialView.deadline ? <Countdown deadline={initialView.deadline} onExpire={() => void finish("time")} /> : null}
      </div>

      {current ? (
        <section aria-labelledby="question-heading" className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm" data-question-type={current.question.type}>
          <h2 id="question-heading" ref={heading} tabIndex={-1} className="mb-3 text-sm font-semibold uppercase tracking-wide text-slate-600">
            Question {index + 1} of {total}
          </h2>
          <form
            onSubmit={(event) => {
              event.preventDefault();
              if (!current.result) void submit();
            }}
            className="flex flex-col gap-4"
          >
            <QuestionInput
              key={current.question.itemId}
              question={current.question}
              value={
                current.result
                  ? current.result.response
                  : (responses[current.question.itemId] ?? initialResponse(current.question))
              }
              onChange={(value) => setResponses((all) => ({ ...all, [current.question.itemId]: value }))}
              disabled={pending || !!current.result}
              result={current.result}
            />
            {current.result ? null : (
              <div>
                <Button type="submit" disabled={pending}>
                  {isPractice ? "Check answer" : "Save answer"}
                </Button>
              </div>
            )}
          </form>
        </section>
      ) : (
        <p className="text-slate-800">You have answered every question.</p>
      )}

      <div role="status" aria-live="polite" aria-atomic="true" data-testid="feedback">
        {current?.result ? <QuestionFeedback result={current.result} /> : null}
      </div>
      {error ? (
        <p role="alert" className="text-red-700">
          {error}
        </p>
      ) : null}

      <div className="flex flex-wrap gap-3">
        {current?.result && !isLast ? (
          <Button type="button" ref={nextButton} onClick={() => setIndex(firstUnansweredFrom(questions, index + 1))}>
            Next question
          </Button>
        ) : null}
        {!current || (current.result && isLast) || answered === total ? (
          <Button type="button" ref={current?.result ? nextButton : undefined} onClick={() => void finish()} disabled={pending}>
            {isPractice ? "See your score" : "Submit assignment"}
          </Button>
        ) : confirmingEarly ? (
          <div role="group" aria-label="Confirm early submission" className="flex flex-wrap items-center gap-3">
            <p className="text-slate-800">
              {total - answered} question(s) are unanswered and will count as wrong. {isPractice ? "Finish anyway?" : "Submit anyway?"}
            </p>
            <Button type="button" variant="danger" onClick={() => void finish()} disabled={pending}>
              {isPractice ? "Yes, finish" : "Yes, submit"}
            </Button>
            <Button type="button" variant="secondary" onClick={() => setConfirmingEarly(false)}>
              Keep going
            </Button>
          </div>
        ) : (
          <Button type="button" variant="secondary" onClick={() => setConfirmingEarly(true)} disabled={pending}>
            {isPractice ? `Finish now (${total - answered} unanswered)` : `Submit now (${total - answered} unanswered)`}
          </Button>
        )}
      </div>
    </div>
  );
}

function firstUnansweredFrom(questions: AttemptQuestion[], from: number): number {
  for (let i = from; i < questions.length; i++) if (!questions[i].result) return i;
  return Math.min(from, questions.length - 1);
}
