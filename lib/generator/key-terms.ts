// Picks the term worth blanking out of a key-fact sentence, and lists terms of each kind so
// distractors can be drawn from the same kind (names for names, dates for dates...).

import { findDates } from "./dates";
import { countOccurrences, normalizeForCompare, trimTerminalPunctuation } from "./text";

export type TermKind = "quote" | "date" | "number" | "name" | "word";
export type KeyTerm = { text: string; kind: TermKind };

const STOPWORDS = new Set(
  (
    "about above after again against among because been before being below between both could does doing during each " +
    "either every from further have having here into itself just more most much must neither other others ought over " +
    "same should some such than that their theirs them themselves then there these they this those through under until " +
    "very were what when where which while whom whose with within without would your also only still even already"
  ).split(" "),
);
const CALENDAR_WORDS =
  /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;
const CONNECTORS = new Set(["of", "the", "for", "de", "du", "von", "van", "la", "le", "del"]);
/**
 * A figure with its currency and unit, as one token: "$1.25", "40 percent", "400-metre", "15th century".
 * Never digits inside a name or a word ("D-41", "COVID-19", "Ramazzottius2"): the lookbehind keeps them whole.
 */
const NUMBER =
  /(?<![\p{L}\p{N}][-–]?|[\p{N}.,])(?:[$€£¥]\s?)?(?:\d{1,3}(?:[,.\u00A0\u202F ]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?)(?!\d)/gu;
const NUMBER_SUFFIX =
  /^(?:(?:st|nd|rd|th|er|e|º|ª)\s+(?:century|centuries|siglo|siècle|jahrhundert)|-[\p{L}]+|\s?(?:%|percent|per cent|por ciento|pour cent|prozent|million|billion|trillion|thousand|millones|millón|millions|milliards|mil|millionen|milliarden|km|kilometres|kilometers|kilómetros|kilomètres|miles|tons|tonnes|toneladas|degrees|grados|degrés|grad|metres|meters|metros|mètres|millimetres|millimeters|kg|kilograms|grams|litres|liters|euros|dollars|volts|mAh|watt-hours|cycles|years|days|minutes|hours|atmospheres|acre-feet|kWh)(?![\p{L}]))/iu;

function quotedPhrases(text: string): KeyTerm[] {
  const found: KeyTerm[] = [];
  for (const match of text.matchAll(/[“"]([^”"\n]{2,80})[”"]/gu)) {
    const inner = trimTerminalPunctuation(match[1]);
    if (inner && inner.split(/\s+/).length <= 8) found.push({ text: inner, kind: "quote" });
  }
  return found;
}

function numbers(text: string): KeyTerm[] {
  const dateSpans = findDates(text).map((d) => [d.index, d.index + d.text.length]);
  const found: KeyTerm[] = [];
  for (const match of text.matchAll(NUMBER)) {
    const at = match.index ?? 0;
    if (dateSpans.some(([start, end]) => at >= start && at < end)) continue;
    const figure = match[0].replace(/[,.\s]+$/, "");
    // A figure glued to letters ("4,000mAh", "3D") or a word part ("2-year-old" aside) is not blanked on its own.
    const after = text.slice(at + figure.length);
    if (/^[\p{L}]/u.test(after) && !/^(?:st|nd|rd|th|er|e)\s/u.test(after)) continue;
    const suffix = after.match(NUMBER_SUFFIX)?.[0] ?? "";
    if (suffix.startsWith("-") && /^-[\p{L}]+-/u.test(after)) continue;
    const value = `${figure}${suffix}`.trim();
    if (/^(?:st|nd|rd|th|er|e)\s/u.test(after) && !suffix) continue;
    if (/\d/.test(value)) found.push({ text: value, kind: "number" });
  }
  return found;
}

const SENTENCE_OPENERS = new Set(
  (
    "a an the for in on at by with as from to after before upon while despite however still but and or so this these " +
    "that those it its his her their our we they he she there here when where why how what who although though since"
  ).split(" "),
);

/** A token without surrounding punctuation and possessive; abbreviations like "U.S." keep their dots. */
function cleanToken(token: string): string {
  const lead = token.replace(/^[("“‘'[]+/u, "");
  const abbreviation = lead.match(/^(?:\p{Lu}\.){2,}(?=[)"”’'\],;:!?]*$)/u)?.[0];
  if (abbreviation) return abbreviation;
  return lead.replace(/[)"”’'\],.;:!?]+$/u, "").replace(/[’']s$/u, "");
}

/** Runs of capitalised words ("Demilitarized Zone", "U.S.–South Korea"), skipping a lone sentence-initial word. */
export function properNames(text: string): KeyTerm[] {
  const tokens = text.split(/\s+/).filter(Boolean);
  const found: KeyTerm[] = [];
  let run: string[] = [];
  let runOpensSentence = false;
  const endRun = () => {
    while (run.length && CONNECTORS.has(run[run.length - 1].toLowerCase())) run.pop();
    if (runOpensSentence && run.length > 1 && CONNECTORS.has(run[1].toLowerCase())) run.splice(0, 2);
    const isLoneOpener = runOpensSentence && run.length === 1;
    const isCalendar = run.length > 0 && run.every((t) => CALENDAR_WORDS.test(t));
    if (run.length && !isLoneOpener && !isCalendar) found.push({ text: run.join(" "), kind: "name" });
    run = [];
  };
  tokens.forEach((raw, index) => {
    const token = cleanToken(raw);
    const opensSentence = index === 0 || /[.:!?]["”’)]*$/u.test(tokens[index - 1]);
    const opener = opensSentence && SENTENCE_OPENERS.has(token.toLowerCase());
    const capitalised = /^\p{Lu}/u.test(token) && token.length > 1 && !opener;
    const connector = run.length > 0 && CONNECTORS.has(token.toLowerCase()) && token === raw;
    if (/^[("“‘'[]/u.test(raw)) endRun();
    if (capitalised || connector) {
      if (!run.length) runOpensSentence = opensSentence;
      run.push(token);
      if (token !== raw.replace(/^[("“‘'[]+/u, "")) endRun();
    } else endRun();
  });
  endRun();
  return found;
}

function longWords(text: string): KeyTerm[] {
  const tokens = text.split(/\s+/).map(cleanToken);
  return tokens
    .slice(1)
    .filter((t) => /^\p{Ll}[\p{Ll}-]{4,}$/u.test(t) && !STOPWORDS.has(t))
    .sort((a, b) => b.length - a.length)
    .map((t) => ({ text: t, kind: "word" as const }));
}

/** A "Label: explanation" prefix, whose names make the best blank ("For Japan: ..."). */
function labelNames(text: string): KeyTerm[] {
  const label = text.match(/^([^:]{2,40}):\s+\S/u)?.[1];
  if (!label || label.split(/\s+/).length > 6) return [];
  return properNames(label);
}

const candidateCache = new Map<string, readonly KeyTerm[]>();
const CANDIDATE_CACHE_LIMIT = 20_000;

/** Every candidate term, most telling first. Memoised: pools and key facts ask for the same sentences. */
export function termCandidates(text: string): readonly KeyTerm[] {
  let candidates = candidateCache.get(text);
  if (!candidates) {
    if (candidateCache.size >= CANDIDATE_CACHE_LIMIT) candidateCache.clear();
    candidates = findTermCandidates(text);
    candidateCache.set(text, candidates);
  }
  return candidates;
}

function findTermCandidates(text: string): KeyTerm[] {
  const names = properNames(text).sort((a, b) => b.text.length - a.text.length);
  const dates = findDates(text).map((d): KeyTerm => ({ text: d.text, kind: "date" }));
  return [...labelNames(text), ...quotedPhrases(text), ...dates, ...numbers(text), ...names, ...longWords(text)];
}

/** The first candidate that appears exactly once and leaves enough of the sentence to be a clue. */
export function pickKeyTerm(text: string, skipKinds: readonly TermKind[] = []): KeyTerm | null {
  const textKey = normalizeForCompare(text);
  for (const term of termCandidates(text)) {
    if (skipKinds.includes(term.kind)) continue;
    const key = normalizeForCompare(term.text);
    if (!key || key.length > textKey.length * 0.6) continue;
    if (countOccurrences(text, term.text) !== 1) continue;
    return term;
  }
  return null;
}

/** Blanks the (single) occurrence of `term` in `text`. */
export function blankOut(text: string, term: string, blank: string): string {
  const at = text.toLowerCase().indexOf(term.toLowerCase());
  return at < 0 ? text : `${text.slice(0, at)}${blank}${text.slice(at + term.length)}`;
}

/** Other spellings a learner may type for a term. */
export function acceptedVariants(term: string, sentence: string): string[] {
  const variants = new Set<string>();
  const withoutArticle = term.replace(/^(?:the|a|an)\s+/i, "");
  variants.add(withoutArticle);
  // "U.S." → "US", but a decimal point stays: "$1.25" must never become "$125".
  variants.add(term.replace(/(?<!\d)\.|\.(?!\d)|[’']/g, ""));
  const acronym = sentence.match(new RegExp(`${term.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\s*\\(([A-Z][A-Z.]{1,9})\\)`))?.[1];
  if (acronym) variants.add(acronym);
  if (/^(?:early|mid-?|late)\s+\d{4}$/i.test(term)) variants.add(term.replace(/^\S+\s+/, ""));
  variants.delete(term);
  return [...variants].filter((v) => normalizeForCompare(v) && v !== term);
}

/** The unit around a figure ("$", "percent", "" for a bare number), so distractors share it. */
export function unitOf(figure: string): string {
  return figure.replace(/[\d.,\s]/g, "").toLowerCase();
}

/** Wrong figures of the same shape: halved, one and a half times, doubled... */
export function nearbyNumbers(figure: string): string[] {
  const match = figure.match(/\d[\d,]*(?:\.\d+)?/);
  if (!match) return [];
  const value = Number(match[0].replace(/,/g, ""));
  if (!Number.isFinite(value) || value === 0) return [];
  const decimals = match[0].includes(".") ? (match[0].split(".")[1]?.length ?? 0) : 0;
  return [0.5, 1.5, 2, 3]
    .map((factor) => value * factor)
    .filter((v) => decimals > 0 || Number.isInteger(v))
    .map((v) => figure.replace(match[0], numberFormat(decimals, match[0].includes(",")).format(v)));
}

const numberFormats = new Map<string, Intl.NumberFormat>();

/** `toLocaleString` builds a formatter on every call, the slowest step of a long article: keep one per shape. */
function numberFormat(decimals: number, grouping: boolean): Intl.NumberFormat {
  const key = `${decimals}:${grouping}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat("en-US", { minimumFractionDigits: decimals, maximumFractionDigits: decimals, useGrouping: grouping });
    numberFormats.set(key, format);
  }
  return format;
}
