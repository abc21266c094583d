"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Field, TextInput } from "@/components/ui/field";
import { ApiError, postJson } from "@/lib/api-client";

export function JoinClassForm({ initialCode = "" }: { initialCode?: string }) {
  const router = useRouter();
  const [message, setMessage] = useState<{ kind: "ok" | "error"; text: string }>();
  const { register, handleSubmit, formState } = useForm<{ code: string }>({ defaultValues: { code: initialCode } });

  async function onSubmit(values: { code: string }) {
    setMessage(undefined);
    if (!values.code.trim()) {
      setMessage({ kind: "error", text: "Enter the join code." });
      return;
    }
    let joined: { name: string };
    try {
      joined = await postJson<{ name: string }>("/api/classes/join", values, "Could not join.");
    } catch (error) {
      setMessage({ kind: "error", text: error instanceof ApiError ? (error.fieldError("code") ?? error.message) : "Could not join." });
      return;
    }
    setMessage({ kind: "ok", text: `You joined ${joined.name}.` });
    router.push("/classes");
    router.refresh();
  }

  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate className="flex flex-col gap-2 sm:flex-row sm:items-start">
      <div className="grow">
        <Field id="join-code" label="Join code" hint="Your teacher gives you a six-character code.">
          <TextInput id="join-code" autoComplete="off" autoCapitalize="characters" invalid={message?.kind === "error"} {...register("code")} />
        </Field>
      </div>
      <Button type="submit" disabled={formState.isSubmitting} className="sm:mt-6">
        Join class
      </Button>
      <p role="status" aria-live="polite" className={`text-sm font-medium sm:basis-full ${message?.kind === "error" ? "text-red-700" : "text-green-800"}`}>
        {message?.text}
      </p>
    </form>
  );
}
