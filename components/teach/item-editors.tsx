"use client";

import { Controller, type Control, type FieldErrors, type UseFormRegister } from "react-hook-form";
import { Field, TextInput, inputClass } from "@/components/ui/field";
import type { QuestionDraft, StudySetDraft } from "@/lib/validations/study-set";
import { ChoicesEditor, TrueFalsePicker } from "./answer-pickers";

// The fields of one card or question, shown when the teacher edits it in place in the review list.
// Field names are the schema's paths, so the server's 422 errors land on them.

type Register = UseFormRegister<StudySetDraft>;
type Errors = FieldErrors<StudySetDraft>;

export function FlashcardEditor({ index, register, errors }: { index: number; register: Register; errors: Errors }) {
  const error = errors.flashcards?.[index];
  const id = `card-${index}`;
  return (
    <div className="flex flex-col gap-2">
      <Field id={`${id}-front`} label={`Card ${index + 1} front`} error={error?.front?.message}>
        <textarea id={`${id}-front`} rows={2} className={inputClass} aria-invalid={!!error?.front || undefined} aria-describedby={`${id}-front-error`} {...register(`flashcards.${index}.front`)} />
      </Field>
      <Field id={`${id}-back`} label={`Card ${index + 1} back`} error={error?.back?.message}>
        <textarea id={`${id}-back`} rows={2} className={inputClass} aria-invalid={!!error?.back || undefined} aria-describedby={`${id}-back-error`} {...register(`flashcards.${index}.back`)} />
      </Field>
      <Field id={`${id}-explanation`} label={`Card ${index + 1} explanation`} error={error?.explanation?.message}>
        <textarea id={`${id}-explanation`} rows={2} className={inputClass} {...register(`flashcards.${index}.explanation`)} />
      </Field>
    </div>
  );
}

export function QuestionEditor({
  index,
  question,
  control,
  register,
  errors,
}: {
  index: number;
  question: QuestionDraft;
  control: Control<StudySetDraft>;
  register: Register;
  errors: Errors;
}) {
  const error = errors.questions?.[index];
  const id = `question-${index}`;
  const label = `Question ${index + 1}`;
  return (
    <div className="flex flex-col gap-2">
      <Field id={`${id}-prompt`} label={label} error={error?.prompt?.message}>
        <textarea id={`${id}-prompt`} rows={2} className={inputClass} aria-invalid={!!error?.prompt || undefined} aria-describedby={`${id}-prompt-error`} {...register(`questions.${index}.prompt`)} />
      </Field>
      {question.type === "multiple_choice" ? <ChoicesEditor index={index} control={control} errors={errors} /> : null}
      {question.type === "multiple_response" ? <ChoicesEditor index={index} control={control} errors={errors} multiple /> : null}
      {question.type === "fill_in" ? (
        <Field id={`${id}-answer`} label={`Question ${index + 1} correct answer`} error={error?.answer?.message}>
          <TextInput id={`${id}-answer`} invalid={!!error?.answer} {...register(`questions.${index}.answer`)} />
        </Field>
      ) : null}
      {question.type === "numeric" ? (
        <div className="grid gap-2 sm:grid-cols-2">
          <Field id={`${id}-answer`} label={`Question ${index + 1} correct number`} error={error?.answer?.message}>
            <TextInput id={`${id}-answer`} inputMode="decimal" invalid={!!error?.answer} {...register(`questions.${index}.answer`)} />
          </Field>
          <Field id={`${id}-tolerance`} label={`Question ${index + 1} accepted distance (±)`} error={error?.tolerance?.message}>
            <TextInput
              id={`${id}-tolerance`}
              inputMode="decimal"
              invalid={!!error?.tolerance}
              {...register(`questions.${index}.tolerance`, { setValueAs: (value: unknown) => (value === "" || value === undefined || value === null ? undefined : Number(value)) })}
            />
          </Field>
        </div>
      ) : null}
      {question.type === "true_false" ? (
        <Controller
          control={control}
          name={`questions.${index}.answer`}
          render={({ field }) => <TrueFalsePicker index={index} value={field.value} onChange={field.onChange} error={error?.answer?.message} />}
        />
      ) : null}
      {question.type === "matching" ? (
        <fieldset className="flex flex-col gap-2">
          <legend className="text-sm font-medium">Pairs for question {index + 1}</legend>
          {(question.pairs ?? []).map((_, pair) => (
            <div key={pair} className="grid gap-2 sm:grid-cols-2">
              <Field id={`${id}-pair-${pair}-left`} label={`Pair ${pair + 1} left`} error={error?.pairs?.[pair]?.left?.message}>
                <TextInput id={`${id}-pair-${pair}-left`} {...register(`questions.${index}.pairs.${pair}.left`)} />
              </Field>
              <Field id={`${id}-pair-${pair}-right`} label={`Pair ${pair + 1} right`} error={error?.pairs?.[pair]?.right?.message}>
                <TextInput id={`${id}-pair-${pair}-right`} {...register(`questions.${index}.pairs.${pair}.right`)} />
              </Field>
            </div>
          ))}
        </fieldset>
      ) : null}
      {question.type === "ordering" ? (
        <fieldset className="flex flex-col gap-2">
          <legend className="text-sm font-medium">Items in the right order for question {index + 1}</legend>
          {(question.items ?? []).map((_, item) => (
            <Field key={item} id={`${id}-item-${item}`} label={`Position ${item + 1}`} error={error?.items?.[item]?.message}>
              <TextInput id={`${id}-item-${item}`} {...register(`questions.${index}.items.${item}`)} />
            </Field>
          ))}
        </fieldset>
      ) : null}
      <Field id={`${id}-explanation`} label={`Question ${index + 1} explanation`} error={error?.explanation?.message}>
        <textarea id={`${id}-explanation`} rows={2} className={inputClass} {...register(`questions.${index}.explanation`)} />
      </Field>
    </div>
  );
}
