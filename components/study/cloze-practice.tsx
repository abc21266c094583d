"use client";

import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import type { ClozePrompt } from "@/lib/data/study";
import type { PracticeResult } from "@/lib/study/practice";
import { PracticeFeedback } from "./practice-feedback";
import { postJson } from "@/lib/api-client";

export function ClozePractice({ setId, prompts }: { setId: string; prompts: ClozePrompt[] }) {
  const [index, setIndex] = useState(0);
  const [answer, setAnswer] = useState("");
  const [result, setResult] = useState<PracticeResult | null>(null);
  const [error, setError] = useState("");
  const [right, setRight] = useState(0);
  const [busy, setBusy] = useState(false);
  const prompt = prompts[index];

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (result) {
      setIndex((value) => value + 1);
      setResult(null);
      setAnswer("");
      return;
    }
    if (!answer.trim()) {
      setError("Type the missing words first.");
      return;
    }
    setBusy(true);
    setError("");
    try {
      const checked = await postJson<PracticeResult>("/api/practice/check", { itemId: prompt.itemId, mode: "cloze", response: answer });
      setResult(checked);
      if (checked.correct) setRight((value) => value + 1);
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : "Could not check the answer.");
    } finally {
      setBusy(false);
    }
  }

  if (!prompt) {
    return (
      <p role="status" className="rounded-lg border border-green-300 bg-green-50 p-4">
        Done: {right} of {prompts.length} right.
      </p>
    );
  }
  return (
    <form onSubmit={onSubmit} className="space-y-3" noValidate>
      <p className="text-sm text-slate-700">
        Sentence {index + 1} of {prompts.length} · {right} right so far
      </p>
      <p className="rounded-lg border border-slate-300 bg-white p-4 text-lg break-words">{prompt.prompt}</p>
      <label htmlFor="cloze-answer" className="block text-sm font-medium">
        Missing words
      </label>
      <input
        id="cloze-answer"
        className={inputClass}
        value={answer}
        onChange={(event) => setAnswer(event.target.value)}
        readOnly={!!result}
        autoComplete="off"
        aria-describedby="cloze-feedback"
        autoFocus
      />
      <div id="cloze-feedback" aria-live="polite">
        {error ? <p className="text-sm text-red-700">{error}</p> : null}
        {result ? <PracticeFeedback result={result} setId={setId} /> : null}
      </div>
      <Button type="submit" disabled={busy}>
        {result ? "Next sentence" : "Check answer"}
      </Button>
    </form>
  );
}
