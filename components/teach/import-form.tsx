"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import type { ImportPreview } from "@/lib/exchange";
import { MAX_PACKAGE_BYTES, PACKAGE_FORMATS, SEPARATORS, SEPARATOR_LABELS, type ImportInput } from "@/lib/validations/import";
import { ApiError, postJson } from "@/lib/api-client";

const PREVIEW_SHOWN = 50;
const FORMAT_LABELS = {
  text: "Quizlet or Anki text",
  csv: "CSV",
  apkg: "Anki package (.apkg, .colpkg)",
  gift: "Moodle GIFT (quiz questions)",
  "moodle-xml": "Moodle XML (quiz questions)",
  qti: "QTI 2.1 package (.zip, quiz questions)",
} as const;
const QUIZ_FORMATS: ImportInput["format"][] = ["gift", "moodle-xml", "qti"];

/** The format a chosen file's name implies; the radio buttons still say what is used. */
function formatOfFile(name: string): ImportInput["format"] | null {
  const extension = name.toLowerCase().split(".").pop() ?? "";
  if (extension === "apkg" || extension === "colpkg") return "apkg";
  if (extension === "zip") return "qti";
  if (extension === "xml") return "moodle-xml";
  if (extension === "gift") return "gift";
  if (extension === "csv") return "csv";
  return null;
}

/** Base64 of a file's bytes, in pieces so a large file does not overflow the call stack. */
async function base64Of(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = "";
  for (let at = 0; at < bytes.length; at += 0x8000) binary += String.fromCharCode(...bytes.subarray(at, at + 0x8000));
  return btoa(binary);
}

export function ImportForm() {
  const router = useRouter();
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [error, setError] = useState<{ text: string; lines: { line: number; message: string }[] }>();
  const { register, handleSubmit, getValues, setValue, control, formState } = useForm<ImportInput>({
    defaultValues: { format: "text", text: "", title: "", termSeparator: "tab", cardSeparator: "newline", csvDelimiter: "auto", csvHeader: "auto" },
  });
  const format = useWatch({ control, name: "format" });
  // Text formats report lines; packages and Moodle XML the item's number in the file.
  const position = format === "text" || format === "csv" || format === "gift" ? "Line" : "Item";

  /** The refusal as the form shows it; a failed connection is said as such. */
  function showRefusal(failure: unknown, suffix = "") {
    if (!(failure instanceof ApiError) || failure.status === 0) {
      setError({ text: "The connection failed. Nothing was saved.", lines: [] });
      return;
    }
    setError({ text: `${failure.fieldError("text") ?? failure.message}${suffix}`, lines: failure.issues });
  }

  async function onPreview(values: ImportInput) {
    setError(undefined);
    try {
      const shown = await postJson<ImportPreview>("/api/teach/import/preview", values, "Could not read the file.");
      setPreview(shown);
      if (shown.title && !getValues("title")) setValue("title", shown.title);
    } catch (failure) {
      showRefusal(failure);
    }
  }

  async function onImport(values: ImportInput) {
    setError(undefined);
    let id: string;
    try {
      ({ id } = await postJson<{ id: string }>("/api/teach/import", values, "Could not import."));
    } catch (failure) {
      showRefusal(failure, " Nothing was saved.");
      return;
    }
    router.push(`/teach/sets/${id}/edit`);
  }

  async function onFile(event: React.ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    if (!file) return;
    const chosen = formatOfFile(file.name) ?? (PACKAGE_FORMATS.includes(getValues("format") as never) ? "text" : getValues("format"));
    setValue("format", chosen);
    setError(undefined);
    setPreview(null);
    if (PACKAGE_FORMATS.includes(chosen as never)) {
      if (file.size > MAX_PACKAGE_BYTES) {
        setError({ text: `The package is larger than ${MAX_PACKAGE_BYTES / 1024 / 1024} MB.`, lines: [] });
        return;
      }
      setValue("file", await base64Of(file));
      setValue("text", "");
    } else {
      if (file.size > 1024 * 1024) {
        setError({ text: "The file is larger than 1 MB.", lines: [] });
        return;
      }
      setValue("file", undefined);
      setValue("text", await file.text());
    }
    if (!getValues("title")) setValue("title", file.name.replace(/\.[^.]+$/, ""));
  }

  return (
    <form noValidate onSubmit={handleSubmit(onImport)} className="flex flex-col gap-3">
      <fieldset className="flex flex-col gap-1">
        <legend className="text-sm font-medium text-slate-800">Format</legend>
        {(Object.keys(FORMAT_LABELS) as (keyof typeof FORMAT_LABELS)[]).map((value) => (
          <label key={value} className="flex min-h-11 items-center gap-2">
            <input type="radio" value={value} {...register("format")} /> {FORMAT_LABELS[value]}
          </label>
        ))}
      </fieldset>
      <Field id="import-title" label="Title of the new set (optional)">
        <input id="import-title" className={inputClass} {...register("title")} />
      </Field>
      {format === "text" ? (
        <div className="grid gap-3 sm:grid-cols-2">
          <Field id="term-separator" label="Between term and definition">
            <select id="term-separator" className={inputClass} {...register("termSeparator")}>
              {SEPARATORS.filter((value) => value !== "newline").map((value) => (
                <option key={value} value={value}>
                  {SEPARATOR_LABELS[value]}
                </option>
              ))}
            </select>
          </Field>
          <Field id="card-separator" label="Between cards">
            <select id="card-separator" className={inputClass} {...register("cardSeparator")}>
              <option value="newline">New line</option>
              <option value="semicolon">Semicolon</option>
              <option value="pipe">Pipe |</option>
            </select>
          </Field>
        </div>
      ) : null}
      {format === "csv" ? (
        <div className="grid gap-3 sm:grid-cols-2">
          <Field id="csv-delimiter" label="Column separator">
            <select id="csv-delimiter" className={inputClass} {...register("csvDelimiter")}>
              <option value="auto">Detect</option>
              <option value="comma">Comma</option>
              <option value="semicolon">Semicolon</option>
              <option value="tab">Tab</option>
            </select>
          </Field>
          <Field id="csv-header" label="First row holds column names">
            <select id="csv-header" className={inputClass} {...register("csvHeader")}>
              <option value="auto">Detect</option>
              <option value="yes">Yes</option>
              <option value="no">No</option>
            </select>
          </Field>
        </div>
      ) : null}
      <Field id="import-file" label="Choose a file">
        <input id="import-file" type="file" accept=".txt,.csv,.tsv,.gift,.xml,.zip,.apkg,.colpkg" onChange={onFile} className="text-sm" />
      </Field>
      {PACKAGE_FORMATS.includes(format as never) ? null : (
        <Field id="import-text" label="…or paste its text">
          <textarea id="import-text" rows={10} className={`${inputClass} font-mono`} {...register("text")} />
        </Field>
      )}
      <div role="alert" className="min-h-5 text-sm font-medium text-red-700">
        {error ? (
          <>
            <p>{error.text}</p>
            {error.lines.length > 1 ? (
              <ul className="ml-5 list-disc font-normal">
                {error.lines.slice(0, 10).map((issue) => (
                  <li key={`${issue.line}-${issue.message}`}>
                    Line {issue.line}: {issue.message}
                  </li>
                ))}
              </ul>
            ) : null}
          </>
        ) : null}
      </div>
      <div className="flex flex-wrap gap-2">
        <Button type="button" variant="secondary" disabled={formState.isSubmitting} onClick={handleSubmit(onPreview)}>
          Preview
        </Button>
        <Button type="submit" disabled={formState.isSubmitting}>
          Import as a draft
        </Button>
      </div>
      {preview ? (
        <section aria-labelledby="import-preview-heading" className="rounded-lg border border-slate-200 bg-white p-4">
          <h2 id="import-preview-heading" className="font-semibold">
            Preview: {preview.total} item{preview.total === 1 ? "" : "s"}
            {preview.issues.length ? `, ${preview.issues.length} problem${preview.issues.length === 1 ? "" : "s"}` : ""}
            {preview.skipped.length ? `, ${preview.skipped.length} skipped` : ""}
          </h2>
          {preview.notes?.length ? (
            <ul className="ml-5 mt-2 list-disc text-sm text-slate-700">
              {preview.notes.map((note) => (
                <li key={note}>{note}</li>
              ))}
            </ul>
          ) : null}
          {preview.skipped.length ? (
            <div className="mt-2 text-sm">
              <h3 className="font-medium">Skipped: the rest imports without these</h3>
              <ul className="ml-5 list-disc text-slate-800">
                {preview.skipped.slice(0, 20).map((issue) => (
                  <li key={`${issue.line}-${issue.message}`}>
                    {position} {issue.line}: {issue.item ? <q>{issue.item}</q> : null} — {issue.message}
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
          {preview.issues.length ? (
            <ul className="ml-5 list-disc text-sm text-red-700">
              {preview.issues.slice(0, 10).map((issue) => (
                <li key={`${issue.line}-${issue.message}`}>
                  Line {issue.line}: {issue.message}
                </li>
              ))}
            </ul>
          ) : null}
          <div className="relative overflow-x-auto">
            <table className="mt-2 w-full text-left text-sm">
              <thead>
                <tr>
                  <th scope="col" className="p-1">{position}</th>
                  <th scope="col" className="p-1">{QUIZ_FORMATS.includes(format) ? "Question" : "Front"}</th>
                  <th scope="col" className="p-1">{QUIZ_FORMATS.includes(format) ? "Answer" : "Back"}</th>
                </tr>
              </thead>
              <tbody>
                {preview.rows.slice(0, PREVIEW_SHOWN).map((row) => (
                  <tr key={row.line} className="border-t border-slate-200">
                    <td className="p-1">{row.line}</td>
                    <td className="p-1">{row.front}</td>
                    <td className="p-1">{row.back}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            {preview.total > PREVIEW_SHOWN ? <p className="mt-1 text-sm text-slate-700">The first {PREVIEW_SHOWN} of {preview.total} are shown.</p> : null}
          </div>
        </section>
      ) : null}
    </form>
  );
}
