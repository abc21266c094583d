import type { z } from "zod";
import { flashcardSchema, questionSchema } from "@/lib/exchange/study-set-schema";
import type { Flashcard, Question, StudySetContent } from "@/lib/generator/types";

// A StudyItem row keeps its card or question as JSON in `data`. Every reader decodes it here,
// checked against the same schema imports use, so a stored item of the wrong shape is an error that
// names the row rather than a silent cast. Fields the schema does not know are kept.

const storedFlashcard = flashcardSchema.loose();
const storedQuestion = questionSchema.loose();

/** A row whose JSON is not the card or question its kind says. */
export class StoredItemError extends Error {}

function decode<T>(schema: z.ZodType, data: string, what: string): T {
  let json: unknown;
  try {
    json = JSON.parse(data);
  } catch {
    throw new StoredItemError(`A stored ${what} is not valid JSON.`);
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new StoredItemError(`A stored ${what} has the wrong shape at ${issue.path.join(".") || "its top level"}: ${issue.message}`);
  }
  return parsed.data as T;
}

export function decodeFlashcard(data: string): Flashcard {
  return decode<Flashcard>(storedFlashcard, data, "flashcard");
}

export function decodeQuestion(data: string): Question {
  return decode<Question>(storedQuestion, data, "question");
}

/** A set's published rows (in their order) as the content the generator produced. */
export function contentOfRows(title: string, rows: { kind: string; data: string }[]): StudySetContent {
  return {
    title,
    flashcards: rows.filter((row) => row.kind === "FLASHCARD").map((row) => decodeFlashcard(row.data)),
    questions: rows.filter((row) => row.kind === "QUESTION").map((row) => decodeQuestion(row.data)),
  };
}
