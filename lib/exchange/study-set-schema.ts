import { z } from "zod";
import type { StudySetContent } from "../generator/types";

// Lenient where the generator CLI contract (issue 3) leaves fields out, strict where exporters need data.
const source = z.object({ section: z.string().default(""), quote: z.string().default("") });
const material = z.enum(["key_fact", "table", "expert", "timeline", "prose"]).default("key_fact");
const difficulty = z.enum(["easy", "medium", "hard"]).default("medium");

export const flashcardSchema = z.object({
  id: z.string().min(1),
  kind: z.enum(["key_fact", "cloze", "table_cell", "expert_position", "expert_affiliation", "date"]).default("key_fact"),
  material,
  front: z.string(),
  back: z.string(),
  explanation: z.string().default(""),
  difficulty,
  source: source.default({ section: "", quote: "" }),
});

export const questionSchema = z.object({
  id: z.string().min(1),
  type: z.enum(["multiple_choice", "multiple_response", "true_false", "matching", "fill_in", "ordering", "numeric"]),
  material,
  prompt: z.string(),
  choices: z.array(z.string()).optional(),
  answers: z.array(z.string()).optional(),
  answer: z.union([z.string(), z.boolean()]).optional(),
  accepted: z.array(z.string()).optional(),
  tolerance: z.number().min(0).optional(),
  distractors: z.array(z.string()).optional(),
  pairs: z.array(z.object({ left: z.string(), right: z.string() })).optional(),
  items: z.array(z.string()).optional(),
  explanation: z.string().default(""),
  difficulty,
  source: source.default({ section: "", quote: "" }),
});

export const studySetContentSchema = z.object({
  title: z.string(),
  flashcards: z.array(flashcardSchema),
  questions: z.array(questionSchema),
});

export type ParseStudySetResult = { ok: true; value: StudySetContent } | { ok: false; error: string };

/** Validates unknown JSON (e.g. the generator CLI's output) as a study set, with one readable error. */
export function parseStudySet(json: unknown): ParseStudySetResult {
  const result = studySetContentSchema.safeParse(json);
  if (result.success) return { ok: true, value: result.data };
  const issue = result.error.issues[0];
  const where = issue.path.length > 0 ? issue.path.join(".") : "study set";
  return { ok: false, error: `${where}: ${issue.message}` };
}
