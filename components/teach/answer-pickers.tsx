"use client";

import { useState } from "react";
import { useController, type Control, type FieldErrors } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import type { StudySetDraft } from "@/lib/validations/study-set";

// The correct answer (or, for multiple response, every right one) is picked among the current choices, never typed: the schema still requires the
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
  multiple = false,
}: {
  index: number;
  control: Control<StudySetDraft>;
  errors: FieldErrors<StudySetDraft>;
  /** Multiple response: several right answers, ticked, kept in `answers` rather than `answer`. */
  multiple?: boolean;
}) {
  const choicesField = useController({ control, name: `questions.${index}.choices` });
  const answerField = useController({ control, name: `questions.${index}.answer` });
  const answersField = useController({ control, name: `questions.${index}.answers` });
  const choices = choicesField.field.value ?? [];
  // The right choices are tracked by position, so editing one's text (even clearing it first) keeps it right.
  const [picked, setPicked] = useState<number[]>(() => {
    const answer = answerField.field.value;
    const keys = multiple ? (answersField.field.value ?? []) : typeof answer === "string" && answer ? [answer] : [];
    return choices.flatMap((choice, position) => (keys.some((key) => fold(key) === fold(choice)) ? [position] : []));
  });
  const [keys, setKeys] = useState(() => choices.map(nextKey));

  const error = errors.questions?.[index];
  const id = `question-${index}`;
  const number = index + 1;
  const listError = error?.choices?.message ?? error?.choices?.root?.message;
  const answerError = multiple ? (error?.answers?.message ?? error?.answers?.root?.message) : error?.answer?.message;

  /** Writes the right answer(s) for the positions picked, from the texts given. */
  function setPicks(positions: number[], texts: string[]) {
    setPicked(positions);
    if (multiple) answersField.field.onChange(positions.map((position) => texts[position]));
    else answerField.field.onChange(positions.length ? texts[positions[0]] : "");
  }

  function pick(choice: number, on: boolean) {
    const positions = multiple ? (on ? [...picked, choice].sort((a, b) => a - b) : picked.filter((p) => p !== choice)) : [choice];
    setPicks(positions, choices);
  }

  function edit(choice: number, text: string) {
    const next = choices.map((value, position) => (position === choice ? text : value));
    choicesField.field.onChange(next);
    if (picked.includes(choice)) setPicks(picked, next);
  }

  function remove(choice: number) {
    const next = choices.filter((_, position) => position !== choice);
    choicesField.field.onChange(next);
    setKeys((current) => current.filter((_, position) => position !== choice));
    setPicks(picked.filter((p) => p !== choice).map((p) => (p > choice ? p - 1 : p)), next);
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
        <legend className="text-sm font-medium text-slate-800">Question {number} {multiple ? "right answers (tick each)" : "correct answer"}</legend>
        {choices.map((choice, position) => (
          <label key={keys[position] ?? position} className="flex min-h-11 items-center gap-2">
            <input
              type={multiple ? "checkbox" : "radio"}
              name={`${id}-answer`}
              value={position}
              checked={picked.includes(position)}
              disabled={!choice.trim()}
              onChange={(event) => pick(position, event.target.checked)}
              className="size-5 shrink-0"
            />
            <span className={choice.trim() ? "break-words" : "text-slate-600"}>{choice.trim() ? choice : `Choice ${position + 1} (empty)`}</span>
          </label>
        ))}
        <p id={`${id}-answer-error`} className="min-h-5 text-sm text-red-700" aria-live="polite">
          {answerError}
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
