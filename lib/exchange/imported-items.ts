import type { Flashcard, Question, StudySetContent } from "../generator/types";
import { stableId } from "./hash";
import type { ImportIssue, ImportResult } from "./types";

export const IMPORTED_SECTION = "Imported";
export const DEFAULT_IMPORT_TITLE = "Imported set";

/** A card read from a file, before it becomes a Flashcard. */
export type ParsedCard = { line: number; front: string; back: string; explanation: string; quote: string; kind?: "cloze" };

export function toFlashcard(card: ParsedCard): Flashcard {
  return {
    id: stableId("card", card.front, card.back),
    kind: card.kind ?? "key_fact",
    material: "key_fact",
    front: card.front,
    back: card.back,
    explanation: card.explanation,
    difficulty: "medium",
    source: { section: IMPORTED_SECTION, quote: card.quote },
  };
}

/** Identical rows would give identical ids; keep the first. */
export function uniqueById<T extends { id: string }>(items: T[]): T[] {
  const seen = new Set<string>();
  return items.filter((item) => !seen.has(item.id) && seen.add(item.id));
}

export function failure<T>(issues: ImportIssue[]): ImportResult<T> {
  const first = issues[0];
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : "";
  return { ok: false, error: `Line ${first.line}: ${first.message}${more}`, issues };
}

export function noItemsFailure<T>(what: string): ImportResult<T> {
  return { ok: false, error: `No ${what} found in the file`, issues: [] };
}

export function cardsToStudySet(cards: ParsedCard[], title: string | undefined): StudySetContent {
  return { title: title?.trim() || DEFAULT_IMPORT_TITLE, flashcards: uniqueById(cards.map(toFlashcard)), questions: [] };
}

export function questionsToStudySet(questions: Question[], title: string | undefined): StudySetContent {
  return { title: title?.trim() || DEFAULT_IMPORT_TITLE, flashcards: [], questions: uniqueById(questions) };
}

const CLOZE = /\{\{c(\d+)::([^]*?)(?:::([^]*?))?\}\}/g;

export function hasCloze(text: string): boolean {
  return new RegExp(CLOZE.source).test(text);
}

/**
 * Anki makes one card per cloze number: that number's deletions become the blank, the others show
 * their answer. Each becomes a cloze flashcard: the text with `_____` in front, the answers on the back.
 */
export function clozeCards(text: string, base: Omit<ParsedCard, "front" | "back" | "kind">): ParsedCard[] {
  const numbers = [...new Set([...text.matchAll(CLOZE)].map((match) => match[1]))].sort((a, b) => Number(a) - Number(b));
  return numbers.flatMap((number) => {
    const answers: string[] = [];
    const front = text.replace(CLOZE, (_, n: string, answer: string) => {
      if (n !== number) return answer;
      answers.push(answer.trim());
      return "_____";
    });
    const back = answers.join("; ");
    return front.trim() && back ? [{ ...base, kind: "cloze" as const, front: front.trim(), back }] : [];
  });
}
