// Key-fact bullets (and quoted phrases in paragraphs) become cloze cards, fill-ins,
// multiple choice on the blanked term, and true/false statements.

import type { Article, ListItem } from "./read-article";
import type { Material, Source } from "./types";
import { acceptedVariants, blankOut, nearbyNumbers, pickKeyTerm, termCandidates, unitOf, type KeyTerm, type TermKind } from "./key-terms";
import { BLANK, emptyItems, makeCard, makeMultipleChoice, makeQuestion, pickDistractors, type Items } from "./items";
import { containsWords, displayText, hashString, seededRandom, trimTerminalPunctuation } from "./text";

export type TermPools = {
  /** Every candidate term of each kind in the article. */
  all: Record<TermKind, string[]>;
  /** The terms actually blanked in key facts: the most parallel distractors. */
  chosen: Record<TermKind, string[]>;
};

function emptyPools(): Record<TermKind, Set<string>> {
  return { quote: new Set(), date: new Set(), number: new Set(), name: new Set(), word: new Set() };
}

function toArrays(pools: Record<TermKind, Set<string>>): Record<TermKind, string[]> {
  return { quote: [...pools.quote], date: [...pools.date], number: [...pools.number], name: [...pools.name], word: [...pools.word] };
}

/** Terms of each kind found anywhere in the article, for same-kind distractors. */
export function collectTermPools(article: Article): TermPools {
  const all = emptyPools();
  const chosen = emptyPools();
  const add = (text: string) => {
    for (const term of termCandidates(text)) all[term.kind].add(term.text);
  };
  for (const section of article.sections) {
    for (const block of section.blocks) {
      if (block.kind === "paragraph") block.sentences.forEach((s) => add(displayText(s)));
      if (block.kind !== "list") continue;
      for (const item of block.items) {
        add(item.text);
        const term = pickKeyTerm(item.text, ["date"]);
        if (term) chosen[term.kind].add(term.text);
      }
    }
  }
  return { all: toArrays(all), chosen: toArrays(chosen) };
}

type Fact = {
  /** The statement as shown to the learner. */
  text: string;
  /** Context shown before the statement: the list's intro or the section heading. */
  context: string;
  term: KeyTerm;
  source: Source;
  material: Material;
};

function withContext(context: string, statement: string): string {
  if (!context) return statement;
  return /:$/.test(context) ? `${context} ${statement}` : `${context}: ${statement}`;
}

function factItems(fact: Fact, pools: TermPools, articleSeed: string): Items {
  const items = emptyItems();
  const seed = `${articleSeed}:${hashString(fact.text)}`;
  const { term, source, material } = fact;
  const context = containsWords(fact.context, term.text) ? "" : fact.context;
  const cloze = withContext(context, blankOut(fact.text, term.text, BLANK));
  const explanation = `The article says: “${fact.text}”`;
  const accepted = acceptedVariants(term.text, fact.text);

  items.flashcards.push(makeCard({ kind: "cloze", material, front: cloze, back: term.text, explanation, source }));
  items.questions.push(
    makeQuestion({ type: "fill_in", material, prompt: `Fill in the blank: ${cloze}`, answer: term.text, accepted, explanation, source }),
  );
  // A swapped common word can still read as true, so only names, quotes, dates and figures get distractors.
  const usable = (terms: string[]) => (term.kind === "word" ? [] : terms.filter((candidate) => !containsWords(fact.text, candidate)));
  const sameShape = (terms: string[]) => (term.kind === "number" ? terms.filter((t) => unitOf(t) === unitOf(term.text)) : terms);
  const synthetic = term.kind === "number" ? nearbyNumbers(term.text) : [];
  const pool = sameShape(usable([...pools.all[term.kind], ...synthetic]));
  const preferred = sameShape(usable(pools.chosen[term.kind]));
  const choice = makeMultipleChoice(
    { material, prompt: `Which completes the statement? ${cloze}`, answer: term.text, explanation, source },
    pool,
    `${seed}:mc`,
    preferred,
  );
  if (choice) items.questions.push(choice);

  const statementIsTrue = seededRandom(`${seed}:tf`)() < 0.5;
  const swap = pickDistractors(term.text, pool, `${seed}:tfswap`, 1, "", preferred)[0];
  if (statementIsTrue || !swap) {
    const prompt = `True or false: ${withContext(context, fact.text)}`;
    items.questions.push(makeQuestion({ type: "true_false", material, prompt, answer: true, explanation, source }));
  } else {
    const prompt = `True or false: ${withContext(context, blankOut(fact.text, term.text, swap))}`;
    const why = `False: the article says “${term.text}”, not “${swap}”. ${explanation}`;
    items.questions.push(makeQuestion({ type: "true_false", material, prompt, answer: false, explanation: why, source }));
  }
  return items;
}

/** When no term can be blanked, still make one card so every bullet is studied. */
function fallbackCard(item: ListItem, context: string, source: Source): Items {
  const items = emptyItems();
  const front = context ? `Name a point listed under “${trimTerminalPunctuation(context)}”.` : "Name a key point from the article.";
  items.flashcards.push(makeCard({ kind: "key_fact", material: "key_fact", front, back: item.text, explanation: `The article lists: “${item.text}”`, source }));
  return items;
}

export function keyFactItems(article: Article, pools: TermPools, seed: string): Items {
  const items = emptyItems();
  for (const section of article.sections) {
    for (const block of section.blocks) {
      if (block.kind !== "list") continue;
      const context = block.intro || section.heading;
      for (const item of block.items) {
        const source = { section: section.heading, quote: item.raw };
        // Dates are blanked by the timeline items already.
        const term = pickKeyTerm(item.text, ["date"]);
        const made = term
          ? factItems({ text: item.text, context, term, source, material: "key_fact" }, pools, seed)
          : fallbackCard(item, context, source);
        items.flashcards.push(...made.flashcards);
        items.questions.push(...made.questions);
      }
    }
  }
  return items;
}

/** Paragraph sentences that quote a phrase or give a figure make good cloze items too. */
export function sentenceFactItems(article: Article, pools: TermPools, seed: string): Items {
  const items = emptyItems();
  for (const section of article.sections) {
    for (const block of section.blocks) {
      if (block.kind !== "paragraph") continue;
      for (const sentence of block.sentences) {
        const text = displayText(sentence);
        if (text.split(/\s+/).length > 45) continue;
        const term = pickKeyTerm(text);
        if (!term || (term.kind !== "quote" && term.kind !== "number")) continue;
        const fact = { text, context: "", term, source: { section: section.heading, quote: sentence }, material: "key_fact" as const };
        const made = factItems(fact, pools, seed);
        items.flashcards.push(...made.flashcards);
        items.questions.push(...made.questions.filter((q) => q.type === "fill_in"));
      }
    }
  }
  return items;
}
