"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { readApiError } from "./api";

export function RemoveStudentButton({ classId, studentId, studentName }: { classId: string; studentId: string; studentName: string }) {
  const router = useRouter();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  async function remove() {
    if (!window.confirm(`Remove ${studentName} from this class? An attempt they have open is submitted as it stands, and they cannot rejoin with the current code.`)) return;
    setBusy(true);
    const response = await fetch(`/api/teach/classes/${classId}/members/${studentId}`, { method: "DELETE" });
    setBusy(false);
    if (!response.ok) {
      setError((await readApiError(response)).error ?? "Could not remove the student.");
      return;
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
