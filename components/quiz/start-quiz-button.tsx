"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { ApiError, postJson } from "@/lib/api-client";

type Props = { label: string; body: { setId: string; count?: number } | { assignmentId: string }; variant?: "primary" | "secondary" };

/** Starts (or resumes) an attempt on the server, then re-renders the page around it. */
export function StartQuizButton({ label, body, variant = "primary" }: Props) {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState("");

  async function start() {
    setPending(true);
    setError("");
    try {
      await postJson("/api/quiz/attempts", body);
      router.refresh();
    } catch (e) {
      setError(e instanceof ApiError ? e.detail : "Could not start the quiz.");
      setPending(false);
    }
  }

  return (
    <div className="flex flex-col gap-1">
      <Button type="button" variant={variant} onClick={start} disabled={pending}>
        {pending ? "Starting…" : label}
      </Button>
      {error ? (
        <p role="alert" className="text-sm text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}
