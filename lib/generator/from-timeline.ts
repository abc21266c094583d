// Dated sentences: "when?" cards and questions, and ordering of events by date.

import { dateSortKey, findDates, nearbyDates, type DateMention } from "./dates";
import { acceptedVariants, blankOut } from "./key-terms";
import type { Article } from "./read-article";
import type { Source } from "./types";
import { BLANK, emptyItems, makeCard, makeMultipleChoice, makeQuestion, type Items } from "./items";
import { countOccurrences, displayText, escapeRegExp, normalizeForCompare } from "./text";

const MAX_ORDERING_ITEMS = 6;

type DatedSentence = { text: string; date: DateMention; source: Source };

/** A sentence with two dates ("approved in May 2022, and cameras began in 2024") is split between them. */
function clauses(text: string, dates: DateMention[]): { text: string; date: DateMention }[] {
  if (dates.length === 1) return [{ text, date: dates[0] }];
  const [first, second] = dates;
  const between = text.slice(first.index + first.text.length, second.index);
  const split = between.search(/(?:,\s*and|;|,\s*but|\s+and|\s+before|\s+after)\s+\S[^,;]*$/u);
  if (split < 0) return [];
  const cut = first.index + first.text.length + split;
  const rest = text.slice(cut).replace(/^(?:,\s*and|;|,\s*but|\s+and|\s+before|\s+after)\s+/u, "");
  const restDate = { ...second, index: second.index - (text.length - rest.length) };
  return [
    { text: `${text.slice(0, cut).trim()}.`, date: first },
    { text: rest.replace(/^\p{Ll}/u, (c) => c.toUpperCase()), date: restDate },
  ];
}

function datedSentences(article: Article): DatedSentence[] {
  const found: DatedSentence[] = [];
  const consider = (raw: string, section: string) => {
    const text = displayText(raw);
    const dates = findDates(text);
    if (!dates.length || dates.length > 2) return;
    for (const date of dates) {
      if (countOccurrences(text, date.text) === 1) found.push({ text, date, source: { section, quote: raw } });
    }
  };
  for (const section of article.sections) {
    for (const block of section.blocks) {
      if (block.kind === "paragraph") block.sentences.forEach((s) => consider(s, section.heading));
      if (block.kind === "list") block.items.forEach((item) => consider(item.raw, section.heading));
    }
  }
  return found;
}

/** One event per date for ordering: sentences with two dates are cut into their two clauses. */
function orderingEvents(events: DatedSentence[]): DatedSentence[] {
  const bySentence = new Map<string, DatedSentence[]>();
  for (const event of events) bySentence.set(event.text, [...(bySentence.get(event.text) ?? []), event]);
  return [...bySentence.values()].flatMap((group) =>
    clauses(group[0].text, group.map((e) => e.date)).map((c) => ({ text: c.text, date: c.date, source: group[0].source })),
  );
}

/** The event without its date, so ordering it is a real question: "amended in early 2024 to" → "amended to". */
export function withoutDate(text: string, date: string): string {
  const preposition = "(?:in|on|by|since|during|from|until|as of|at|of)\\s+(?:the\\s+)?";
  return text
    .replace(new RegExp(`(?:${preposition})?${escapeRegExp(date)}`), " ")
    .replace(/\s+([,.;:!?])/g, "$1")
    .replace(/\s{2,}/g, " ")
    .replace(/^[\s,]+/, "")
    .trim()
    .replace(/^\p{Ll}/u, (c) => c.toUpperCase());
}

function whenItems(events: DatedSentence[], seed: string): Items {
  const items = emptyItems();
  const allDates = events.map((e) => e.date.text);
  for (const { text, date, source } of events) {
    const cloze = blankOut(text, date.text, BLANK);
    const explanation = `The article says: “${text}”`;
    items.flashcards.push(makeCard({ kind: "date", material: "timeline", front: cloze, back: date.text, explanation, source }));
    items.questions.push(
      makeQuestion({
        type: "fill_in",
        material: "timeline",
        prompt: `Fill in the date: ${cloze}`,
        answer: date.text,
        accepted: acceptedVariants(date.text, text),
        explanation,
        source,
      }),
    );
    const pool = [...allDates, ...nearbyDates(date)];
    const choice = makeMultipleChoice({ material: "timeline", prompt: `When? ${cloze}`, answer: date.text, explanation, source }, pool, `${seed}:when:${text}`);
    if (choice) items.questions.push(choice);
  }
  return items;
}

/** Events in date order; within one year, only dates precise to the month can be ordered. */
function orderableEvents(events: DatedSentence[]): DatedSentence[] {
  const byKey = new Map<number, DatedSentence>();
  const yearOnly = new Set<number>();
  for (const event of events) {
    const key = dateSortKey(event.date);
    if (!byKey.has(key)) byKey.set(key, event);
    if (!event.date.month) yearOnly.add(event.date.year);
  }
  const sorted = [...byKey.entries()].sort(([a], [b]) => a - b).map(([, e]) => e);
  const years = sorted.map((e) => e.date.year);
  return sorted.filter((e) => !(yearOnly.has(e.date.year) && years.filter((y) => y === e.date.year).length > 1));
}

function orderingItems(events: DatedSentence[]): Items {
  const items = emptyItems();
  const ordered = orderableEvents(events)
    .map((e) => ({ ...e, item: withoutDate(e.text, e.date.text) }))
    .filter((e, i, all) => normalizeForCompare(e.item) && all.findIndex((o) => normalizeForCompare(o.item) === normalizeForCompare(e.item)) === i);
  if (ordered.length < 2) return items;
  const groups = Math.ceil(ordered.length / MAX_ORDERING_ITEMS);
  const size = Math.ceil(ordered.length / groups);
  for (let g = 0; g < groups; g++) {
    const group = ordered.slice(g * size, (g + 1) * size);
    if (group.length < 2) continue;
    const part = groups > 1 ? ` (part ${g + 1})` : "";
    const explanation = group.map((e) => `${e.date.text}: ${e.item}`).join(" → ");
    items.questions.push(
      makeQuestion({
        type: "ordering",
        material: "timeline",
        prompt: `Put these events in chronological order, earliest first${part}.`,
        items: group.map((e) => e.item),
        explanation,
        source: group[0].source,
      }),
    );
  }
  return items;
}

export function timelineItems(article: Article, seed: string): Items {
  const events = datedSentences(article);
  const items = whenItems(events, seed);
  const ordering = orderingItems(orderingEvents(events));
  items.questions.push(...ordering.questions);
  return items;
}
