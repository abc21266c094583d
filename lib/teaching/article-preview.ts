import { readArticle } from "@/lib/generator";
import type { ArticleLanguage, Notice } from "@/lib/generator/types";

// What the reader found in an article, shown before anything is generated or saved.

export type ArticlePreview = {
  title: string;
  sections: { heading: string; paragraphs: number }[];
  keyFacts: string[];
  tables: { section: string; header: string[]; rows: number }[];
  experts: { name: string; affiliation: string; position: string }[];
  language: ArticleLanguage;
  /** What the teacher should know before generating: another language, too short, several articles. */
  notices: Notice[];
};

export function previewArticle(text: string): ArticlePreview {
  const article = readArticle(text);
  const preview: ArticlePreview = {
    title: article.title,
    sections: [],
    keyFacts: [],
    tables: [],
    experts: [],
    language: article.language,
    notices: article.notices,
  };
  for (const section of article.sections) {
    let paragraphs = 0;
    for (const block of section.blocks) {
      if (block.kind === "paragraph") paragraphs++;
      else if (block.kind === "list") preview.keyFacts.push(...block.items.map((item) => item.text));
      else if (block.kind === "table") preview.tables.push({ section: section.heading, header: block.header, rows: block.rows.length });
      else preview.experts.push({ name: block.name, affiliation: block.affiliation, position: block.position });
    }
    preview.sections.push({ heading: section.heading, paragraphs });
  }
  return preview;
}
