"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Field, TextInput } from "@/components/ui/field";
import { ApiError, postJson } from "@/lib/api-client";
import { signUpSchema, type SignUpInput } from "@/lib/validations/account";

export function SignUpForm({ callbackUrl }: { callbackUrl: string }) {
  const router = useRouter();
  const [formError, setFormError] = useState<string>();
  const { register, handleSubmit, setError, formState } = useForm<SignUpInput>({
    resolver: zodResolver(signUpSchema),
    defaultValues: { role: "STUDENT" },
  });
  const { errors, isSubmitting } = formState;

  async function onSubmit(values: SignUpInput) {
    setFormError(undefined);
    try {
      await postJson("/api/accounts", values, "Could not create the account. Please try again.");
    } catch (failure) {
      const refusal = failure instanceof ApiError ? failure : new ApiError(0, "Could not create the account. Please try again.");
      const fields = Object.entries(refusal.fieldErrors);
      for (const [field, messages] of fields) {
        if (messages[0]) setError(field as keyof SignUpInput, { message: messages[0] });
      }
      if (fields.length === 0) setFormError(refusal.message);
      return;
    }
    await signIn("credentials", { email: values.email, password: values.password, redirect: false });
    // A new teacher's first job is a set and a class, not the student library.
    router.replace(values.role === "TEACHER" && callbackUrl === "/" ? "/teach" : callbackUrl);
    router.refresh();
  }

  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate className="flex flex-col gap-3">
      <Field id="name" label="Name" error={errors.name?.message}>
        <TextInput id="name" autoComplete="name" invalid={!!errors.name} {...register("name")} />
      </Field>
      <Field id="email" label="Email" error={errors.email?.message}>
        <TextInput id="email" type="email" autoComplete="email" invalid={!!errors.email} {...register("email")} />
      </Field>
      <Field id="password" label="Password" error={errors.password?.message} hint="At least 8 characters.">
        <TextInput id="password" type="password" autoComplete="new-password" invalid={!!errors.password} {...register("password")} />
      </Field>
      <fieldset className="flex flex-col gap-2">
        <legend className="text-sm font-medium text-slate-800">I am a</legend>
        <label className="flex min-h-11 items-center gap-2">
          <input type="radio" value="STUDENT" {...register("role")} /> Student
        </label>
        <label className="flex min-h-11 items-center gap-2">
          <input type="radio" value="TEACHER" {...register("role")} /> Teacher
        </label>
      </fieldset>
      <p role="alert" className="min-h-5 text-sm font-medium text-red-700">
        {formError}
      </p>
      <Button type="submit" disabled={isSubmitting}>
        {isSubmitting ? "Creating account…" : "Create account"}
      </Button>
    </form>
  );
}
