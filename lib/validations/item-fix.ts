import { z } from "zod";

// Fixing one published question from its item-analysis flag: the wording, the key, the explanation.
// Choices, pairs and items stay as students saw them, so their stored answers can be regraded.

export const questionFixSchema = z.object({
  prompt: z.string().trim().min(1, "The question cannot be empty.").max(1000, "The question must be under 1000 characters."),
  answer: z.union([z.string().trim().min(1, "Give the correct answer.").max(300), z.boolean()]).optional(),
  explanation: z.string().trim().max(2000, "The explanation must be under 2000 characters."),
});

export type QuestionFix = z.infer<typeof questionFixSchema>;
