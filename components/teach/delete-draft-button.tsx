"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { readApiError } from "./api";

/** Deletes a never-published draft (nothing of it reached students). */
export function DeleteDraftButton({ setId, title }: { setId: string; title: string }) {
  const router = useRouter();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  async function remove() {
    if (!window.confirm(`Delete the draft "${title}"? This cannot be undone.`)) return;
    setBusy(true);
    try {
      const response = await fetch(`/api/teach/sets/${setId}/draft`, { method: "DELETE" });
      if (!response.ok) {
        setError((await readApiError(response)).error ?? "Could not delete the draft.");
        return;
      }
      router.refresh();
    } catch {
      setError("The connection failed; the draft is still there.");
    } finally {
      setBusy(false);
    }
  }

  return (
    <span className="inline-flex items-center gap-2">
      <Button type="button" variant="secondary" onClick={remove} disabled={busy} aria-label={`Delete the draft ${title}`}>
        Delete
      </Button>
      <span role="alert" className="text-sm text-red-700">
        {error}
      </span>
    </span>
  );
}
