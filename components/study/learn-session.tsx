"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { choiceClass, inputClass } from "@/components/ui/field";
import type { LearnQuestion } from "@/lib/data/study";
import { CHOSEN_RIGHT, LEARNED } from "@/lib/study/learn-stages";
import type { PracticeResult } from "@/lib/study/practice";
import { PracticeFeedback } from "./practice-feedback";
import { callApi, postJson } from "@/lib/api-client";

// Quizlet-style Learn: each question is first asked as multiple choice; once answered right it comes
// back to be typed; missed ones return later in the same phase. Done when every one was typed right.
// The server remembers each question's stage, so a reload picks up where the learner was.

type Step = { question: LearnQuestion; phase: "choice" | "typed" };

function stepsLeft(questions: LearnQuestion[]): Step[] {
  return questions
    .filter((question) => question.stage < LEARNED)
    .map((question) => ({ question, phase: question.stage === CHOSEN_RIGHT ? "typed" : "choice" }));
}

export function LearnSession({ setId, questions }: { setId: string; questions: LearnQuestion[] }) {
  const router = useRouter();
  const [queue, setQueue] = useState<Step[]>(() => stepsLeft(questions));
  const [mastered, setMastered] = useState(() => questions.filter((question) => question.stage >= LEARNED).length);
  const [choice, setChoice] = useState("");
  const [typed, setTyped] = useState("");
  const [result, setResult] = useState<PracticeResult | null>(null);
  const [error, setError] = useState("");
  const [busy, setBusy] = useState(false);
  const step = queue[0];

  function advance() {
    if (!step || !result) return;
    const rest = queue.slice(1);
    if (step.phase === "typed" && result.correct) {
      setMastered((value) => value + 1);
      setQueue(rest);
    } else {
      setQueue([...rest, { question: step.question, phase: step.phase === "choice" && result.correct ? "typed" : step.phase }]);
    }
    setResult(null);
    setChoice("");
    setTyped("");
  }

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (result) return advance();
    const response = step.phase === "choice" ? choice : typed;
    if (!response.trim()) {
      setError(step.phase === "choice" ? "Choose an answer first." : "Type your answer first.");
      return;
    }
    setBusy(true);
    setError("");
    try {
      setResult(await postJson<PracticeResult>("/api/practice/check", { itemId: step.question.itemId, mode: step.phase, response }));
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : "Could not check the answer.");
    } finally {
      setBusy(false);
    }
  }

  async function startOver() {
    setBusy(true);
    setError("");
    try {
      await callApi(`/api/sets/${setId}/learn-progress`, { method: "DELETE" });
      router.refresh();
    } catch {
      setError("Could not start over. Please try again.");
    } finally {
      setBusy(false);
    }
  }

  const startOverButton = (
    <Button type="button" variant="secondary" onClick={startOver} disabled={busy}>
      Start Learn over
    </Button>
  );

  if (!step) {
    return (
      <div className="space-y-3">
        <p role="status" className="rounded-lg border border-green-300 bg-green-50 p-4">
          You learned all {questions.length} questions: each one answered by choice, then typed.
        </p>
        {error ? <p role="alert" className="text-sm text-red-700">{error}</p> : null}
        {startOverButton}
      </div>
    );
  }
  const typedPrompt = step.question.prompt.replace(/^Which (?:completes the statement|[^?]*)\?\s*/, "");
  return (
    <form onSubmit={onSubmit} className="space-y-3" noValidate>
      <div className="h-2 w-full rounded bg-slate-200" aria-hidden="true">
        <div className="h-2 rounded bg-green-600" style={{ width: `${(mastered / questions.length) * 100}%` }} />
      </div>
      <p className="text-sm text-slate-700">
        {mastered} of {questions.length} learned · {step.phase === "choice" ? "Multiple choice" : "Type the answer"}
      </p>
      {step.phase === "choice" ? (
        <fieldset className="space-y-2">
          <legend className="mb-2 text-lg break-words">{step.question.prompt}</legend>
          {step.question.choices.map((option) => (
            <label key={option} className={choiceClass}>
              <input type="radio" name="choice" value={option} checked={choice === option} disabled={!!result} onChange={() => setChoice(option)} className="size-5 shrink-0" />
              <span className="break-words">{option}</span>
            </label>
          ))}
        </fieldset>
      ) : (
        <div className="space-y-2">
          <p className="text-lg break-words">{typedPrompt || step.question.prompt}</p>
          <label htmlFor="learn-typed" className="block text-sm font-medium">
            Your answer
          </label>
          <input id="learn-typed" className={inputClass} value={typed} readOnly={!!result} onChange={(event) => setTyped(event.target.value)} autoComplete="off" autoFocus />
        </div>
      )}
      <div aria-live="polite">
        {error ? <p className="text-sm text-red-700">{error}</p> : null}
        {result ? <PracticeFeedback result={result} setId={setId} /> : null}
      </div>
      <div className="flex flex-wrap gap-2">
        <Button type="submit" disabled={busy}>
          {result ? "Continue" : "Check answer"}
        </Button>
        {mastered > 0 || queue.some((queued) => queued.phase === "typed") ? startOverButton : null}
      </div>
    </form>
  );
}
