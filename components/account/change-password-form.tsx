"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { signIn } from "next-auth/react";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Field, TextInput } from "@/components/ui/field";
import { ApiError, postJson } from "@/lib/api-client";
import { changePasswordSchema, type ChangePasswordInput } from "@/lib/validations/account";

/** Changing the password ends every session; this browser signs in again with the new one. */
export function ChangePasswordForm({ email }: { email: string }) {
  const [message, setMessage] = useState<{ kind: "ok" | "error"; text: string }>();
  const { register, handleSubmit, setError, reset, formState } = useForm<ChangePasswordInput>({ resolver: zodResolver(changePasswordSchema) });
  const { errors, isSubmitting } = formState;

  async function onSubmit(values: ChangePasswordInput) {
    setMessage(undefined);
    try {
      await postJson("/api/account/password", values, "The password was not changed. Please try again.");
    } catch (failure) {
      const refusal = failure instanceof ApiError ? failure : new ApiError(0, "The password was not changed. Please try again.");
      const fields = Object.entries(refusal.fieldErrors);
      for (const [field, messages] of fields) {
        if (messages[0]) setError(field as keyof ChangePasswordInput, { message: messages[0] });
      }
      if (fields.length === 0) setMessage({ kind: "error", text: refusal.message });
      return;
    }
    const again = await signIn("credentials", { email, password: values.newPassword, redirect: false });
    reset();
    setMessage(
      again?.ok
        ? { kind: "ok", text: "Password changed. You are signed out on every other device." }
        : { kind: "error", text: "Password changed, and every session ended: sign in again with the new password." },
    );
  }

  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate className="flex flex-col gap-3">
      <Field id="current-password" label="Current password" error={errors.currentPassword?.message}>
        <TextInput id="current-password" type="password" autoComplete="current-password" invalid={!!errors.currentPassword} {...register("currentPassword")} />
      </Field>
      <Field id="new-password" label="New password" error={errors.newPassword?.message} hint="At least 8 characters.">
        <TextInput id="new-password" type="password" autoComplete="new-password" invalid={!!errors.newPassword} {...register("newPassword")} />
      </Field>
      <Field id="confirm-password" label="New password again" error={errors.confirmPassword?.message}>
        <TextInput id="confirm-password" type="password" autoComplete="new-password" invalid={!!errors.confirmPassword} {...register("confirmPassword")} />
      </Field>
      <p role="status" aria-live="polite" className={`min-h-5 text-sm font-medium ${message?.kind === "error" ? "text-red-700" : "text-green-800"}`}>
        {message?.text}
      </p>
      <Button type="submit" disabled={isSubmitting} className="self-start">
        {isSubmitting ? "Changing…" : "Change password"}
      </Button>
    </form>
  );
}
