// Grades a learner's response to a generated question. Fill-in answers are graded leniently:
// case, punctuation, accents, a leading article and a small typo are forgiven; numbers are not.

import type { MatchingPair, Question } from "./types";
import { editDistance, normalizeForCompare } from "./text";

/** multiple_choice / fill_in: text; multiple_response: the choices ticked; true_false: boolean (or "true"/"false"); matching: left → right map or pairs; ordering: items in order. */
export type Response = string | boolean | string[] | Record<string, string> | MatchingPair[];

export type GradeResult = {
  correct: boolean;
  /** Share of the question answered right (partial credit for multiple response, matching and ordering). */
  score: number;
  /** The right answer, readable, for feedback. */
  expected: string;
  /** Set when a fill-in answer was accepted despite a typo. */
  typo?: boolean;
};

/** Normalised, without a leading article, and without spaces so "D.M.Z." and "DMZ" meet. */
function answerKey(text: string): string {
  return normalizeForCompare(text).replace(/^(?:the|a|an) /, "").replace(/ /g, "");
}

function typoAllowance(key: string): number {
  if (key.length <= 4) return 0;
  return key.length <= 10 ? 1 : 2;
}

function result(correct: boolean, expected: string, score = correct ? 1 : 0): GradeResult {
  return { correct, score, expected };
}

/**
 * The figures in a text by value, in order: "$1.25" → [1.25], "1,200" → [1200], "04" → [4], "1,5" → [1.5].
 * Dots and commas between digits carry the value, so they are read before punctuation is dropped.
 */
export function figuresOf(text: string): number[] {
  return (text.match(/\d+(?:[.,]\d+)*/g) ?? []).map((figure) => {
    if (/^\d{1,3}(?:,\d{3})+$/.test(figure)) return Number(figure.replace(/,/g, ""));
    if (/^\d{1,3}(?:\.\d{3}){2,}$/.test(figure)) return Number(figure.replace(/\./g, ""));
    return Number(figure.replace(/,(?=\d+$)/, ".").replace(/,/g, ""));
  });
}

function sameFigures(a: string, b: string): boolean {
  const x = figuresOf(a);
  const y = figuresOf(b);
  return x.length === y.length && x.every((value, i) => value === y[i]);
}

/** The words around the figures, for lenient comparison once the figures agree. */
function wordsKey(text: string): string {
  return answerKey(text.replace(/\d+(?:[.,]\d+)*/g, " "));
}

function gradeFillIn(question: Question, response: string): GradeResult {
  const expected = String(question.answer ?? "");
  // An accepted spelling never changes a value: "$125" is not "$1.25".
  const spellings = [expected, ...(question.accepted ?? [])].filter((s) => sameFigures(s, expected) || !figuresOf(expected).length);
  if (!answerKey(response)) return result(false, expected);
  const candidates = spellings.filter((s) => sameFigures(s, response));
  if (!candidates.length) return result(false, expected);
  const given = wordsKey(response);
  const keys = candidates.map(wordsKey);
  if (keys.includes(given)) return result(true, expected);
  const close = keys.some((key) => key && editDistance(given, key, typoAllowance(key)) <= typoAllowance(key));
  return close ? { ...result(true, expected), typo: true } : result(false, expected);
}

/** A number as people type it: "1,5" and "1 500" too. */
function parseNumber(text: string): number | null {
  const cleaned = text.trim().replace(/(?<=\d)[\s\u00a0\u202f](?=\d{3}\b)/g, "").replace(/^(-?\d+),(\d+)$/, "$1.$2");
  if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(cleaned)) return null;
  return Number(cleaned);
}

function gradeNumeric(question: Question, response: Response): GradeResult {
  const target = Number(question.answer);
  const tolerance = question.tolerance ?? 0;
  const expected = tolerance > 0 ? `${question.answer} (± ${tolerance})` : String(question.answer ?? "");
  const given = typeof response === "string" ? parseNumber(response) : null;
  // A float's last bits must not turn 0.1 + 0.2 away from 0.3.
  const slack = 1e-9 * Math.max(1, Math.abs(target));
  return result(given !== null && Math.abs(given - target) <= tolerance + slack, expected);
}

function parseBoolean(response: Response): boolean | null {
  if (typeof response === "boolean") return response;
  if (typeof response !== "string") return null;
  const key = normalizeForCompare(response);
  if (["true", "t", "yes", "y", "vrai", "1"].includes(key)) return true;
  if (["false", "f", "no", "n", "faux", "0"].includes(key)) return false;
  return null;
}

function toPairMap(response: Response): Map<string, string> {
  const map = new Map<string, string>();
  if (Array.isArray(response)) {
    for (const pair of response) if (typeof pair === "object") map.set(normalizeForCompare(pair.left), normalizeForCompare(pair.right));
  } else if (typeof response === "object") {
    for (const [left, right] of Object.entries(response)) map.set(normalizeForCompare(left), normalizeForCompare(right));
  }
  return map;
}

function gradeMatching(question: Question, response: Response): GradeResult {
  const pairs = question.pairs ?? [];
  const given = toPairMap(response);
  const right = pairs.filter((p) => given.get(normalizeForCompare(p.left)) === normalizeForCompare(p.right)).length;
  const expected = pairs.map((p) => `${p.left} → ${p.right}`).join("; ");
  return result(pairs.length > 0 && right === pairs.length, expected, pairs.length ? right / pairs.length : 0);
}

/**
 * Multiple response with partial credit: each right choice ticked earns 1/k (k right choices), each
 * wrong choice ticked costs 1/w (w wrong choices), and the total never drops below 0. So ticking
 * every box scores 0, ticking only the right ones 1. These are the weights the GIFT and Moodle XML
 * exports write (+100/k %, −100/w %), so Moodle grades an exported question the same way. Only the
 * exact set of right choices is correct.
 */
export function gradeMultipleResponse(question: Question, response: Response): GradeResult {
  const choices = question.choices ?? [];
  const right = new Set((question.answers ?? []).map(normalizeForCompare));
  const ticked = new Set(Array.isArray(response) ? response.filter((r) => typeof r === "string").map(normalizeForCompare) : []);
  const wrongCount = choices.filter((choice) => !right.has(normalizeForCompare(choice))).length;
  let score = 0;
  for (const choice of ticked) {
    if (right.has(choice)) score += 1 / right.size;
    else if (wrongCount > 0) score -= 1 / wrongCount;
  }
  const correct = right.size > 0 && ticked.size === right.size && [...ticked].every((choice) => right.has(choice));
  // Float sums of thirds must still reach exactly 1 when every right choice is ticked.
  const rounded = correct ? 1 : Math.min(1, Math.max(0, Math.round(score * 1e9) / 1e9));
  return result(correct, (question.answers ?? []).join("; "), rounded);
}

function gradeOrdering(question: Question, response: Response): GradeResult {
  const items = question.items ?? [];
  const given = Array.isArray(response) ? response.map((r) => (typeof r === "string" ? normalizeForCompare(r) : "")) : [];
  const inPlace = items.filter((item, i) => given[i] === normalizeForCompare(item)).length;
  return result(items.length > 0 && inPlace === items.length, items.join(" → "), items.length ? inPlace / items.length : 0);
}

export function gradeAnswer(question: Question, response: Response): GradeResult {
  switch (question.type) {
    case "multiple_choice": {
      const expected = String(question.answer ?? "");
      return result(typeof response === "string" && normalizeForCompare(response) === normalizeForCompare(expected), expected);
    }
    case "multiple_response":
      return gradeMultipleResponse(question, response);
    case "true_false": {
      const expected = question.answer === true;
      return result(parseBoolean(response) === expected, expected ? "True" : "False");
    }
    case "fill_in":
      return typeof response === "string" ? gradeFillIn(question, response) : result(false, String(question.answer ?? ""));
    case "matching":
      return gradeMatching(question, response);
    case "ordering":
      return gradeOrdering(question, response);
    case "numeric":
      return gradeNumeric(question, response);
  }
}
