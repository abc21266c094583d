// Key-fact bullets (and quoted phrases in paragraphs) become cloze cards, fill-ins,
// multiple choice on the blanked term, and true/false statements.

import type { Article, ListItem } from "./read-article";
import type { Material, Source } from "./types";
import { acceptedVariants, blankOut, nearbyNumbers, pickKeyTerm, termCandidates, unitOf, type KeyTerm, type TermKind } from "./key-terms";
import { BLANK, emptyItems, makeCard, makeMultipleChoice, makeQuestion, pickDistractors, trueFalsePair, type Items } from "./items";
import { cite, containsWords, hashString, normalizeForCompare, trimTerminalPunctuation, wordCount } from "./text";

export type TermPools = {
  /** Every candidate term of each kind in the article. */
  all: Record<TermKind, string[]>;
  /** The terms actually blanked in key facts: the most parallel distractors. */
  chosen: Record<TermKind, string[]>;
  /** Parts of the names the article gives people (experts, "President Lee"), for telling people from places. */
  personParts: ReadonlySet<string>;
  /** Figures the article gives as ages ("aged 7 to 9", "12-year-olds"): an age is never swapped for a measure. */
  ages: ReadonlySet<string>;
  /** Common words the article uses more than once or in a heading: the concepts worth a blank. */
  recurring: ReadonlySet<string>;
};

/** Words of `texts` used twice or more, and every word of `elsewhere` (headings, tables, experts' lines). */
function recurringWords(texts: readonly string[], elsewhere: readonly string[]): Set<string> {
  const words = (text: string) => text.toLowerCase().match(/[a-zß-ÿ][a-zß-ÿ-]{4,}/g) ?? [];
  const seen = new Set<string>();
  const again = new Set<string>();
  for (const text of texts) for (const word of words(text)) (seen.has(word) ? again : seen).add(word);
  for (const text of elsewhere) for (const word of words(text)) (seen.has(word) ? again : seen).add(word);
  return again;
}

function otherTexts(article: Article): string[] {
  return article.sections.flatMap((section) =>
    section.blocks.flatMap((block) => (block.kind === "table" ? block.rawLines : block.kind === "expert" ? [block.raw, block.position] : [])),
  );
}

const AGE = /\b(?:aged|ages|age of|at age)\s+(\d+)(?:\s*(?:to|and|-|–)\s*(\d+))?|\b(\d+)(?:\s*(?:to|-|–)\s*(\d+))?[-\s]year[-\s]olds?\b/giu;

/** The figures a text gives as ages. */
export function agesIn(text: string): string[] {
  if (!text.includes("age") && !text.includes("year")) return [];
  return [...text.matchAll(AGE)].flatMap((m) => [m[1], m[2], m[3], m[4]].filter((n): n is string => Boolean(n)));
}

/**
 * A figure that opens or closes a range ("aged _____ to 9", "between 0.3 and _____") must stay on its
 * side of the other end, or the swapped statement is impossible rather than false.
 */
export function fitsRange(sentence: string, term: string): (candidate: string) => boolean {
  const at = sentence.indexOf(term);
  if (at < 0) return () => true;
  const value = (t: string) => Number(t.replace(/[^\d.]/g, ""));
  const upper = sentence.slice(at + term.length).match(/^\s*(?:to|and|-|–)\s*(\d[\d,]*(?:\.\d+)?)/u)?.[1];
  const lower = sentence.slice(0, at).match(/(\d[\d,]*(?:\.\d+)?)\s*(?:to|and|-|–)\s*$/u)?.[1];
  return (candidate) => (upper === undefined || value(candidate) < value(upper)) && (lower === undefined || value(candidate) > value(lower));
}

/** A title before a capitalised name marks a person ("President Lee", "leader Kim Jong Un"). */
const PERSON_TITLE =
  /\b(?:[Pp]resident|[Pp]rime [Mm]inister|[Mm]inister|[Cc]hairm[ae]n|[Cc]hancellor|[Pp]remier|[Ll]eader|[Ss]ecretary|[Ss]enator|[Gg]overnor|[Gg]eneral|[Aa]dmiral|[Aa]mbassador|[Pp]rofessor|[Dd]irector|[Jj]udge|[Kk]ing|[Qq]ueen|[Pp]rince|[Pp]rincess|[Pp]ope|[Ss]ister|[Bb]rother|Dr\.|Mr\.|Mrs\.|Ms\.|Prof\.|Gen\.|Sen\.)\s+(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2})/gu;
/** Words that make a name an organisation or a facility rather than a place ("Korea Research Institute"). */
const BODY_WORDS =
  /\b(?:Institute|University|College|School|Center|Centre|Ministry|Department|Office|Council|Committee|Commission|Agency|Bureau|Party|Army|Navy|Forces|Command|Military|Government|Administration|Parliament|Assembly|Congress|Court|Bank|Company|Corporation|Inc|Association|Union|Organi[sz]ation|Foundation|Zone|Base)\b/u;

type NameClass = "person" | "body" | "other";

/** Whether a name is a person, an organisation or facility, or something else (mostly places). */
export function nameClass(name: string, personParts: ReadonlySet<string>): NameClass {
  PERSON_TITLE.lastIndex = 0;
  if (PERSON_TITLE.test(name) || nameParts(name).some((part) => personParts.has(normalizeForCompare(part)))) return "person";
  return BODY_WORDS.test(name) ? "body" : "other";
}

function collectPersonParts(article: Article, texts: string[]): Set<string> {
  const names: string[] = [];
  for (const section of article.sections) {
    for (const block of section.blocks) if (block.kind === "expert") names.push(block.name);
  }
  for (const text of texts) for (const match of text.matchAll(PERSON_TITLE)) names.push(match[1]);
  return new Set(names.flatMap(nameParts).map(normalizeForCompare));
}

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
  const texts: string[] = [];
  const add = (text: string) => {
    texts.push(text);
    for (const term of termCandidates(text)) all[term.kind].add(term.text);
  };
  for (const section of article.sections) {
    for (const block of section.blocks) {
      if (block.kind === "paragraph") block.statements.forEach((s) => s && add(s));
      if (block.kind !== "list") continue;
      for (const item of block.items) {
        add(item.text);
        const term = pickKeyTerm(item.text, ["date"]);
        if (term) chosen[term.kind].add(term.text);
      }
    }
  }
  return { all: toArrays(all), chosen: toArrays(chosen), personParts: collectPersonParts(article, texts),
    ages: new Set(texts.flatMap(agesIn)),
    recurring: recurringWords(texts, [...article.sections.map((section) => section.heading), ...otherTexts(article)]),
  };
}

type Fact = {
  /** The statement as shown to the learner. */
  text: string;
  /** Context shown before the blanked statement: the list's intro or the section heading, when needed. */
  context: string;
  /** Context shown before the true/false statement (a noun phrase needs its lead-in to be a claim). */
  claimContext?: string;
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
  // Checked lazily, candidate by candidate: the pools hold every term of the article.
  // Same kind, and for names the same class (a person for a person, a place for a place) and not
  // another way of naming the answer ("President Lee" for "Lee").
  const unit = unitOf(term.text);
  const termClass = term.kind === "name" ? nameClass(term.text, pools.personParts) : null;
  const sameClass = (candidate: string) =>
    nameClass(candidate, pools.personParts) === termClass && !nameParts(candidate).some((part) => containsWords(term.text, part));
  // Figures the article gives first; made-up neighbours of the answer only when the article has too few.
  const synthetic = term.kind === "number" ? nearbyNumbers(term.text) : [];
  const isAge = term.kind === "number" && agesIn(fact.text).includes(term.text);
  const inRange = term.kind === "number" ? fitsRange(fact.text, term.text) : () => true;
  const sameMeasure = (candidate: string) => synthetic.includes(candidate) || pools.ages.has(candidate) === isAge;
  const usable = (candidate: string) =>
    !containsWords(fact.text, candidate) &&
    (term.kind !== "number" || (unitOf(candidate) === unit && sameMeasure(candidate) && inRange(candidate))) &&
    (termClass === null || sameClass(candidate));
  const pool = term.kind === "word" ? [] : pools.all[term.kind];
  const preferred = term.kind === "word" ? [] : pools.chosen[term.kind];
  const choice = makeMultipleChoice(
    { material, prompt: `Which completes the statement? ${cloze}`, answer: term.text, explanation, source },
    pool,
    `${seed}:mc`,
    preferred,
    usable,
    synthetic,
  );
  if (choice) items.questions.push(choice);

  const sensible = sensibleSwap(fact.text, term.text);
  const fits = (candidate: string) => usable(candidate) && sensible(candidate);
  const swap = swappable(fact.text, term.text) ? pickDistractors(term.text, pool, `${seed}:tfswap`, 1, "", preferred, fits, synthetic)[0] : undefined;
  const claimContext = fact.claimContext === undefined ? context : containsWords(fact.claimContext, term.text) ? "" : fact.claimContext;
  const truth = makeQuestion({ type: "true_false", material, prompt: `True or false: ${withContext(claimContext, fact.text)}`, answer: true, explanation, source });
  const falsehood = swap
    ? makeQuestion({
        type: "true_false",
        material,
        prompt: `True or false: ${withContext(claimContext, blankOut(fact.text, term.text, swap))}`,
        answer: false,
        explanation: `False: the article says ${cite(term.text)}, not ${cite(swap)}. ${explanation}`,
        source,
      })
    : undefined;
  items.questions.push(...trueFalsePair(`${seed}:tf`, truth, falsehood));
  return items;
}

/** Parts of a name ("U.S.–South Korea" → "U.S.", "South", "Korea"), for overlap checks. */
function nameParts(text: string): string[] {
  return text.split(/[\s–—/-]+/u).filter((part) => normalizeForCompare(part).replace(/ /g, "").length >= 2);
}

/** A term glossed by an acronym ("the Demilitarized Zone (DMZ)") cannot be swapped without contradicting it. */
function swappable(sentence: string, term: string): boolean {
  const at = sentence.indexOf(term);
  return at >= 0 && !/^\s*\(\p{Lu}[\p{Lu}.&]{1,9}\)/u.test(sentence.slice(at + term.length));
}

/**
 * A replacement that makes a plainly false statement, not a muddled one: it shares no word with the
 * term it replaces or with the rest of the sentence ("U.S.–South Korea could strengthen its ties with
 * the U.S."), and has the term's shape and about its length.
 */
export function sensibleSwap(sentence: string, term: string): (candidate: string) => boolean {
  const at = sentence.indexOf(term);
  const rest = at >= 0 ? `${sentence.slice(0, at)} ${sentence.slice(at + term.length)}` : sentence;
  const termParts = nameParts(term);
  const shape = shapeOf(term);
  const words = wordCount(term);
  return (candidate) => {
    if (shapeOf(candidate) !== shape || Math.abs(wordCount(candidate) - words) > 1) return false;
    if (nameParts(candidate).some((part) => containsWords(rest, part) || containsWords(term, part))) return false;
    return !termParts.some((part) => containsWords(candidate, part));
  };
}

/** Compound ("U.S.–South Korea"), demonym ("North Korean") or abbreviation ("U.S."): a swap keeps the shape. */
const shapes = new Map<string, string>();

function shapeOf(term: string): string {
  let shape = shapes.get(term);
  if (shape === undefined) {
    if (shapes.size > 20_000) shapes.clear();
    shape = computeShape(term);
    shapes.set(term, shape);
  }
  return shape;
}

function computeShape(term: string): string {
  const compound = /\S[–—/-]\p{Lu}/u.test(term);
  const demonym = /(?:[eiuc]an|ese|ish|ic)$/u.test(term) && /^\p{Lu}/u.test(term);
  const abbreviation = /^(?:\p{Lu}\.){2,}$|^\p{Lu}{2,6}$/u.test(term);
  return `${compound}${demonym}${abbreviation}`;
}

/** A list's lead-in that only announces the list ("Key highlights from her remarks include:"). */
const LEAD_IN = /\b(?:include|includes|included|including|are|were|follow|follows|following|below|as follows|such as|are these)\s*:?\s*$/iu;
const AUXILIARY = new Set(
  (
    "is are was were has have had will would can could may might must should did does do remain remains remained became becomes " +
    "cost costs ate eat eats saw see sees rose rise rises fell fall falls spent paid won lost grew grow grows cut put hit let set ran " +
    "led leads lead met stood bought brought thought taught sold told felt left meant sent kept built held laid said shows show showed " +
    "means meant needs need gets got takes took gives gave makes made found finds went goes came comes stays stay stayed " +
    "reach reaches drops drop dropped doubled tripled halved"
  ).split(" "),
);

/**
 * A list item that reads as a whole sentence: a capital, a verb after its first word, a full stop; or a
 * "Label: …" item, which carries its own context. Predicates ("Suspended broadcasts…") and noun phrases
 * ("Acknowledgment of…") are not.
 */
function isWholeSentence(text: string): boolean {
  // A dated item ("1930: The first pipeline opens…") is a whole statement with its date as its label.
  if (/^\d{1,4}s?(?:[–-]\d{1,4})?:\s+\p{Lu}/u.test(text) && /[.!?]["”’)]*$/u.test(text)) return true;
  if (!/^[\p{Lu}"“]/u.test(text) || !/[.!?]["”’)]*$/u.test(text)) return false;
  if (/^[^:]{2,40}:\s+\S/u.test(text)) return true;
  // Two clauses joined by a semicolon, each with words of its own, are sentences whatever their verbs.
  if (/^[^;]{12,};\s+\p{Ll}[^;]{8,}$/u.test(text)) return true;
  const words = text.toLowerCase().replace(/[^\p{L}\s'’-]/gu, " ").split(/\s+/).filter(Boolean);
  if (!words.length || /ed$/.test(words[0]) || AUXILIARY.has(words[0])) return false;
  // The verb of a relative clause ("a declaration that North Korea sees…") is not the item's own verb.
  let relative = false;
  for (const w of words.slice(1, 14)) {
    if (/^(?:that|which|who|whom|whose)$/.test(w)) relative = true;
    else if (AUXILIARY.has(w) || /^\p{Ll}{3,}ed$/u.test(w)) {
      if (!relative) return true;
      relative = false;
    }
  }
  return false;
}

/**
 * What the learner needs before a list item: nothing when it is a whole sentence (no "Key findings:"
 * glued on); a lead-in that only announces the list is dropped from blanks, kept before a true/false
 * noun phrase; an intro the item continues ("Within weeks, his administration: Suspended…") stays.
 */
function contextsFor(text: string, intro: string, heading: string): { context: string; claimContext: string } {
  if (isWholeSentence(text)) return { context: "", claimContext: "" };
  if (intro && LEAD_IN.test(intro)) return { context: "", claimContext: intro };
  const context = intro || heading;
  return { context, claimContext: context };
}

/** When no term can be blanked, still make one card so every bullet is studied. */
function fallbackCard(item: ListItem, context: string, source: Source): Items {
  const items = emptyItems();
  const front = context ? `Name a point listed under ${cite(trimTerminalPunctuation(context))}.` : "Name a key point from the article.";
  items.flashcards.push(makeCard({ kind: "key_fact", material: "key_fact", front, back: item.text, explanation: `The article lists: “${item.text}”`, source }));
  return items;
}

/** `skip`: raw list items already studied as something else (glossary definitions). */
export function keyFactItems(article: Article, pools: TermPools, seed: string, skip: ReadonlySet<string> = new Set()): Items {
  const items = emptyItems();
  for (const section of article.sections) {
    for (const block of section.blocks) {
      if (block.kind !== "list") continue;
      const context = block.intro || section.heading;
      for (const item of block.items) {
        if (skip.has(item.raw)) continue;
        const source = { section: section.heading, quote: item.raw };
        // Dates are blanked by the timeline items already. A common word is worth a blank only when the
        // article comes back to it ("dialogue"), not for a one-off ("Communication _____ remain closed").
        const picked = pickKeyTerm(item.text, ["date"]);
        const term = picked && (picked.kind !== "word" || pools.recurring.has(picked.text.toLowerCase())) ? picked : null;
        const made = term
          ? factItems({ text: item.text, ...contextsFor(item.text, block.intro, section.heading), term, source, material: "key_fact" }, pools, seed)
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
      for (const [index, sentence] of block.sentences.entries()) {
        const text = block.statements[index];
        if (!text) continue;
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
