"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { ApiError, callApi } from "@/lib/api-client";

export function RemoveStudentButton({ classId, studentId, studentName }: { classId: string; studentId: string; studentName: string }) {
  const router = useRouter();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  async function remove() {
    if (!window.confirm(`Remove ${studentName} from this class? An attempt they have open is submitted as it stands, and they cannot rejoin with the current code.`)) return;
    setBusy(true);
    try {
      await callApi(`/api/teach/classes/${classId}/members/${studentId}`, { method: "DELETE", fallback: "Could not remove the student." });
    } catch (failure) {
      setError(failure instanceof ApiError ? failure.message : "Could not remove the student.");
      return;
    } finally {
      setBusy(false);
    }
    router.refresh();
  }

  return (
    <span className="inline-flex items-center gap-2">
      <Button type="button" variant="secondary" onClick={remove} disabled={busy} aria-label={`Remove ${studentName}`}>
        Remove
      </Button>
      <span role="alert" className="text-sm text-red-700">
        {error}
      </span>
    </span>
  );
}
