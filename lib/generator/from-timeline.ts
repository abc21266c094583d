// Dated sentences: "when?" cards and questions, and ordering of events by date.

import { dateSortKey, findDates, nearbyDates, type DateMention } from "./dates";
import { acceptedVariants, blankOut } from "./key-terms";
import type { Article } from "./read-article";
import type { Source } from "./types";
import { BLANK, emptyItems, makeCard, makeMultipleChoice, makeQuestion, type Items } from "./items";
import { countOccurrences, displayText, escapeRegExp, normalizeForCompare } from "./text";

const MAX_ORDERING_ITEMS = 6;

type DatedSentence = { text: string; date: DateMention; source: Source };

const CLAUSE_JOIN = /(?:,\s*and|;|,\s*but|,\s*then|,\s*while|\s+and|\s+before|\s+after|\s+until)\s+/u;
const AUXILIARY = /^(?:was|were|is|are|has|had|have|did|became|began|took|won|made|went|came|led|fell|rose|grew|saw|set|got|opened|closed|\p{Ll}+ed)$/u;

/** "The treaty was signed in 1648" → "The treaty": the words before the first verb-like word. */
function subjectOf(clause: string): string {
  const words = clause.split(/\s+/);
  const verb = words.findIndex((w, i) => i > 0 && AUXILIARY.test(w));
  if (verb < 1 || verb > 6 || words.slice(0, verb).some((w) => /[,;:]$/.test(w))) return "";
  return words.slice(0, verb).join(" ");
}

/**
 * A sentence with several dates ("approved in May 2022, and cameras began in 2024") is cut into
 * one clause per date, at the "and"/";"/"before" between them; a clause that starts with a bare
 * verb ("and took effect in 2024") borrows the first clause's subject. [] when it cannot be cut.
 */
function clauses(text: string, dates: DateMention[]): { text: string; date: DateMention }[] {
  if (dates.length === 1) return [{ text, date: dates[0] }];
  const cuts: number[] = [];
  for (let i = 0; i + 1 < dates.length; i++) {
    const from = dates[i].index + dates[i].text.length;
    const between = text.slice(from, dates[i + 1].index);
    let last = -1;
    for (const match of between.matchAll(new RegExp(CLAUSE_JOIN.source, "gu"))) last = match.index ?? -1;
    if (last < 0 || !/\p{L}{3,}/u.test(between.slice(last).replace(CLAUSE_JOIN, ""))) return [];
    cuts.push(from + last);
  }
  const bounds = [0, ...cuts, text.length];
  const firstClause = text.slice(0, cuts[0]);
  const subject = subjectOf(firstClause);
  const parts: { text: string; date: DateMention }[] = [];
  for (let i = 0; i < dates.length; i++) {
    let clause = text.slice(bounds[i], bounds[i + 1]).replace(new RegExp(`^${CLAUSE_JOIN.source}`, "u"), "").trim();
    const firstWord = clause.split(/\s+/)[0] ?? "";
    if (i > 0 && AUXILIARY.test(firstWord)) {
      // "…and lifted them only in 2021": a clause that points back into the first one cannot stand alone.
      if (!subject || /\b(?:them|it|they|this|these)\b/i.test(clause)) continue;
      clause = `${subject} ${clause}`;
    }
    clause = clause.replace(/[,;.]+$/, "").replace(/^\p{Ll}/u, (c) => c.toUpperCase());
    const at = clause.indexOf(dates[i].text);
    if (at < 0) return [];
    parts.push({ text: `${clause}.`, date: { ...dates[i], index: at } });
  }
  return parts;
}

function datedSentences(article: Article): DatedSentence[] {
  const found: DatedSentence[] = [];
  const consider = (raw: string, section: string, isListItem: boolean, text = displayText(raw)) => {
    if (!text) return;
    // A dateline ("Prepared for the committee, March 2025") is not an event; list items may skip the full stop.
    if (!isListItem && !/[.!?]["”’')]*$/u.test(text)) return;
    const dates = findDates(text);
    if (!dates.length || dates.length > 4) return;
    for (const date of dates) {
      if (countOccurrences(text, date.text) === 1) found.push({ text, date, source: { section, quote: raw } });
    }
  };
  for (const section of article.sections) {
    for (const block of section.blocks) {
      if (block.kind === "paragraph") block.sentences.forEach((s, i) => consider(s, section.heading, false, block.statements[i]));
      if (block.kind === "list") block.items.forEach((item) => consider(item.raw, section.heading, true, item.text));
    }
  }
  return found;
}

/**
 * A date that is not when something happened: a comparison ("than in 2020", "compared with 2016"),
 * a start ("since 1954"), a deadline or forecast ("before 2030", "by 2035", "d'ici 2030").
 */
const NOT_AN_EVENT =
  /(?:\b(?:since|than|before|by|until|till|through|compared (?:with|to)|relative to|from|between|ahead of|desde|hasta|antes de|para|frente a|depuis|avant|jusqu'en|jusqu'à|par rapport à|d'ici|seit|bis|vor|gegenüber|ab)\s+(?:(?:the|in|el|la|le|l'|de|del|en|fin de|finales de|la fin de|dem|der)\s+)*|d'ici\s+)$/iu;

/** "since the drought of 2018", "desde la crisis de 2008": the date names the start of a span, not this event. */
const SINCE_PHRASE =
  /(?<!\p{L})(?:since|ever since|before|after|desde|antes|después|depuis|avant|après|à partir|a partir|seit|vor|nach|ab)\s+(?:[\p{L}'’-]+[\s'’]+){0,4}$/iu;
/** A forecast or a plan is not an event yet ("will open in 2026", "doivent commencer au printemps 2025"). */
const NOT_YET =
  /\b(?:will|would|could|may|might|should|must|is expected|are expected|is planned|are planned|plans? to|is scheduled|are scheduled|is due|are due|aims? to|doit|doivent|devra|devront|suivront|pourra|pourront|prévu|prévue|previsto|prevista|se espera|deberá|deberán|podría|wird|werden|soll|sollen|geplant)\b/iu;

function isEventDate(text: string, date: DateMention): boolean {
  // Month names are not modal verbs: "May 2024" is not "may".
  const withoutDates = findDates(text).reduceRight((t, d) => `${t.slice(0, d.index)} ${t.slice(d.index + d.text.length)}`, text);
  if (date.shape === "decade" || date.shape === "span" || NOT_YET.test(withoutDates)) return false;
  const before = text.slice(Math.max(0, date.index - 50), date.index);
  return !NOT_AN_EVENT.test(before) && !SINCE_PHRASE.test(before);
}

/** A comparison year is not worth a question of its own ("higher than in 2020"). */
const COMPARISON = /\b(?:than(?: in)?|compared (?:with|to)|relative to|par rapport à|frente a|gegenüber)\s+(?:the\s+)?$/iu;

/** One event per date for ordering: sentences with two dates are cut into their two clauses. */
function orderingEvents(all: DatedSentence[]): DatedSentence[] {
  const events = all.filter((e) => isEventDate(e.text, e.date));
  const bySentence = new Map<string, DatedSentence[]>();
  for (const event of events) bySentence.set(event.text, [...(bySentence.get(event.text) ?? []), event]);
  return [...bySentence.values()].flatMap((group) =>
    clauses(group[0].text, group.map((e) => e.date)).map((c) => ({ text: c.text, date: c.date, source: group[0].source })),
  );
}

/** The event without its date, so ordering it is a real question: "amended in early 2024 to" → "amended to". */
export function withoutDate(text: string, date: string): string {
  const preposition =
    "(?:(?:in|on|during|as of|at|of|around|circa|about|c\\.|en|el|le|au|à|a|de|del|im|am|um|the)\\s+)*(?:the\\s+|el\\s+|la\\s+|le\\s+)?";
  return text
    // A date that qualifies a noun ("The 2003 European heat wave") leaves its article in place.
    .replace(new RegExp(`(?<![\\p{L}])(the|la|el|le)\\s+${escapeRegExp(date)}\\s+(?=\\p{L})`, "iu"), "$1 ")
    .replace(new RegExp(`(?<![\\p{L}])(?:(?:only|just|again|finally|first|later|officially|eventually)\\s+)?${preposition}${escapeRegExp(date)}`, "iu"), " ")
    .replace(/\s+([,.;:!?])/g, "$1")
    .replace(/([,;:])\s*(?=[,.;:!?]|$)/g, "")
    .replace(/^[\s,;:]+/, "")
    .replace(/\s{2,}/g, " ")
    .trim()
    .replace(/^\p{Ll}/u, (c) => c.toUpperCase());
}

const FUNCTION_WORD_END =
  /\b(?:since|before|after|than|and|or|between|from|to|of|in|on|at|by|with|the|a|an|until|during|de|del|en|el|la|le|les|des|du|à|au|und|von|im|am|der|die|das)\s*[.?!]\s*$/iu;

/** An ordering item a teacher would keep: a whole statement, no stray punctuation, no dangling preposition. */
function isCleanStatement(item: string): boolean {
  if (!/^[\p{Lu}"“¿¡]/u.test(item) || /\s[,;:]|[,;:]\s*[.?!]?\s*$|[,;:][.?!]/u.test(item)) return false;
  return !FUNCTION_WORD_END.test(item) && item.split(/\s+/).length >= 4;
}

function whenItems(events: DatedSentence[], seed: string): Items {
  const items = emptyItems();
  const allDates = events.map((e) => e.date.text);
  for (const { text, date, source } of events) {
    if (COMPARISON.test(text.slice(Math.max(0, date.index - 30), date.index))) continue;
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
    const prompt = `When? ${cloze}`;
    const choice = makeMultipleChoice({ material: "timeline", prompt, answer: date.text, explanation, source }, allDates, `${seed}:when:${text}`, [], undefined, nearbyDates(date));
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
  const perYear = new Map<number, number>();
  for (const e of sorted) perYear.set(e.date.year, (perYear.get(e.date.year) ?? 0) + 1);
  return sorted.filter((e) => !(yearOnly.has(e.date.year) && (perYear.get(e.date.year) ?? 0) > 1));
}

const MAX_SPAN_QUOTE = 1500;

/**
 * The ordering's quote: the passage of the input from the first to the last of its events, or the
 * first event's sentence when that passage would be too long to highlight usefully.
 */
function spanQuote(input: string, events: DatedSentence[]): string {
  const spans = events.map((e) => {
    const pattern = e.source.quote.trim().split(/\s+/).map(escapeRegExp).join("\\s+");
    const match = pattern ? new RegExp(pattern).exec(input) : null;
    return match ? { start: match.index, end: match.index + match[0].length } : null;
  });
  if (spans.some((span) => span === null)) return events[0].source.quote;
  const found = spans as { start: number; end: number }[];
  const start = Math.min(...found.map((sp) => sp.start));
  const end = Math.max(...found.map((sp) => sp.end));
  return end - start <= MAX_SPAN_QUOTE ? input.slice(start, end) : events[0].source.quote;
}

function orderingItems(events: DatedSentence[], input: string): Items {
  const items = emptyItems();
  const ordered = orderableEvents(events)
    .map((e) => ({ ...e, item: withoutDate(e.text, e.date.text) }))
    .filter((e) => isCleanStatement(e.item) && findDates(e.item).length === 0)
    .filter((e, i, all) => normalizeForCompare(e.item) && all.findIndex((o) => normalizeForCompare(o.item) === normalizeForCompare(e.item)) === i);
  // Two events give their order away; three is the least worth asking.
  if (ordered.length < 3) return items;
  const groups = Math.ceil(ordered.length / MAX_ORDERING_ITEMS);
  const size = Math.ceil(ordered.length / groups);
  for (let g = 0; g < groups; g++) {
    const group = ordered.slice(g * size, (g + 1) * size);
    if (group.length < 3) continue;
    const part = groups > 1 ? ` (part ${g + 1})` : "";
    const explanation = group.map((e) => `${e.date.text}: ${e.item}`).join(" → ");
    items.questions.push(
      makeQuestion({
        type: "ordering",
        material: "timeline",
        prompt: `Put these events in chronological order, earliest first${part}.`,
        items: group.map((e) => e.item),
        explanation,
        source: { section: group[0].source.section, quote: spanQuote(input, group) },
      }),
    );
  }
  return items;
}

/** `input`: the article text, for quoting a passage that spans several events. */
export function timelineItems(article: Article, seed: string, input = ""): Items {
  const events = datedSentences(article);
  const items = whenItems(events, seed);
  const ordering = orderingItems(orderingEvents(events), input);
  items.questions.push(...ordering.questions);
  return items;
}
