import { z } from "zod";

export const practiceModes = ["cloze", "match", "choice", "typed"] as const;
export type PracticeMode = (typeof practiceModes)[number];

export const practiceCheckSchema = z.object({
  itemId: z.string().trim().min(1, "Choose an item").max(100, "Unknown item"),
  mode: z.enum(practiceModes, { message: "Unknown practice mode" }),
  response: z.string().max(500, "Keep the answer under 500 characters"),
});
export type PracticeCheckInput = z.infer<typeof practiceCheckSchema>;
