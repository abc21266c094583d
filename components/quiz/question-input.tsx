"use client";

import type { PublicQuestion } from "@/lib/quiz/public-question";
import type { AnswerResponse } from "@/lib/validations/quiz";
import { choiceClass, inputClass } from "@/components/ui/field";
import type { AnswerFeedback } from "@/lib/quiz/types";
import { OptionMark, markOf, markedChoiceClass, optionsOf } from "./option-mark";
import { MultipleResponseInput } from "./multiple-response-input";
import { OrderingInput } from "./ordering-input";

type Props = {
  question: PublicQuestion;
  value: AnswerResponse | null;
  onChange: (value: AnswerResponse) => void;
  disabled: boolean;
  /** The answer's feedback once it is saved: marks the chosen and the right option in place. */
  result?: AnswerFeedback | null;
};

/** The answer control for one question, by type; the prompt is its label or legend. */
export function QuestionInput({ question, value, onChange, disabled, result }: Props) {
  const name = `q-${question.itemId}`;
  switch (question.type) {
    case "multiple_choice":
    case "true_false": {
      const row = question.type === "true_false";
      return (
        <fieldset disabled={disabled}>
          <legend className="mb-3 text-lg font-medium">{question.prompt}</legend>
          <div className={`flex flex-col gap-2 ${row ? "sm:flex-row" : ""}`}>
            {optionsOf(question).map((option) => {
              // Once answered (and graded in practice), the pick and the right option are marked in place.
              const mark = result ? markOf(option, result) : null;
              return (
                <label key={option.key} className={`${mark ? markedChoiceClass(mark) : choiceClass} ${row ? "sm:flex-1" : ""}`}>
                  <input type="radio" name={name} value={String(option.value)} checked={value === option.value} onChange={() => onChange(option.value)} className="size-5" />
                  <span>{option.label}</span>
                  {mark && result ? <OptionMark {...mark} graded={result.status === "graded"} /> : null}
                </label>
              );
            })}
          </div>
        </fieldset>
      );
    }
    case "multiple_response":
      return (
        <MultipleResponseInput
          name={name}
          prompt={question.prompt}
          choices={question.choices}
          ticked={Array.isArray(value) ? value.filter((v) => typeof v === "string") : []}
          onChange={onChange}
          disabled={disabled}
        />
      );
    case "fill_in":
    case "numeric":
      return (
        <div className="flex flex-col gap-2">
          <label htmlFor={name} className="text-lg font-medium">
            {question.prompt}
          </label>
          <input
            id={name}
            type="text"
            inputMode={question.type === "numeric" ? "decimal" : undefined}
            autoComplete="off"
            maxLength={500}
            value={typeof value === "string" ? value : ""}
            onChange={(event) => onChange(event.target.value)}
            disabled={disabled}
            className={inputClass}
          />
        </div>
      );
    case "matching": {
      const pairs = Array.isArray(value) ? (value as { left: string; right: string }[]) : [];
      const rightOf = (left: string) => pairs.find((pair) => pair.left === left)?.right ?? "";
      const choose = (left: string, right: string) =>
        onChange(question.left.map((l) => ({ left: l, right: l === left ? right : rightOf(l) })).filter((pair) => pair.right));
      return (
        <fieldset disabled={disabled}>
          <legend className="mb-3 text-lg font-medium">{question.prompt}</legend>
          <div className="flex flex-col gap-3">
            {question.left.map((left, index) => (
              <div key={left} className="flex flex-col gap-1 sm:flex-row sm:items-center sm:gap-3">
                <label htmlFor={`${name}-${index}`} className="sm:w-1/2">
                  {left}
                </label>
                <select
                  id={`${name}-${index}`}
                  value={rightOf(left)}
                  onChange={(event) => choose(left, event.target.value)}
                  className={`${inputClass} sm:w-1/2`}
                >
                  <option value="">Choose a match…</option>
                  {question.options.map((option) => (
                    <option key={option} value={option}>
                      {option}
                    </option>
                  ))}
                </select>
              </div>
            ))}
          </div>
        </fieldset>
      );
    }
    case "ordering":
      return (
        <OrderingInput
          name={name}
          prompt={question.prompt}
          items={Array.isArray(value) && value.every((v) => typeof v === "string") ? (value as string[]) : question.options}
          onChange={onChange}
          disabled={disabled}
        />
      );
  }
}

/** The response a question starts with: ordering starts from the order shown, the others from nothing. */
export function initialResponse(question: PublicQuestion): AnswerResponse | null {
  return question.type === "ordering" ? question.options : null;
}

export function isComplete(question: PublicQuestion, value: AnswerResponse | null): boolean {
  if (value === null) return false;
  if (question.type === "fill_in" || question.type === "numeric") return typeof value === "string" && value.trim().length > 0;
  if (question.type === "matching") return Array.isArray(value) && value.length === question.left.length;
  return true;
}
