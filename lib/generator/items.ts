// Builders for flashcards and questions, and the quality rules every item must pass.

import type { Difficulty, Flashcard, FlashcardKind, Material, Question, Source } from "./types";
import { collapseWhitespace, containsWords, hashString, normalizeForCompare, seededRandom, seededShuffle, wordCount } from "./text";

export type Items = { flashcards: Flashcard[]; questions: Question[] };

export const BLANK = "_____";

export function emptyItems(): Items {
  return { flashcards: [], questions: [] };
}

export function mergeItems(target: Items, more: Items): void {
  target.flashcards.push(...more.flashcards);
  target.questions.push(...more.questions);
}

function difficultyByLength(answer: string): Difficulty {
  const words = wordCount(answer);
  if (words <= 3) return "easy";
  return words <= 8 ? "medium" : "hard";
}

/** A stable key for the sentence an item was made from: whitespace, case and punctuation do not change it. */
export function sourceKeyOf(source: Source): string {
  return `s-${hashString(normalizeForCompare(source.quote))}`;
}

export function makeCard(fields: {
  kind: FlashcardKind;
  material: Material;
  front: string;
  back: string;
  explanation: string;
  source: Source;
  difficulty?: Difficulty;
}): Flashcard {
  return {
    id: `card-${hashString(`${fields.kind}\u0001${fields.front}\u0001${fields.back}`)}`,
    kind: fields.kind,
    material: fields.material,
    front: fields.front,
    back: fields.back,
    explanation: fields.explanation,
    difficulty: fields.difficulty ?? difficultyByLength(fields.back),
    source: fields.source,
    sourceKey: sourceKeyOf(fields.source),
  };
}

type QuestionFields = Omit<Question, "id" | "difficulty" | "sourceKey"> & { difficulty?: Difficulty };

function defaultDifficulty(q: QuestionFields): Difficulty {
  switch (q.type) {
    case "true_false":
      return "easy";
    case "multiple_choice":
      return q.material === "key_fact" ? "easy" : "medium";
    case "multiple_response":
      return "medium";
    case "fill_in":
      return wordCount(String(q.answer ?? "")) <= 2 ? "medium" : "hard";
    case "matching":
      return (q.pairs?.length ?? 0) <= 3 ? "easy" : (q.pairs?.length ?? 0) <= 5 ? "medium" : "hard";
    case "ordering":
      return (q.items?.length ?? 0) <= 3 ? "medium" : "hard";
    case "numeric":
      return "medium";
  }
}

export function makeQuestion(fields: QuestionFields): Question {
  const content = JSON.stringify([fields.answer ?? null, fields.pairs ?? null, fields.items ?? null]);
  const question: Question = {
    id: `q-${hashString(`${fields.type}\u0001${fields.prompt}\u0001${content}`)}`,
    type: fields.type,
    material: fields.material,
    prompt: fields.prompt,
    explanation: fields.explanation,
    difficulty: fields.difficulty ?? defaultDifficulty(fields),
    source: fields.source,
    sourceKey: sourceKeyOf(fields.source),
  };
  if (fields.choices) question.choices = fields.choices;
  if (fields.answer !== undefined) question.answer = fields.answer;
  if (fields.accepted?.length) question.accepted = fields.accepted;
  if (fields.pairs) question.pairs = fields.pairs;
  if (fields.items) question.items = fields.items;
  return question;
}

const DATE_WORD =
  /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|spring|summer|autumn|fall|winter|early|mid|late)\b\.?/gi;
const FIGURE = /\d+(?:[.,]\d+)*/g;

/**
 * The form of a short answer: figures and month or season words stand for any other, the rest
 * (unit, currency, punctuation) must match: "12,000 acre-feet" and "9,500 acre-feet" share a form,
 * "March 2019" and "2018" do not.
 */
export function formOf(text: string): string {
  let form = forms.get(text);
  if (form === undefined) {
    if (forms.size > 20_000) forms.clear();
    form = computeForm(text);
    forms.set(text, form);
  }
  return form;
}

/** Memoised: distractor picking asks for the form of the same candidates again and again. */
const forms = new Map<string, string>();

function computeForm(text: string): string {
  return collapseWhitespace(text)
    .replace(DATE_WORD, "M")
    .replace(FIGURE, (figure) => (isDecimal(figure) ? "#.#" : "#"))
    .replace(/#\s*(?:#\s*)+/g, "#")
    .toLowerCase();
}

/** "1.3", "0,4" and "12,000.5" have a fractional part; "12,000" and "7" do not: a decimal never stands for a whole number. */
function isDecimal(figure: string): boolean {
  return /\.\d+$/.test(figure) || /^\d+,\d{1,2}$/.test(figure);
}

function largestFigure(text: string): number {
  return Math.max(...(text.match(FIGURE) ?? ["0"]).map((n) => Number(n.replace(/,(?=\d{3}\b)/g, "").replace(",", "."))));
}

/**
 * A distractor of the answer's kind and form: a figure for a figure with the same unit, currency
 * and date shape, never an impossible share (over 100 percent) against a real one; a word answer
 * never gets a bare number. Long answers (claims, definitions) are free in form.
 */
export function sameForm(answer: string, candidate: string): boolean {
  if (wordCount(answer) > 6) return true;
  if (!/\d/.test(answer)) return !/^[\d\s.,%]+$/.test(candidate.trim());
  if (formOf(candidate) !== formOf(answer)) return false;
  const share = /%|percent|per cent|por ciento|pour cent|prozent/i.test(answer) && largestFigure(answer) <= 100;
  return !share || largestFigure(candidate) <= 100;
}

/**
 * Up to `count` distractors that differ from the answer and from each other once normalised.
 * `preferred` candidates (the most parallel ones) are tried before the rest of the pool.
 */
export function pickDistractors(
  answer: string,
  pool: readonly string[],
  seed: string,
  count = 3,
  exclude = "",
  preferred: readonly string[] = [],
  accept: (candidate: string) => boolean = () => true,
  fallback: readonly string[] = [],
): string[] {
  const taken = new Set([normalizeForCompare(answer)]);
  const picked: string[] = [];
  // A figure only meets figures of its form: look them up by form instead of scanning the whole pool.
  const form = /\d/.test(answer) && wordCount(answer) <= 6 ? formOf(answer) : null;
  const tier = (list: readonly string[]) => (form !== null && list.length > 32 ? (byForm(list).get(form) ?? []) : list);
  const tiers = [lazyShuffle(tier(preferred), `${seed}:preferred`), lazyShuffle(tier(pool), seed), lazyShuffle(fallback, `${seed}:fallback`)];
  for (const candidates of tiers) {
    // Candidates are tried in a random order; on a very long article, 400 tries find a fit or none will.
    let tries = 0;
    for (const candidate of candidates) {
      if (++tries > MAX_TRIES) break;
      const key = normalizeForCompare(candidate);
      if (!key || taken.has(key)) continue;
      if ((exclude && containsWords(exclude, candidate)) || !sameForm(answer, candidate) || !accept(candidate)) continue;
      taken.add(key);
      picked.push(candidate);
      if (picked.length === count) return picked;
    }
  }
  return picked;
}

const MAX_TRIES = 400;

const formBuckets = new WeakMap<readonly string[], Map<string, string[]>>();

/** A pool's candidates grouped by form, computed once per pool array. */
function byForm(list: readonly string[]): Map<string, string[]> {
  let buckets = formBuckets.get(list);
  if (!buckets) {
    buckets = new Map();
    for (const candidate of list) {
      const form = formOf(candidate);
      const bucket = buckets.get(form);
      if (bucket) bucket.push(candidate);
      else buckets.set(form, [candidate]);
    }
    formBuckets.set(list, buckets);
  }
  return buckets;
}

/** A seeded Fisher–Yates shuffle that yields as it goes, so picking 3 of a long pool costs 3 swaps, not the pool. */
function* lazyShuffle<T>(items: readonly T[], seed: string): Generator<T> {
  if (!items.length) return;
  const random = seededRandom(seed);
  // Fisher–Yates over a sparse record of the swaps: copying a pool of every term of the article for
  // each question made long articles quadratic, and only the first few hundred places are ever read.
  const moved = new Map<number, T>();
  for (let i = 0; i < items.length; i++) {
    const j = i + Math.floor(random() * (items.length - i));
    const picked = moved.has(j) ? (moved.get(j) as T) : items[j];
    if (j !== i) moved.set(j, moved.has(i) ? (moved.get(i) as T) : items[i]);
    moved.delete(i);
    yield picked;
  }
}

/** A multiple-choice question, or null when fewer than two valid distractors exist. */
export function makeMultipleChoice(
  fields: Omit<QuestionFields, "type" | "choices" | "answer"> & { answer: string },
  pool: readonly string[],
  seed: string,
  preferred: readonly string[] = [],
  accept?: (candidate: string) => boolean,
  fallback: readonly string[] = [],
): Question | null {
  const distractors = pickDistractors(fields.answer, pool, seed, 3, fields.prompt, preferred, accept, fallback);
  if (distractors.length < 2) return null;
  const choices = seededShuffle([fields.answer, ...distractors], `${seed}:order`);
  return makeQuestion({ ...fields, type: "multiple_choice", choices });
}

function distinctNormalised(values: readonly string[]): boolean {
  const keys = values.map(normalizeForCompare);
  return keys.every(Boolean) && new Set(keys).size === keys.length;
}

function cardIsValid(card: Flashcard): boolean {
  const front = normalizeForCompare(card.front);
  const back = normalizeForCompare(card.back);
  if (!front || !back || front === back) return false;
  return !(back.length >= 3 && containsWords(card.front, card.back));
}

function questionIsValid(q: Question): boolean {
  if (!normalizeForCompare(q.prompt) || !q.source.quote.trim()) return false;
  const answer = typeof q.answer === "string" ? q.answer : "";
  const givesAway = answer.length > 0 && normalizeForCompare(answer).length >= 2 && containsWords(q.prompt, answer);
  switch (q.type) {
    case "multiple_choice": {
      const choices = q.choices ?? [];
      return !givesAway && choices.length >= 3 && distinctNormalised(choices) && choices.includes(answer);
    }
    case "true_false":
      return typeof q.answer === "boolean";
    case "fill_in":
      return !givesAway && q.prompt.includes(BLANK) && normalizeForCompare(answer).length > 0;
    case "matching": {
      const pairs = q.pairs ?? [];
      return pairs.length >= 3 && distinctNormalised(pairs.map((p) => p.left)) && distinctNormalised(pairs.map((p) => p.right));
    }
    case "ordering": {
      const items = q.items ?? [];
      return items.length >= 2 && distinctNormalised(items);
    }
    case "numeric":
      return Number.isFinite(Number(q.answer));
    case "multiple_response": {
      const choices = q.choices ?? [];
      return choices.length >= 2 && distinctNormalised(choices) && (q.answers ?? []).length > 0 && (q.answers ?? []).every((right) => choices.includes(right));
    }
  }
}

const trueFalseGroups = new WeakMap<Question, string>();

/**
 * A true statement and, when the article allows a really false one, its false counterpart. Both go
 * into the bank for now; `balanceTrueFalse` keeps one of the two so that about half the set is false.
 */
export function trueFalsePair(group: string, truth: Question, falsehood?: Question): Question[] {
  if (!falsehood) return [truth];
  trueFalseGroups.set(truth, group);
  trueFalseGroups.set(falsehood, group);
  return [truth, falsehood];
}

/** Keeps one statement of each true/false pair, choosing false for about half of all true/false questions. */
export function balanceTrueFalse(questions: Question[]): Question[] {
  const pairs = new Map<string, Question[]>();
  let singlesFalse = 0;
  let singles = 0;
  for (const q of questions) {
    if (q.type !== "true_false") continue;
    const group = trueFalseGroups.get(q);
    if (group === undefined) {
      singles++;
      if (q.answer === false) singlesFalse++;
    } else pairs.set(group, [...(pairs.get(group) ?? []), q]);
  }
  const whole = [...pairs.entries()].filter(([, qs]) => qs.length === 2);
  for (const [, qs] of pairs) {
    if (qs.length !== 1) continue;
    singles++;
    if (qs[0].answer === false) singlesFalse++;
  }
  const total = singles + whole.length;
  const wantFalse = Math.min(whole.length, Math.max(0, Math.round(total / 2) - singlesFalse));
  const order = whole.map(([group, qs]) => ({ key: hashString(group), qs })).sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const dropped = new Set<Question>();
  order.forEach(({ qs }, index) => {
    const keepFalse = index < wantFalse;
    for (const q of qs) if ((q.answer === false) !== keepFalse) dropped.add(q);
  });
  return questions.filter((q) => !dropped.has(q));
}

/** Drops broken items and duplicates (same id, same card sides, or same prompt). */
export function applyQualityRules(items: Items): Items {
  const seenCards = new Set<string>();
  const flashcards = items.flashcards.filter((card) => {
    const key = `${normalizeForCompare(card.front)}\u0001${normalizeForCompare(card.back)}`;
    if (!cardIsValid(card) || seenCards.has(key) || seenCards.has(card.id)) return false;
    seenCards.add(key).add(card.id);
    return true;
  });
  const seenPrompts = new Set<string>();
  const questions = items.questions.filter((q) => {
    const key = normalizeForCompare(q.prompt);
    if (!questionIsValid(q) || seenPrompts.has(key) || seenPrompts.has(q.id)) return false;
    seenPrompts.add(key).add(q.id);
    return true;
  });
  return { flashcards, questions: balanceTrueFalse(questions) };
}
