import type { Question } from "@/lib/generator/types";

// Which questions a quiz may ask. An ordering of two items or a matching of two pairs gives itself
// away: shown in any order but the right one, its answer is the reverse. Quizzes skip them and
// publishing refuses them.

export const MIN_ORDERING_ITEMS = 3;
export const MIN_MATCHING_PAIRS = 3;

/** Why a question cannot be asked in a quiz, or null when it can. */
export function unaskableReason(question: Pick<Question, "type" | "items" | "pairs">): string | null {
  if (question.type === "ordering" && (question.items ?? []).length < MIN_ORDERING_ITEMS) {
    return `an ordering needs at least ${MIN_ORDERING_ITEMS} items (it has ${(question.items ?? []).length})`;
  }
  if (question.type === "matching" && (question.pairs ?? []).length < MIN_MATCHING_PAIRS) {
    return `a matching needs at least ${MIN_MATCHING_PAIRS} pairs (it has ${(question.pairs ?? []).length})`;
  }
  return null;
}

export function isAskable(question: Pick<Question, "type" | "items" | "pairs">): boolean {
  return unaskableReason(question) === null;
}
