import type { SessionUser } from "@/lib/auth/guard";
import { importSliced, ImportRefusal, previewImportSliced, type CardImportOptions, type ImportOptions, type ImportPreview, type ImportResult } from "@/lib/exchange";
import { HttpError } from "@/lib/errors";
import type { StudySetContent } from "@/lib/generator/types";
import type { ImportInput } from "@/lib/validations/import";
import { createDraft } from "@/lib/study-sets/drafts";

// Imports from Quizlet/Anki text, CSV, GIFT, Moodle XML, QTI 2.1 and Anki packages land as a DRAFT the
// teacher reviews like a generated one. A file refused for what it is answers 422 with the reason.

const DELIMITERS = { comma: ",", semicolon: ";", tab: "\t" } as const;

function cardOptions(input: ImportInput): CardImportOptions {
  if (input.format === "csv") {
    return {
      format: "csv",
      title: input.title,
      delimiter: input.csvDelimiter && input.csvDelimiter !== "auto" ? DELIMITERS[input.csvDelimiter] : undefined,
      hasHeader: input.csvHeader === "yes" ? true : input.csvHeader === "no" ? false : undefined,
    };
  }
  return { format: "text", title: input.title, termSeparator: input.termSeparator, cardSeparator: input.cardSeparator };
}

function importOptions(input: ImportInput): ImportOptions {
  if (input.format === "text" || input.format === "csv") return cardOptions(input);
  return { format: input.format, title: input.title };
}

function importData(input: ImportInput): string | Uint8Array {
  return input.file ? new Uint8Array(Buffer.from(input.file, "base64")) : input.text;
}

async function refusingClearly<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (error instanceof ImportRefusal) throw new HttpError(422, error.message);
    throw error;
  }
}

export function previewImportInput(input: ImportInput): Promise<ImportPreview> {
  return refusingClearly(previewImportSliced(importData(input), importOptions(input)));
}

export function parseImportInput(input: ImportInput): Promise<ImportResult<StudySetContent>> {
  return refusingClearly(importSliced(importData(input), importOptions(input)));
}

export type ImportOutcome = { ok: true; setId: string } | { ok: false; error: string; issues: { line: number; message: string }[] };

/** Saves nothing unless the whole file parsed. */
export async function importIntoDraft(user: Pick<SessionUser, "id" | "role">, input: ImportInput): Promise<ImportOutcome> {
  const result = await parseImportInput(input);
  if (!result.ok) return { ok: false, error: result.error, issues: result.issues };
  const content = { ...result.value, title: input.title || result.value.title || "Imported set" };
  // A package has no text to keep as the source: its items carry their own quotes.
  return { ok: true, setId: await createDraft(user, content, input.text) };
}
