import type { ComponentProps, ReactNode } from "react";

/** A labelled input with its error below it, tied together for screen readers. */
export function Field({
  id,
  label,
  error,
  hint,
  children,
}: {
  id: string;
  label: string;
  error?: string;
  hint?: ReactNode;
  children: ReactNode;
}) {
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium text-slate-800">
        {label}
      </label>
      {children}
      {hint && !error ? (
        <p id={`${id}-hint`} className="text-xs text-slate-600">
          {hint}
        </p>
      ) : null}
      <p id={`${id}-error`} className="min-h-5 text-sm text-red-700" aria-live="polite">
        {error}
      </p>
    </div>
  );
}

export const inputClass =
  "min-h-11 w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-base text-slate-900 aria-[invalid=true]:border-red-700";

/** A radio or checkbox option drawn as a full-width card: the whole card is the hit area. */
export const choiceClass =
  "flex min-h-11 cursor-pointer items-center gap-3 rounded-md border border-slate-300 bg-white px-3 py-2 has-[:checked]:border-brand-700 has-[:checked]:bg-brand-50 has-[:focus-visible]:outline has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-brand-700";

export function TextInput({ id, invalid, ...props }: ComponentProps<"input"> & { id: string; invalid?: boolean }) {
  return (
    <input id={id} aria-invalid={invalid || undefined} aria-describedby={`${id}-error ${id}-hint`} className={inputClass} {...props} />
  );
}
