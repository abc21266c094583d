"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { ApiError, callApi } from "@/lib/api-client";

/** Deletes a never-published draft (nothing of it reached students). */
export function DeleteDraftButton({ setId, title }: { setId: string; title: string }) {
  const router = useRouter();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  async function remove() {
    if (!window.confirm(`Delete the draft "${title}"? This cannot be undone.`)) return;
    setBusy(true);
    try {
      await callApi(`/api/teach/sets/${setId}/draft`, { method: "DELETE", fallback: "Could not delete the draft." });
      router.refresh();
    } catch (failure) {
      setError(failure instanceof ApiError && failure.status > 0 ? failure.message : "The connection failed; the draft is still there.");
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
