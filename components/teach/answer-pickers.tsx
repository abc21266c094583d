"use client";

import { useState } from "react";
import { useController, type Control, type FieldErrors } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import type { StudySetDraft } from "@/lib/validations/study-set";

// The correct answer is picked among the current choices, never typed: the schema still requires the
// answer to be one of the choices, but the form can no longer get out of step with them.

const MIN_CHOICES = 2;
const MAX_CHOICES = 8;

let choiceKeys = 0;
const nextKey = () => `choice-${++choiceKeys}`;

const fold = (text: string) => text.trim().toLowerCase();

export function ChoicesEditor({
  index,
  control,
  errors,
}: {
  index: number;
  control: Control<StudySetDraft>;
  errors: FieldErrors<StudySetDraft>;
}) {
  const choicesField = useController({ control, name: `questions.${index}.choices` });
  const answerField = useController({ control, name: `questions.${index}.answer` });
  const choices = choicesField.field.value ?? [];
  const answer = answerField.field.value;
  // The picked choice is tracked by position, so editing its text (even clearing it first) keeps it picked.
  const [picked, setPicked] = useState<number | null>(() => {
    const found = typeof answer === "string" && answer ? choices.findIndex((choice) => fold(choice) === fold(answer)) : -1;
    return found >= 0 ? found : null;
  });
  const [keys, setKeys] = useState(() => choices.map(nextKey));

  const error = errors.questions?.[index];
  const id = `question-${index}`;
  const number = index + 1;
  const listError = error?.choices?.message ?? error?.choices?.root?.message;

  function pick(choice: number) {
    setPicked(choice);
    answerField.field.onChange(choices[choice]);
  }

  function edit(choice: number, text: string) {
    choicesField.field.onChange(choices.map((value, position) => (position === choice ? text : value)));
    if (picked === choice) answerField.field.onChange(text);
  }

  function remove(choice: number) {
    choicesField.field.onChange(choices.filter((_, position) => position !== choice));
    setKeys((current) => current.filter((_, position) => position !== choice));
    if (picked === choice) {
      setPicked(null);
      answerField.field.onChange("");
    } else if (picked !== null && picked > choice) {
      setPicked(picked - 1);
    }
  }

  function add() {
    choicesField.field.onChange([...choices, ""]);
    setKeys((current) => [...current, nextKey()]);
  }

  return (
    <>
      <fieldset className="flex flex-col gap-2">
        <legend className="text-sm font-medium">Choices for question {number}</legend>
        <ol className="flex flex-col gap-2">
          {choices.map((choice, position) => {
            const inputId = `${id}-choice-${position}`;
            const choiceError = error?.choices?.[position]?.message;
            return (
              <li key={keys[position] ?? position} className="flex flex-col gap-1">
                <label htmlFor={inputId} className="text-sm font-medium text-slate-800">
                  Question {number} choice {position + 1}
                </label>
                <div className="flex gap-2">
                  <input
                    id={inputId}
                    className={inputClass}
                    value={choice}
                    onChange={(event) => edit(position, event.target.value)}
                    onBlur={choicesField.field.onBlur}
                    aria-invalid={!!choiceError || undefined}
                    aria-describedby={`${inputId}-error`}
                  />
                  <Button
                    type="button"
                    variant="secondary"
                    disabled={choices.length <= MIN_CHOICES}
                    aria-label={`Remove choice ${position + 1} of question ${number}`}
                    onClick={() => remove(position)}
                  >
                    Remove
                  </Button>
                </div>
                <p id={`${inputId}-error`} className="min-h-5 text-sm text-red-700" aria-live="polite">
                  {choiceError}
                </p>
              </li>
            );
          })}
        </ol>
        <p className="text-sm text-red-700" aria-live="polite">
          {listError}
        </p>
        <div>
          <Button type="button" variant="secondary" disabled={choices.length >= MAX_CHOICES} onClick={add}>
            Add a choice to question {number}
          </Button>
        </div>
      </fieldset>
      <fieldset className="flex flex-col gap-1" aria-describedby={`${id}-answer-error`}>
        <legend className="text-sm font-medium text-slate-800">Question {number} correct answer</legend>
        {choices.map((choice, position) => (
          <label key={keys[position] ?? position} className="flex min-h-11 items-center gap-2">
            <input
              type="radio"
              name={`${id}-answer`}
              value={position}
              checked={picked === position}
              disabled={!choice.trim()}
              onChange={() => pick(position)}
              className="size-5 shrink-0"
            />
            <span className={choice.trim() ? "break-words" : "text-slate-600"}>{choice.trim() ? choice : `Choice ${position + 1} (empty)`}</span>
          </label>
        ))}
        <p id={`${id}-answer-error`} className="min-h-5 text-sm text-red-700" aria-live="polite">
          {error?.answer?.message}
        </p>
      </fieldset>
    </>
  );
}

export function TrueFalsePicker({
  index,
  value,
  onChange,
  error,
}: {
  index: number;
  value: string | boolean | undefined;
  onChange: (value: boolean) => void;
  error?: string;
}) {
  const id = `question-${index}-answer`;
  return (
    <fieldset className="flex flex-col gap-1" aria-describedby={`${id}-error`}>
      <legend className="text-sm font-medium text-slate-800">Question {index + 1} correct answer</legend>
      <div className="flex flex-wrap gap-4">
        {[true, false].map((option) => (
          <label key={String(option)} className="flex min-h-11 items-center gap-2">
            <input type="radio" name={id} value={String(option)} checked={value === option} onChange={() => onChange(option)} className="size-5" />
            {option ? "True" : "False"}
          </label>
        ))}
      </div>
      <p id={`${id}-error`} className="min-h-5 text-sm text-red-700" aria-live="polite">
        {error}
      </p>
    </fieldset>
  );
}
