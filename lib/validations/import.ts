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

/** Zip packages (Anki, QTI) travel as base64 inside the JSON body; 3 MB of file is 4 MB of base64. */
export const MAX_PACKAGE_BYTES = 3 * 1024 * 1024;
export const PACKAGE_FORMATS = ["qti", "apkg"] as const;

export const importSchema = z
  .object({
  format: z.enum(["text", "csv", "gift", "moodle-xml", "qti", "apkg"]),
  text: z.string().max(1024 * 1024, "The file is larger than 1 MB.").default(""),
  file: z
    .string()
    .max(Math.ceil(MAX_PACKAGE_BYTES / 3) * 4, `The package is larger than ${MAX_PACKAGE_BYTES / 1024 / 1024} MB.`)
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, "The package was not sent as base64.")
    .optional(),
  title: z.string().trim().max(200, "Keep the title under 200 characters.").optional(),
  termSeparator: z.enum(SEPARATORS).optional(),
  cardSeparator: z.enum(["newline", "semicolon", "pipe"]).optional(),
  csvDelimiter: z.enum(["auto", "comma", "semicolon", "tab"]).optional(),
  csvHeader: z.enum(["auto", "yes", "no"]).optional(),
  })
  .superRefine((input, ctx) => {
    const isPackage = (PACKAGE_FORMATS as readonly string[]).includes(input.format);
    if (isPackage && !input.file) ctx.addIssue({ code: "custom", path: ["file"], message: "Choose the package file (.apkg, .colpkg or .zip)." });
    if (!isPackage && !input.text) ctx.addIssue({ code: "custom", path: ["text"], message: "Paste the file's text or choose a file." });
  });
export type ImportInput = z.infer<typeof importSchema>;
