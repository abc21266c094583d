import type { QuestionType } from "@/lib/generator/types";
import { seededShuffle } from "./shuffle";

// Which questions one attempt asks. Two questions from one sentence of the article give each other
// away (one asks for a figure, the next states it), so a draw takes at most one per source sentence.

export type DrawableQuestion = { id: string; type: string; position: number; sourceQuote: string };

export type DrawRule = {
  /** How many questions; fewer when the set has fewer distinct sentences. */
  count: number;
  /** Only these types; all types when absent or empty. */
  types?: readonly QuestionType[] | null;
  /** Meet every available type once before filling up (practice quizzes). */
  coverTypes?: boolean;
};

const sentenceOf = (quote: string) => quote.normalize("NFKC").replace(/\s+/g, " ").trim().toLowerCase();

/** A random draw, one question per source sentence at most, in the set's order (shuffle it afterwards if wanted). */
export function drawQuestions<T extends DrawableQuestion>(rows: readonly T[], rule: DrawRule, random: () => number): T[] {
  const types = rule.types?.length ? new Set<string>(rule.types) : null;
  const candidates = seededShuffle(types ? rows.filter((row) => types.has(row.type)) : rows, random);
  const picked: T[] = [];
  const sentences = new Set<string>();
  const take = (row: T) => {
    // An item with no quote (some imports) stands for no sentence but its own.
    const sentence = sentenceOf(row.sourceQuote) || `item:${row.id}`;
    if (picked.length >= rule.count || sentences.has(sentence) || picked.includes(row)) return;
    sentences.add(sentence);
    picked.push(row);
  };
  if (rule.coverTypes) {
    const seenTypes = new Set<string>();
    for (const row of candidates) {
      if (seenTypes.has(row.type)) continue;
      const before = picked.length;
      take(row);
      if (picked.length > before) seenTypes.add(row.type);
    }
  }
  for (const row of candidates) take(row);
  return picked.sort((a, b) => a.position - b.position);
}
