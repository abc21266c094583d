"use client";

import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Field, TextInput, inputClass } from "@/components/ui/field";
import { ASSIGNABLE_QUESTION_TYPES, assignmentSchema } from "@/lib/validations/assignment";
import { ApiError, postJson } from "@/lib/api-client";

// The browser's datetime-local values are local times; they are sent as ISO instants so the server
// stores what the teacher meant whatever its own time zone.

type AssignValues = {
  setId: string;
  opensAt: string;
  dueAt: string;
  attemptsAllowed: string;
  timeLimitMinutes: string;
  shuffleQuestions: boolean;
  shuffleChoices: boolean;
  showAnswers: boolean;
  questionCount: string;
  questionTypes: string[];
};

const TYPE_LABELS: Record<(typeof ASSIGNABLE_QUESTION_TYPES)[number], string> = {
  multiple_choice: "Multiple choice",
  multiple_response: "Multiple response",
  true_false: "True or false",
  fill_in: "Fill in the blank",
  numeric: "Numeric",
  matching: "Matching",
  ordering: "Ordering",
};

function localInputValue(date: Date): string {
  const local = new Date(date.getTime() - date.getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 16);
}

function toPayload(classId: string, values: AssignValues) {
  const instant = (value: string) => (value ? new Date(value).toISOString() : "");
  return {
    classId,
    setId: values.setId,
    opensAt: instant(values.opensAt),
    dueAt: instant(values.dueAt),
    attemptsAllowed: values.attemptsAllowed,
    timeLimitMinutes: values.timeLimitMinutes.trim() ? values.timeLimitMinutes : null,
    shuffleQuestions: values.shuffleQuestions,
    shuffleChoices: values.shuffleChoices,
    showAnswers: values.showAnswers,
    questionCount: values.questionCount.trim() ? values.questionCount : null,
    questionTypes: values.questionTypes,
  };
}

type AssignableSet = { id: string; title: string; drawable: number };

const defaultCount = (drawable: number | undefined) => String(Math.max(1, Math.min(10, drawable ?? 10)));

export function AssignForm({ classId, sets }: { classId: string; sets: AssignableSet[] }) {
  const router = useRouter();
  const [message, setMessage] = useState<{ kind: "ok" | "error"; text: string }>();
  const [now] = useState(() => new Date());
  const { register, handleSubmit, setError, clearErrors, formState, reset, control, setValue } = useForm<AssignValues>({
    defaultValues: {
      setId: sets[0]?.id ?? "",
      opensAt: localInputValue(now),
      dueAt: localInputValue(new Date(now.getTime() + 7 * 86_400_000)),
      attemptsAllowed: "1",
      timeLimitMinutes: "",
      // Shuffled by default: neighbouring questions in the set's order give each other away.
      shuffleQuestions: true,
      shuffleChoices: true,
      showAnswers: true,
      questionCount: defaultCount(sets[0]?.drawable),
      questionTypes: [...ASSIGNABLE_QUESTION_TYPES],
    },
  });
  const { errors, isSubmitting } = formState;
  const chosenSetId = useWatch({ control, name: "setId" });
  const chosenSet = sets.find((set) => set.id === chosenSetId);
  const chosenDrawable = chosenSet?.drawable;
  // A new set, a new default count: ten, or all it has when fewer.
  useEffect(() => {
    if (chosenDrawable !== undefined) setValue("questionCount", defaultCount(chosenDrawable));
  }, [chosenSetId, chosenDrawable, setValue]);

  async function onSubmit(values: AssignValues) {
    setMessage(undefined);
    clearErrors();
    const payload = toPayload(classId, values);
    // Same schema as the server, checked here first so a wrong date is flagged without a round trip.
    const local = assignmentSchema.safeParse(payload);
    if (!local.success) {
      for (const issue of local.error.issues) setError(String(issue.path[0]) as keyof AssignValues, { message: issue.message });
      setMessage({ kind: "error", text: "Some fields need fixing." });
      return;
    }
    try {
      await postJson("/api/teach/assignments", payload, "The quiz was not assigned.");
    } catch (error) {
      const refusal = error instanceof ApiError ? error : new ApiError(0, "The quiz was not assigned.");
      for (const [path, messages] of Object.entries(refusal.fieldErrors)) setError(path as keyof AssignValues, { message: messages[0] });
      setMessage({ kind: "error", text: refusal.message });
      return;
    }
    setMessage({ kind: "ok", text: "Quiz assigned." });
    reset(values);
    router.refresh();
  }

  if (sets.length === 0) return <p className="text-slate-700">Publish a study set first; then you can assign its quiz here.</p>;

  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate className="grid gap-3 sm:grid-cols-2">
      <Field id="assign-set" label="Study set" error={errors.setId?.message}>
        <select id="assign-set" className={inputClass} {...register("setId")}>
          {sets.map((set) => (
            <option key={set.id} value={set.id}>
              {set.title}
            </option>
          ))}
        </select>
      </Field>
      <Field id="assign-attempts" label="Attempts allowed" error={errors.attemptsAllowed?.message}>
        <TextInput id="assign-attempts" type="number" min={1} max={20} invalid={!!errors.attemptsAllowed} {...register("attemptsAllowed")} />
      </Field>
      <Field id="assign-opens" label="Opens" error={errors.opensAt?.message}>
        <TextInput id="assign-opens" type="datetime-local" invalid={!!errors.opensAt} {...register("opensAt")} />
      </Field>
      <Field id="assign-due" label="Due" error={errors.dueAt?.message}>
        <TextInput id="assign-due" type="datetime-local" invalid={!!errors.dueAt} {...register("dueAt")} />
      </Field>
      <Field id="assign-time-limit" label="Time limit in minutes (optional)" error={errors.timeLimitMinutes?.message}>
        <TextInput id="assign-time-limit" type="number" min={1} invalid={!!errors.timeLimitMinutes} {...register("timeLimitMinutes")} />
      </Field>
      <Field
        id="assign-count"
        label="Questions per student"
        error={errors.questionCount?.message}
        hint={`Each student draws their own, at most one per sentence of the article${chosenSet ? `: this set can give up to ${chosenSet.drawable}` : ""}. Leave empty for all of them.`}
      >
        <TextInput id="assign-count" type="number" min={1} max={200} invalid={!!errors.questionCount} {...register("questionCount")} />
      </Field>
      <fieldset className="flex flex-col gap-1" aria-describedby="assign-types-error">
        <legend className="text-sm font-medium text-slate-800">Question types</legend>
        {ASSIGNABLE_QUESTION_TYPES.map((type) => (
          <label key={type} className="flex min-h-11 items-center gap-2">
            <input type="checkbox" value={type} {...register("questionTypes")} /> {TYPE_LABELS[type]}
          </label>
        ))}
        <p id="assign-types-error" className="min-h-5 text-sm text-red-700" aria-live="polite">
          {errors.questionTypes?.message}
        </p>
      </fieldset>
      <fieldset className="flex flex-col gap-1">
        <legend className="text-sm font-medium text-slate-800">Options</legend>
        <label className="flex min-h-11 items-center gap-2">
          <input type="checkbox" {...register("shuffleQuestions")} /> Shuffle questions
        </label>
        <label className="flex min-h-11 items-center gap-2">
          <input type="checkbox" {...register("shuffleChoices")} /> Shuffle choices
        </label>
        <label className="flex min-h-11 items-center gap-2">
          <input type="checkbox" {...register("showAnswers")} /> Show answers after submitting
        </label>
      </fieldset>
      <div className="sm:col-span-2">
        <p role="status" aria-live="polite" className={`min-h-5 text-sm font-medium ${message?.kind === "error" ? "text-red-700" : "text-green-800"}`}>
          {message?.text}
        </p>
        <Button type="submit" disabled={isSubmitting}>
          Assign quiz
        </Button>
      </div>
    </form>
  );
}
