"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Field, TextInput } from "@/components/ui/field";
import { createClassSchema, type CreateClassInput } from "@/lib/validations/classroom";
import { ApiError, postJson } from "@/lib/api-client";

export function CreateClassForm() {
  const router = useRouter();
  const [message, setMessage] = useState<string>();
  const { register, handleSubmit, setError, formState } = useForm<CreateClassInput>({ resolver: zodResolver(createClassSchema) });

  async function onSubmit(values: CreateClassInput) {
    setMessage(undefined);
    let id: string;
    try {
      ({ id } = await postJson<{ id: string }>("/api/teach/classes", values, "The class was not created. Please try again."));
    } catch (error) {
      const field = error instanceof ApiError ? error.fieldError("name") : undefined;
      if (field) setError("name", { message: field });
      else setMessage(error instanceof ApiError ? error.message : "The class was not created. Please try again.");
      return;
    }
    router.push(`/teach/classes/${id}`);
  }

  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate className="flex flex-col gap-2 sm:flex-row sm:items-start">
      <div className="grow">
        <Field id="class-name" label="New class name" error={formState.errors.name?.message}>
          <TextInput id="class-name" invalid={!!formState.errors.name} {...register("name")} />
        </Field>
      </div>
      <Button type="submit" disabled={formState.isSubmitting} className="sm:mt-6">
        Create class
      </Button>
      <p role="alert" className="text-sm text-red-700">
        {message}
      </p>
    </form>
  );
}
