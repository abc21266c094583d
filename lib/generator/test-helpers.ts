// Shared by the generator's tests: the articles and the invariants every study set must keep.

import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { collapseWhitespace, containsWords, normalizeForCompare } from "./text";
import type { StudySetContent } from "./types";

const here = import.meta.dirname;
export const SAMPLE_PATH = path.resolve(here, "../../content/sample-article.txt");
export const FIXTURES_DIR = path.resolve(here, "fixtures");

export function readSample(): string {
  return readFileSync(SAMPLE_PATH, "utf8");
}

export function fixtureFiles(): string[] {
  return readdirSync(FIXTURES_DIR)
    .filter((name) => /\.(?:txt|md)$/.test(name))
    .map((name) => path.join(FIXTURES_DIR, name));
}

/** Every text a learner sees in the set, normalised, for "is X covered?" checks. */
export function allTexts(set: StudySetContent): string {
  const parts = [
    ...set.flashcards.flatMap((c) => [c.front, c.back]),
    ...set.questions.flatMap((q) => [
      q.prompt,
      ...(q.choices ?? []),
      typeof q.answer === "string" ? q.answer : "",
      ...(q.pairs ?? []).flatMap((p) => [p.left, p.right]),
      ...(q.items ?? []),
    ]),
  ];
  return ` ${parts.map(normalizeForCompare).join(" | ")} `;
}

export function covers(set: StudySetContent, phrase: string): boolean {
  return allTexts(set).includes(` ${normalizeForCompare(phrase)} `);
}

/** Quotes that are not an exact excerpt of the input (whitespace aside). */
export function nonVerbatimQuotes(input: string, set: StudySetContent): string[] {
  const flat = collapseWhitespace(input);
  return [...set.flashcards, ...set.questions].map((item) => item.source.quote).filter((quote) => !flat.includes(collapseWhitespace(quote)));
}

/** Questions whose prompt gives away the answer (multiple choice and fill-in) and cards whose front holds the back. */
export function giveaways(set: StudySetContent): string[] {
  const questions = set.questions
    .filter((q) => (q.type === "multiple_choice" || q.type === "fill_in") && typeof q.answer === "string" && containsWords(q.prompt, q.answer))
    .map((q) => q.prompt);
  const cards = set.flashcards.filter((c) => containsWords(c.front, c.back)).map((c) => c.front);
  return [...questions, ...cards];
}

/** Bullet lines ("-", "*", "•" or numbered) as written, without the marker; back matter ("See also", "References") aside. */
export function bulletLines(input: string): string[] {
  let backMatter = false;
  return input
    .split(/\r?\n/)
    .filter((line) => {
      const heading = line.match(/^#{1,6}\s+(.*)$/)?.[1]?.trim();
      if (heading !== undefined) backMatter = /^(?:see also|references?|notes|sources|bibliography|further reading|external links)$/i.test(heading);
      return !backMatter;
    })
    .map((line) => line.match(/^\s*(?:[-*•]|\d+[.)])\s+(\S.*)$/)?.[1])
    .filter((line): line is string => Boolean(line))
    .map((line) => collapseWhitespace(line));
}
