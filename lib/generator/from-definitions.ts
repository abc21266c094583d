// Glossary lines ("Term: definition", "Term — definition", "**Term** – definition") become
// term ↔ definition cards, a fill-in on the term, multiple choice among the glossary's terms,
// true/false with another term's definition, and a matching of terms to definitions.

import type { Article } from "./read-article";
import type { Source } from "./types";
import { BLANK, emptyItems, makeCard, makeMultipleChoice, makeQuestion, pickDistractors, trueFalsePair, type Items } from "./items";
import { cite, displayText, normalizeForCompare, trimTerminalPunctuation, wordCount } from "./text";

export type Definition = { term: string; definition: string; source: Source };

const MAX_MATCHING_PAIRS = 6;
const DEFINITION_LINE = /^(?:\*\*|__)?([^:–—*_]{2,50}?)(?:\*\*|__)?\s*(?::|\s[–—-]|[–—])\s+(\S.{8,})$/u;
/** A label that opens a sentence ("For Japan: …", "In 2024: …") is context, not a term. */
const NOT_A_TERM = /^(?:for|in|on|at|by|to|from|with|as|under|after|before|during|since|note|tip|warning|example|recommendation|summary|source|update|context|why|how|what|when|where|who)\b/i;

/** "Mitochondrion: the organelle where…" → { term, definition }, or null for ordinary sentences. */
export function parseDefinition(raw: string): { term: string; definition: string } | null {
  const match = raw.trim().match(DEFINITION_LINE);
  if (!match) return null;
  const term = displayText(match[1]);
  const definition = trimTerminalPunctuation(displayText(match[2]));
  if (!term || wordCount(term) > 5 || NOT_A_TERM.test(term) || /\d{3,}/.test(term)) return null;
  if (!/^[\p{L}(]/u.test(term) || /[.!?,;]$/.test(term)) return null;
  if (wordCount(definition) < 3) return null;
  return { term, definition };
}

/** Glossaries: a list or a run of one-line paragraphs in which at least two lines are definitions. */
export function collectDefinitions(article: Article): Definition[][] {
  const groups: Definition[][] = [];
  for (const section of article.sections) {
    let run: Definition[] = [];
    const close = () => {
      if (run.length >= 2) groups.push(run);
      run = [];
    };
    for (const block of section.blocks) {
      if (block.kind === "list") {
        close();
        run = block.items.flatMap((item) => {
          const parsed = parseDefinition(item.raw);
          return parsed ? [{ ...parsed, source: { section: section.heading, quote: item.raw } }] : [];
        });
        // A list counts as a glossary only when most of its items are definitions.
        if (run.length * 2 < block.items.length) run = [];
        close();
      } else if (block.kind === "paragraph" && block.sentences.length <= 2) {
        const parsed = parseDefinition(block.raw);
        if (parsed) run.push({ ...parsed, source: { section: section.heading, quote: block.raw } });
        else close();
      } else close();
    }
    close();
  }
  return groups;
}

function definitionItems(group: Definition[], seed: string): Items {
  const items = emptyItems();
  const terms = group.map((d) => d.term);
  const definitions = group.map((d) => d.definition);
  for (const { term, definition, source } of group) {
    const explanation = `The article defines ${term} as: ${definition}.`;
    const material = "key_fact" as const;
    items.flashcards.push(
      makeCard({ kind: "key_fact", material, front: `Define: ${term}`, back: definition, explanation, source }),
      makeCard({ kind: "cloze", material, front: `${BLANK}: ${definition}`, back: term, explanation, source }),
    );
    items.questions.push(
      makeQuestion({ type: "fill_in", material, prompt: `Which term is defined here? ${BLANK}: ${definition}`, answer: term, explanation, source }),
    );
    const choice = makeMultipleChoice(
      { material, prompt: `Which term matches this definition: ${cite(definition)}?`, answer: term, explanation, source },
      terms,
      `${seed}:def-mc:${term}`,
    );
    if (choice) items.questions.push(choice);
    const swap = pickDistractors(definition, definitions, `${seed}:def-tf:${term}`, 1)[0];
    const statement = (shown: string, answer: boolean, why: string) =>
      makeQuestion({ type: "true_false", material, prompt: `True or false: ${term} is defined as: ${shown}.`, answer, explanation: why, source });
    const falsehood = swap ? statement(swap, false, `False: that is the definition of another term. ${explanation}`) : undefined;
    items.questions.push(...trueFalsePair(`${seed}:def-tf:${term}`, statement(definition, true, explanation), falsehood));
  }
  for (let start = 0; start + 3 <= group.length; start += MAX_MATCHING_PAIRS) {
    const slice = group.slice(start, start + MAX_MATCHING_PAIRS);
    const keys = new Set(slice.map((d) => normalizeForCompare(d.definition)));
    if (slice.length < 3 || keys.size !== slice.length) continue;
    const part = group.length > MAX_MATCHING_PAIRS ? ` (part ${start / MAX_MATCHING_PAIRS + 1})` : "";
    items.questions.push(
      makeQuestion({
        type: "matching",
        material: "key_fact",
        prompt: `Match each term with its definition${part}.`,
        pairs: slice.map((d) => ({ left: d.term, right: d.definition })),
        explanation: "From the definitions in the article.",
        source: { section: slice[0].source.section, quote: slice[0].source.quote },
      }),
    );
  }
  return items;
}

export function definitionsItems(groups: Definition[][], seed: string): Items {
  const items = emptyItems();
  for (const group of groups) {
    const made = definitionItems(group, seed);
    items.flashcards.push(...made.flashcards);
    items.questions.push(...made.questions);
  }
  return items;
}
