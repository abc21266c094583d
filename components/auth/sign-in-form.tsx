"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Field, TextInput } from "@/components/ui/field";
import { signInErrorMessage } from "@/lib/auth/sign-in-errors";
import { signInSchema, type SignInInput } from "@/lib/validations/account";

/** `initialError` is next-auth's error code when a sign-in without JavaScript came back refused. */
export function SignInForm({ callbackUrl, initialError }: { callbackUrl: string; initialError?: string }) {
  const router = useRouter();
  const [formError, setFormError] = useState<string | undefined>(initialError ? signInErrorMessage(initialError) : undefined);
  const { register, handleSubmit, formState } = useForm<SignInInput>({ resolver: zodResolver(signInSchema) });
  const { errors, isSubmitting } = formState;

  async function onSubmit(values: SignInInput) {
    setFormError(undefined);
    const result = await signIn("credentials", { ...values, redirect: false });
    if (!result || result.error) {
      setFormError(signInErrorMessage(result?.error));
      return;
    }
    router.replace(callbackUrl);
    router.refresh();
  }

  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate className="flex flex-col gap-3">
      <Field id="email" label="Email" error={errors.email?.message}>
        <TextInput id="email" type="email" autoComplete="email" invalid={!!errors.email} {...register("email")} />
      </Field>
      <Field id="password" label="Password" error={errors.password?.message}>
        <TextInput id="password" type="password" autoComplete="current-password" invalid={!!errors.password} {...register("password")} />
      </Field>
      <p role="alert" className="min-h-5 text-sm font-medium text-red-700">
        {formError}
      </p>
      <Button type="submit" disabled={isSubmitting}>
        {isSubmitting ? "Signing in…" : "Sign in"}
      </Button>
    </form>
  );
}
