import { z } from "zod";

export const SEPARATORS = ["tab", "comma", "semicolon", "pipe", "colon", "newline"] as const;
export const SEPARATOR_LABELS: Record<(typeof SEPARATORS)[number], string> = {
  tab: "Tab",
  comma: "Comma",
  semicolon: "Semicolon",
  pipe: "Pipe |",
  colon: "Colon",
  newline: "New line",
};

export const importSchema = z.object({
  format: z.enum(["text", "csv", "gift"]),
  text: z.string().min(1, "Paste the file's text or choose a file.").max(1024 * 1024, "The file is larger than 1 MB."),
  title: z.string().trim().max(200, "Keep the title under 200 characters.").optional(),
  termSeparator: z.enum(SEPARATORS).optional(),
  cardSeparator: z.enum(["newline", "semicolon", "pipe"]).optional(),
  csvDelimiter: z.enum(["auto", "comma", "semicolon", "tab"]).optional(),
  csvHeader: z.enum(["auto", "yes", "no"]).optional(),
});
export type ImportInput = z.infer<typeof importSchema>;
