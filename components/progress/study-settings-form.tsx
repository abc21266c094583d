"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { Button } from "@/components/ui/button";
import { Field, TextInput } from "@/components/ui/field";
import { saveStudySettings } from "@/lib/actions/study-settings";
import { studySettingsSchema, type StudySettingsInput } from "@/lib/validations/study-settings";

export function StudySettingsForm({ newCardsPerDay }: { newCardsPerDay: number }) {
  const [message, setMessage] = useState("");
  const { register, handleSubmit, setError, formState } = useForm<z.input<typeof studySettingsSchema>, unknown, StudySettingsInput>({
    resolver: zodResolver(studySettingsSchema),
    defaultValues: { newCardsPerDay },
  });
  const { errors, isSubmitting } = formState;

  async function onSubmit(values: StudySettingsInput) {
    setMessage("");
    const state = await saveStudySettings(values);
    const fieldError = state.errors?.newCardsPerDay?.[0];
    if (fieldError) setError("newCardsPerDay", { message: fieldError });
    setMessage(state.message ?? "");
  }

  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate className="flex max-w-sm flex-col gap-2">
      <Field id="newCardsPerDay" label="New cards per day" error={errors.newCardsPerDay?.message} hint="How many unseen cards a session may introduce each day (0–500).">
        <TextInput id="newCardsPerDay" type="number" inputMode="numeric" min={0} max={500} invalid={!!errors.newCardsPerDay} {...register("newCardsPerDay")} />
      </Field>
      <div className="flex items-center gap-3">
        <Button type="submit" disabled={isSubmitting}>
          Save
        </Button>
        <p role="status" aria-live="polite" className="text-sm text-slate-800">
          {message}
        </p>
      </div>
    </form>
  );
}
