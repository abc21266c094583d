"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Field, TextInput, choiceClass, inputClass } from "@/components/ui/field";
import type { Question } from "@/lib/generator/types";
import { ApiError, callApi } from "@/lib/api-client";

// Fix one published question in place: wording, key, explanation. Saving regrades the answers
// students already gave; retiring takes it out of future quizzes.

type Status = { kind: "ok" | "error"; text: string };

function KeyPicker({ question, value, onChange }: { question: Question; value: string | boolean; onChange: (value: string | boolean) => void }) {
  if (question.type === "fill_in") {
    return (
      <Field id="fix-answer" label="Correct answer">
        <TextInput id="fix-answer" value={String(value)} onChange={(event) => onChange(event.target.value)} />
      </Field>
    );
  }
  const options: { label: string; value: string | boolean }[] =
    question.type === "true_false"
      ? [
          { label: "True", value: true },
          { label: "False", value: false },
        ]
      : (question.choices ?? []).map((choice) => ({ label: choice, value: choice }));
  return (
    <fieldset className="flex flex-col gap-2">
      <legend className="text-sm font-medium text-slate-800">Correct answer</legend>
      {options.map((option) => (
        <label key={option.label} className={choiceClass}>
          <input type="radio" name="fix-answer" checked={value === option.value} onChange={() => onChange(option.value)} />
          {option.label}
        </label>
      ))}
    </fieldset>
  );
}

export function QuestionFixForm({ setId, itemId, question, retired }: { setId: string; itemId: string; question: Question; retired: boolean }) {
  const router = useRouter();
  const keyEditable = question.type === "multiple_choice" || question.type === "true_false" || question.type === "fill_in";
  const [prompt, setPrompt] = useState(question.prompt);
  const [answer, setAnswer] = useState<string | boolean>(question.answer ?? "");
  const [explanation, setExplanation] = useState(question.explanation);
  const [status, setStatus] = useState<Status>();
  const [busy, setBusy] = useState(false);
  const url = `/api/teach/sets/${setId}/items/${itemId}`;

  async function save(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setStatus(undefined);
    try {
      const json = { prompt, explanation, ...(keyEditable ? { answer } : {}) };
      const result = await callApi<{ regraded: number; attemptsRescored: number }>(url, { method: "PATCH", json, fallback: "Not saved." });
      setStatus({
        kind: "ok",
        text: `Saved. ${result.regraded} answer${result.regraded === 1 ? "" : "s"} regraded, ${result.attemptsRescored} submitted attempt${result.attemptsRescored === 1 ? "" : "s"} rescored.`,
      });
      router.refresh();
    } catch (failure) {
      setStatus({ kind: "error", text: `${failure instanceof ApiError && failure.status > 0 ? failure.message : "The connection failed; nothing was saved."} Your edits are still here.` });
    } finally {
      setBusy(false);
    }
  }

  async function retire() {
    setBusy(true);
    setStatus(undefined);
    try {
      await callApi(url, { method: "DELETE", fallback: "Not retired." });
      setStatus({ kind: "ok", text: "Retired: it will not appear in new quizzes or assignments. Past answers keep their scores." });
      router.refresh();
    } catch (failure) {
      setStatus({ kind: "error", text: failure instanceof ApiError && failure.status > 0 ? failure.message : "The connection failed; nothing changed." });
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={save} className="flex flex-col gap-3" noValidate>
      <Field id="fix-prompt" label="Question">
        <textarea id="fix-prompt" rows={3} className={inputClass} value={prompt} onChange={(event) => setPrompt(event.target.value)} />
      </Field>
      {keyEditable ? (
        <KeyPicker question={question} value={answer} onChange={setAnswer} />
      ) : (
        <p className="text-sm text-slate-700">The pairs and order of this question are edited in the full review form.</p>
      )}
      <Field id="fix-explanation" label="Explanation">
        <textarea id="fix-explanation" rows={3} className={inputClass} value={explanation} onChange={(event) => setExplanation(event.target.value)} />
      </Field>
      <p role="status" aria-live="polite" className={`min-h-5 text-sm font-medium ${status?.kind === "error" ? "text-red-700" : "text-green-800"}`}>
        {status?.text}
      </p>
      <div className="flex flex-wrap gap-2">
        <Button type="submit" disabled={busy}>
          Save and regrade
        </Button>
        {retired ? (
          <p className="self-center text-sm font-medium text-slate-700">This question is retired.</p>
        ) : (
          <Button type="button" variant="secondary" disabled={busy} onClick={retire}>
            Retire this question
          </Button>
        )}
      </div>
    </form>
  );
}
