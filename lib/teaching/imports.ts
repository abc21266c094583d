import type { SessionUser } from "@/lib/auth/guard";
import { importSliced, previewImportSliced, type CardImportOptions, type ImportPreview, type ImportResult } from "@/lib/exchange";
import type { StudySetContent } from "@/lib/generator/types";
import type { ImportInput } from "@/lib/validations/import";
import { createDraft } from "@/lib/study-sets/drafts";

// Imports from Quizlet/Anki text, CSV and GIFT land as a DRAFT the teacher reviews like a generated one.

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

export function previewImportInput(input: ImportInput): Promise<ImportPreview> {
  return previewImportSliced(input.text, input.format === "gift" ? { format: "gift" } : cardOptions(input));
}

export function parseImportInput(input: ImportInput): Promise<ImportResult<StudySetContent>> {
  return importSliced(input.text, input.format === "gift" ? { format: "gift", title: input.title } : cardOptions(input));
}

export type ImportOutcome = { ok: true; setId: string } | { ok: false; error: string; issues: { line: number; message: string }[] };

/** Saves nothing unless the whole file parsed. */
export async function importIntoDraft(user: Pick<SessionUser, "id" | "role">, input: ImportInput): Promise<ImportOutcome> {
  const result = await parseImportInput(input);
  if (!result.ok) return { ok: false, error: result.error, issues: result.issues };
  const content = { ...result.value, title: input.title || result.value.title || "Imported set" };
  return { ok: true, setId: await createDraft(user, content, input.text) };
}
