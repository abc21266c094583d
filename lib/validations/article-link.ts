import { z } from "zod";

/** A link to a web page to import as an article; the server checks where it really leads before fetching. */
export const articleLinkSchema = z.object({
  url: z
    .string()
    .trim()
    .min(1, "Paste a link first.")
    .max(2048, "That link is too long.")
    .pipe(z.url({ protocol: /^https?$/, message: "Paste a web address that starts with http:// or https://." })),
});

export type ArticleLink = z.infer<typeof articleLinkSchema>;
