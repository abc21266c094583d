"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Controller, useFieldArray, useForm, type Control, type FieldErrors, type UseFormRegister } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Field, TextInput, inputClass } from "@/components/ui/field";
import { studySetDraftSchema, type FlashcardDraft, type QuestionDraft, type StudySetDraft } from "@/lib/validations/study-set";
import { readApiError } from "./api";
import { ChoicesEditor, TrueFalsePicker } from "./answer-pickers";

// Every card and question of a set in one form. The server parses the same schema; its 422 field paths
// ("questions.3.answer") land on the same fields, and nothing typed is lost when a save is refused.

type Register = UseFormRegister<StudySetDraft>;
type Errors = FieldErrors<StudySetDraft>;

let localIds = 0;
function localId(prefix: string): string {
  localIds += 1;
  return `new-${prefix}-${Date.now().toString(36)}-${localIds}`;
}

function newFlashcard(): FlashcardDraft {
  return { id: localId("card"), kind: "key_fact", material: "key_fact", front: "", back: "", explanation: "", difficulty: "medium", source: { section: "", quote: "" } };
}

function newQuestion(type: "multiple_choice" | "true_false"): QuestionDraft {
  const base = { id: localId("q"), material: "key_fact" as const, prompt: "", explanation: "", difficulty: "medium" as const, source: { section: "", quote: "" } };
  return type === "multiple_choice" ? { ...base, type, choices: ["", "", "", ""], answer: "" } : { ...base, type, answer: true };
}

function SourceQuote({ source }: { source: { section: string; quote: string } }) {
  if (!source.quote) return <p className="text-xs text-slate-600">Your own item (no source quote).</p>;
  return (
    <figure className="rounded border-l-4 border-brand-700 bg-slate-50 px-3 py-2 text-sm">
      <figcaption className="text-xs font-medium text-slate-600">Source{source.section ? ` · ${source.section}` : ""}</figcaption>
      <blockquote className="text-slate-800">“{source.quote}”</blockquote>
    </figure>
  );
}

function FlashcardFields({ index, register, errors, source, onRemove }: { index: number; register: Register; errors: Errors; source: FlashcardDraft["source"]; onRemove: () => void }) {
  const error = errors.flashcards?.[index];
  const id = `card-${index}`;
  return (
    <li className="flex flex-col gap-2 rounded-lg border border-slate-200 bg-white p-4">
      <h3 className="font-semibold">Card {index + 1}</h3>
      <Field id={`${id}-front`} label={`Card ${index + 1} front`} error={error?.front?.message}>
        <textarea id={`${id}-front`} rows={2} className={inputClass} aria-invalid={!!error?.front || undefined} aria-describedby={`${id}-front-error`} {...register(`flashcards.${index}.front`)} />
      </Field>
      <Field id={`${id}-back`} label={`Card ${index + 1} back`} error={error?.back?.message}>
        <textarea id={`${id}-back`} rows={2} className={inputClass} aria-invalid={!!error?.back || undefined} aria-describedby={`${id}-back-error`} {...register(`flashcards.${index}.back`)} />
      </Field>
      <Field id={`${id}-explanation`} label="Explanation" error={error?.explanation?.message}>
        <textarea id={`${id}-explanation`} rows={2} className={inputClass} {...register(`flashcards.${index}.explanation`)} />
      </Field>
      <SourceQuote source={source} />
      <div>
        <Button type="button" variant="secondary" onClick={onRemove}>
          Delete card {index + 1}
        </Button>
      </div>
    </li>
  );
}

function QuestionFields({
  index,
  question,
  control,
  register,
  errors,
  onRemove,
}: {
  index: number;
  question: QuestionDraft;
  control: Control<StudySetDraft>;
  register: Register;
  errors: Errors;
  onRemove: () => void;
}) {
  const error = errors.questions?.[index];
  const id = `question-${index}`;
  const label = `Question ${index + 1}`;
  return (
    <li className="flex flex-col gap-2 rounded-lg border border-slate-200 bg-white p-4">
      <h3 className="font-semibold">
        {label} <span className="text-sm font-normal text-slate-600">· {question.type.replace("_", " ")}</span>
      </h3>
      <Field id={`${id}-prompt`} label={label} error={error?.prompt?.message}>
        <textarea id={`${id}-prompt`} rows={2} className={inputClass} aria-invalid={!!error?.prompt || undefined} aria-describedby={`${id}-prompt-error`} {...register(`questions.${index}.prompt`)} />
      </Field>
      {question.type === "multiple_choice" ? <ChoicesEditor index={index} control={control} errors={errors} /> : null}
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
      <Field id={`${id}-explanation`} label="Explanation" error={error?.explanation?.message}>
        <textarea id={`${id}-explanation`} rows={2} className={inputClass} {...register(`questions.${index}.explanation`)} />
      </Field>
      <SourceQuote source={question.source} />
      <div>
        <Button type="button" variant="secondary" onClick={onRemove}>
          Delete question {index + 1}
        </Button>
      </div>
    </li>
  );
}

export function ReviewForm({ setId, initial, published }: { setId: string; initial: StudySetDraft; published: boolean }) {
  const router = useRouter();
  const [status, setStatus] = useState<{ kind: "ok" | "error"; text: string }>();
  const { register, control, handleSubmit, setError, formState } = useForm<StudySetDraft>({
    resolver: zodResolver(studySetDraftSchema),
    defaultValues: initial,
  });
  const cards = useFieldArray({ control, name: "flashcards", keyName: "key" });
  const questions = useFieldArray({ control, name: "questions", keyName: "key" });
  const { errors, isSubmitting } = formState;

  async function send(values: StudySetDraft, mode: "save" | "publish") {
    setStatus(undefined);
    let response: Response;
    try {
      response = await fetch(mode === "save" ? `/api/teach/sets/${setId}/draft` : `/api/teach/sets/${setId}/publish`, {
        method: mode === "save" ? "PUT" : "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(values),
      });
    } catch {
      setStatus({ kind: "error", text: "The connection failed. Your edits are still here; try again." });
      return;
    }
    if (!response.ok) {
      const body = await readApiError(response);
      for (const [path, messages] of Object.entries(body.fieldErrors ?? {})) {
        // Paths come from the same schema as the form's field names.
        setError(path as "title", { message: messages[0] });
      }
      setStatus({ kind: "error", text: `${body.error ?? "Not saved."} Your edits are still here.` });
      return;
    }
    if (mode === "publish") {
      router.push(`/teach/sets/${setId}`);
      router.refresh();
      return;
    }
    setStatus({ kind: "ok", text: "Draft saved. Students see nothing until you publish." });
  }

  const onInvalid = () => setStatus({ kind: "error", text: "Some fields need fixing; they are marked below." });

  return (
    <form noValidate className="flex flex-col gap-6" onSubmit={handleSubmit((values) => send(values, "publish"), onInvalid)}>
      <div className="grid gap-3 sm:grid-cols-2">
        <Field id="title" label="Title" error={errors.title?.message}>
          <TextInput id="title" invalid={!!errors.title} {...register("title")} />
        </Field>
        <fieldset className="flex flex-col gap-1">
          <legend className="text-sm font-medium text-slate-800">Who can study it</legend>
          <label className="flex min-h-11 items-center gap-2">
            <input type="radio" value="PRIVATE" {...register("visibility")} /> Only my classes
          </label>
          <label className="flex min-h-11 items-center gap-2">
            <input type="radio" value="PUBLIC" {...register("visibility")} /> Everyone (public)
          </label>
        </fieldset>
      </div>

      <section aria-labelledby="questions-heading" className="flex flex-col gap-3">
        <h2 id="questions-heading" className="text-xl font-semibold">
          Quiz questions ({questions.fields.length})
        </h2>
        <ol className="flex flex-col gap-3">
          {questions.fields.map((field, index) => (
            <QuestionFields key={field.key} index={index} question={field} control={control} register={register} errors={errors} onRemove={() => questions.remove(index)} />
          ))}
        </ol>
        <div className="flex flex-wrap gap-2">
          <Button type="button" variant="secondary" onClick={() => questions.append(newQuestion("multiple_choice"))}>
            Add a multiple-choice question
          </Button>
          <Button type="button" variant="secondary" onClick={() => questions.append(newQuestion("true_false"))}>
            Add a true/false question
          </Button>
        </div>
      </section>

      <section aria-labelledby="cards-heading" className="flex flex-col gap-3">
        <h2 id="cards-heading" className="text-xl font-semibold">
          Flashcards ({cards.fields.length})
        </h2>
        <ol className="flex flex-col gap-3">
          {cards.fields.map((field, index) => (
            <FlashcardFields key={field.key} index={index} source={field.source} register={register} errors={errors} onRemove={() => cards.remove(index)} />
          ))}
        </ol>
        <div>
          <Button type="button" variant="secondary" onClick={() => cards.append(newFlashcard())}>
            Add a flashcard
          </Button>
        </div>
      </section>

      <div className="sticky bottom-0 flex flex-col gap-2 border-t border-slate-200 bg-white/95 py-3">
        <p role="status" aria-live="polite" className={`min-h-5 text-sm font-medium ${status?.kind === "error" ? "text-red-700" : "text-green-800"}`}>
          {status?.text ?? (errors as Record<string, { message?: string }>).form?.message}
        </p>
        <div className="flex flex-wrap gap-2">
          <Button type="button" variant="secondary" disabled={isSubmitting} onClick={handleSubmit((values) => send(values, "save"), onInvalid)}>
            Save draft
          </Button>
          <Button type="submit" disabled={isSubmitting}>
            {published ? "Publish changes" : "Publish"}
          </Button>
        </div>
      </div>
    </form>
  );
}
