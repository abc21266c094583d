"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Field, TextInput, inputClass } from "@/components/ui/field";
import { ApiError, callApi } from "@/lib/api-client";

type Student = { userId: string; name: string; extraMinutes: number; extraAttempts: number; dueAt: string | null };

const dateFormat = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeStyle: "short" });

function localInputValue(iso: string | null): string {
  if (!iso) return "";
  const date = new Date(iso);
  return new Date(date.getTime() - date.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
}

function describe(student: Student): string {
  const parts = [
    student.extraMinutes ? `+${student.extraMinutes} min` : "",
    student.extraAttempts ? `+${student.extraAttempts} attempt${student.extraAttempts === 1 ? "" : "s"}` : "",
    student.dueAt ? `due ${dateFormat.format(new Date(student.dueAt))}` : "",
  ];
  return parts.filter(Boolean).join(" · ");
}

/** Extra time, extra attempts and a later due date for one student at a time; all zero removes them. */
export function AccommodationsForm({ assignmentId, timed, students }: { assignmentId: string; timed: boolean; students: Student[] }) {
  const router = useRouter();
  const [userId, setUserId] = useState(students[0]?.userId ?? "");
  const chosen = students.find((student) => student.userId === userId);
  const [message, setMessage] = useState<{ kind: "ok" | "error"; text: string }>();
  const [busy, setBusy] = useState(false);

  if (students.length === 0) return <p className="text-slate-700">No students in this class yet.</p>;
  const current = students.filter((student) => describe(student));

  async function save(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const due = String(form.get("dueAt") ?? "");
    setBusy(true);
    setMessage(undefined);
    try {
      await callApi(`/api/teach/assignments/${assignmentId}/accommodations/${userId}`, {
        method: "PUT",
        json: {
          extraMinutes: form.get("extraMinutes") || 0,
          extraAttempts: form.get("extraAttempts") || 0,
          dueAt: due ? new Date(due).toISOString() : null,
        },
        fallback: "Not saved.",
      });
    } catch (refusal) {
      setMessage({ kind: "error", text: refusal instanceof ApiError ? refusal.detail : "Not saved." });
      return;
    } finally {
      setBusy(false);
    }
    setMessage({ kind: "ok", text: `Saved for ${chosen?.name ?? "the student"}.` });
    router.refresh();
  }

  return (
    <div className="flex flex-col gap-3">
      {current.length ? (
        <ul className="flex flex-col gap-1 text-sm" aria-label="Students with accommodations" data-testid="accommodations">
          {current.map((student) => (
            <li key={student.userId}>
              <span className="font-medium">{student.name}</span>: {describe(student)}
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-sm text-slate-700">No accommodations yet.</p>
      )}
      {/* Keyed by student so the inputs start from that student's current values. */}
      <form key={userId} onSubmit={save} noValidate className="grid gap-3 sm:grid-cols-2">
        <Field id="accommodation-student" label="Student">
          <select id="accommodation-student" className={inputClass} value={userId} onChange={(event) => setUserId(event.target.value)}>
            {students.map((student) => (
              <option key={student.userId} value={student.userId}>
                {student.name}
              </option>
            ))}
          </select>
        </Field>
        <Field id="accommodation-attempts" label="Extra attempts">
          <TextInput id="accommodation-attempts" name="extraAttempts" type="number" min={0} max={20} defaultValue={chosen?.extraAttempts ?? 0} />
        </Field>
        {timed ? (
          <Field id="accommodation-minutes" label="Extra minutes per attempt">
            <TextInput id="accommodation-minutes" name="extraMinutes" type="number" min={0} max={600} defaultValue={chosen?.extraMinutes ?? 0} />
          </Field>
        ) : null}
        <Field id="accommodation-due" label="Own due date (optional)" hint="After the assignment's due date; submissions before it are not late.">
          <TextInput id="accommodation-due" name="dueAt" type="datetime-local" defaultValue={localInputValue(chosen?.dueAt ?? null)} />
        </Field>
        <div className="sm:col-span-2">
          <p role="status" aria-live="polite" className={`min-h-5 text-sm font-medium ${message?.kind === "error" ? "text-red-700" : "text-green-800"}`}>
            {message?.text}
          </p>
          <Button type="submit" disabled={busy}>
            Save accommodation
          </Button>
        </div>
      </form>
    </div>
  );
}
