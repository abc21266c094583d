// generateStudySet: article text in, flashcards and questions out. Pure and deterministic.

import { collectDefinitions, definitionsItems } from "./from-definitions";
import { expertItems } from "./from-experts";
import { collectTermPools, keyFactItems, sentenceFactItems } from "./from-key-facts";
import { proseItems } from "./from-prose";
import { tableItems } from "./from-tables";
import { timelineItems } from "./from-timeline";
import { applyQualityRules, emptyItems, mergeItems } from "./items";
import { normalizeLineEndings, readArticle } from "./read-article";
import { localizeScaffolding } from "./scaffolding";
import { hashString } from "./text";
import type { StudySetContent } from "./types";
import { ArticleError, validateArticleText } from "./validate-input";

export function generateStudySet(text: string): StudySetContent {
  validateArticleText(text);
  const article = readArticle(text);
  const normalized = normalizeLineEndings(text);
  const seed = hashString(normalized);
  const pools = collectTermPools(article);

  const items = emptyItems();
  const glossaries = collectDefinitions(article);
  mergeItems(items, definitionsItems(glossaries, seed));
  const defined = new Set(glossaries.flat().map((d) => d.source.quote));
  mergeItems(items, keyFactItems(article, pools, seed, defined));
  mergeItems(items, tableItems(article, seed));
  mergeItems(items, expertItems(article, seed));
  mergeItems(items, timelineItems(article, seed, normalized));
  mergeItems(items, sentenceFactItems(article, pools, seed));
  mergeItems(items, proseItems(article, seed));

  const { flashcards, questions } = applyQualityRules(items);
  if (!flashcards.length && !questions.length) {
    throw new ArticleError(
      "nothing_to_study",
      "Found nothing to study: the article needs key-fact bullets, a table, named experts, dates or quoted phrases.",
    );
  }
  const set = { title: article.title, flashcards, questions, language: article.language, notices: article.notices };
  return localizeScaffolding(set, article.language);
}
