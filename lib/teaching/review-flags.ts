import type { Flashcard, Question } from "@/lib/generator/types";

// Why a generated item deserves a closer look in the review form. Derived from the item and its
// article only, from signs a careful reviewer would check first; each reason says what to look at.

export const SHORT_SOURCE_WORDS = 8;
export const LONG_PROMPT_CHARS = 220;
const PRONOUN_START = /^(?:it|its|they|their|them|this|these|those|that|he|she|his|her)\b/i;

const fold = (text: string) => text.toLowerCase().replace(/\s+/g, " ").trim();
const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

export function reviewFlags(item: Flashcard | Question, articleText: string): string[] {
  const reasons: string[] = [];
  const quote = item.source.quote;
  const article = fold(articleText);
  if (!quote.trim()) reasons.push("No source quote: check it against the article yourself");
  else if (words(quote) < SHORT_SOURCE_WORDS) reasons.push(`Short source (${words(quote)} words): little context to check it against`);
  const prompt = "front" in item ? item.front : item.prompt;
  if (prompt.length > LONG_PROMPT_CHARS) reasons.push(`Long prompt (${prompt.length} characters)`);
  if (PRONOUN_START.test(prompt.trim()) && !/^(?:this|these|those|that)\s+(?:statement|table|article|section)/i.test(prompt.trim())) {
    reasons.push(`Starts with "${prompt.trim().split(/\s+/)[0]}": is it clear who or what is meant?`);
  }
  if ("type" in item) {
    if (item.type === "multiple_choice") {
      const invented = (item.choices ?? []).filter((choice) => choice !== item.answer && !article.includes(fold(choice)));
      if (invented.length) reasons.push(`Generated distractor${invented.length > 1 ? "s" : ""} not in the article: ${invented.join(", ")}`);
    }
    if ((item.type === "multiple_choice" || item.type === "fill_in") && typeof item.answer === "string" && quote && !fold(quote).includes(fold(item.answer))) {
      reasons.push("The key is not in the quoted sentence");
    }
    if (item.type === "ordering" && (item.items ?? []).length < 3) reasons.push("Ordering of fewer than 3 items gives itself away");
    if (item.type === "matching" && (item.pairs ?? []).length < 3) reasons.push("Matching of fewer than 3 pairs gives itself away");
  }
  return reasons;
}

/** Flags for every item of a draft, by item id; items with no reason are left out. */
export function reviewFlagsById(items: (Flashcard | Question)[], articleText: string): Record<string, string[]> {
  const flags: Record<string, string[]> = {};
  for (const item of items) {
    const reasons = reviewFlags(item, articleText);
    if (reasons.length) flags[item.id] = reasons;
  }
  return flags;
}
