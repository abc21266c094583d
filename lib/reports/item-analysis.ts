// Item analysis as Moodle's quiz statistics report does it, for one assignment or for a set across
// assignments. Pure: the data layer hands in questions and submitted attempts (one per student and
// assignment), this computes per question
//  - facility: the share of the students shown the question who got it right (no answer is wrong);
//  - discrimination: the corrected item-total point-biserial, i.e. Pearson's correlation between the
//    item's score (0/1) and the share of the *other* questions the same student got right. The item is
//    left out of the total so it does not correlate with itself; shares rather than counts because
//    students may be shown different numbers of questions;
//  - how many picked each option (the key and every distractor; for multiple response, how many
//    ticked each choice, so the shares need not add up to 1);
//  - flags for a teacher to act on.
// Figures are only given when at least MIN_STUDENTS students were shown the question.

import type { Question } from "@/lib/generator/types";

export const MIN_STUDENTS = 3;
export const TOO_EASY_ABOVE = 0.9;
export const TOO_HARD_BELOW = 0.2;

export type AnalysedQuestion = {
  itemId: string;
  prompt: string;
  type: string;
  material: string;
  choices: string[];
  /** The key as a reader would say it ("True", the right choice, "a → b"). */
  answerText: string;
  /** multiple_response: the right choices, each counted as a key. */
  keys?: string[];
  source: { section: string; quote: string };
  /** The named expert the question is about (material "expert"), when known: see expertOfQuote. */
  expert?: string | null;
};

export type AnalysedAnswer = { itemId: string; response: string; correct: boolean };
export type AnalysedAttempt = {
  /** The questions this attempt showed; an unanswered one counts as wrong. */
  presented: string[];
  answers: AnalysedAnswer[];
};

export type OptionShare = { option: string; picked: number; share: number; isKey: boolean };
export type ItemFlag = "too_easy" | "too_hard" | "negative_discrimination" | "distractor_beats_key";

export const FLAG_LABELS: Record<ItemFlag, string> = {
  too_easy: "Too easy",
  too_hard: "Too hard",
  negative_discrimination: "Negative discrimination: check the key and the wording",
  distractor_beats_key: "A wrong option was picked more often than the key",
};

export type ItemStatistics = {
  question: AnalysedQuestion;
  /** Students shown the question. */
  students: number;
  answered: number;
  correct: number;
  /** Null below MIN_STUDENTS. */
  facility: number | null;
  /** Null below MIN_STUDENTS, or when everyone scored alike on the item or on the rest. */
  discrimination: number | null;
  options: OptionShare[];
  flags: ItemFlag[];
};

export const NO_ANSWER = "(no answer)";

/** The option a stored response stands for: the choice text, True/False, or the words typed. */
export function optionOf(responseJson: string): string {
  let value: unknown;
  try {
    value = JSON.parse(responseJson);
  } catch {
    return responseJson;
  }
  if (value === null || value === undefined || value === "") return NO_ANSWER;
  if (typeof value === "boolean") return value ? "True" : "False";
  if (typeof value === "string" || typeof value === "number") return String(value).trim() || NO_ANSWER;
  if (Array.isArray(value)) {
    return value
      .map((part) => (part && typeof part === "object" && "left" in part && "right" in part ? `${String(part.left)} → ${String(part.right)}` : String(part)))
      .join(value.some((part) => part && typeof part === "object") ? "; " : " → ");
  }
  return Object.entries(value as Record<string, unknown>)
    .map(([left, right]) => `${left} → ${String(right)}`)
    .join("; ");
}

/** Pearson's r; null when either variable does not vary. */
export function correlation(xs: number[], ys: number[]): number | null {
  const n = xs.length;
  if (n < 2 || ys.length !== n) return null;
  const meanX = xs.reduce((sum, x) => sum + x, 0) / n;
  const meanY = ys.reduce((sum, y) => sum + y, 0) / n;
  let cov = 0;
  let varX = 0;
  let varY = 0;
  for (let i = 0; i < n; i++) {
    cov += (xs[i] - meanX) * (ys[i] - meanY);
    varX += (xs[i] - meanX) ** 2;
    varY += (ys[i] - meanY) ** 2;
  }
  if (varX < 1e-12 || varY < 1e-12) return null;
  return cov / Math.sqrt(varX * varY);
}

const isChoiceBased = (question: AnalysedQuestion) => ["multiple_choice", "multiple_response", "true_false"].includes(question.type);

/** What one student picked: a multiple-response answer is every choice it ticked. */
function picksOf(question: AnalysedQuestion, responseJson: string): string[] {
  if (question.type !== "multiple_response") return [optionOf(responseJson)];
  try {
    const ticked: unknown = JSON.parse(responseJson);
    if (Array.isArray(ticked) && ticked.length > 0) return ticked.map(String);
  } catch {
    // An unreadable answer counts as no answer below.
  }
  return [NO_ANSWER];
}

function optionShares(question: AnalysedQuestion, picks: string[], correct: number, students: number): OptionShare[] {
  const counts = new Map<string, number>();
  for (const pick of picks) counts.set(pick, (counts.get(pick) ?? 0) + 1);
  const share = (picked: number) => (students ? picked / students : 0);
  const choiceBased = isChoiceBased(question);
  const listed = question.type === "true_false" ? ["True", "False"] : choiceBased ? question.choices : [];
  const isKey = (option: string) => (question.type === "multiple_response" ? (question.keys ?? []).includes(option) : option === question.answerText);
  const options: OptionShare[] = choiceBased
    ? listed.map((option) => ({ option, picked: counts.get(option) ?? 0, share: share(counts.get(option) ?? 0), isKey: isKey(option) }))
    : [{ option: question.answerText, picked: correct, share: share(correct), isKey: true }];
  const others = [...counts.entries()]
    .filter(([option]) => !listed.includes(option) && option !== NO_ANSWER)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  for (const [option, picked] of others) options.push({ option, picked, share: share(picked), isKey: false });
  const noAnswer = counts.get(NO_ANSWER) ?? 0;
  if (noAnswer) options.push({ option: NO_ANSWER, picked: noAnswer, share: share(noAnswer), isKey: false });
  return options;
}

function flagsOf(stats: Omit<ItemStatistics, "flags">): ItemFlag[] {
  if (stats.facility === null) return [];
  const flags: ItemFlag[] = [];
  if (stats.facility > TOO_EASY_ABOVE) flags.push("too_easy");
  if (stats.facility < TOO_HARD_BELOW) flags.push("too_hard");
  if (stats.discrimination !== null && stats.discrimination < 0) flags.push("negative_discrimination");
  // With several keys (multiple response), against the one picked least.
  const keys = stats.options.filter((option) => option.isKey);
  const key = keys.length ? Math.min(...keys.map((option) => option.picked)) : null;
  if (key !== null && stats.options.some((option) => !option.isKey && option.option !== NO_ANSWER && option.picked > key && option.picked >= 2)) {
    flags.push("distractor_beats_key");
  }
  return flags;
}

export function analyseItems(questions: AnalysedQuestion[], attempts: AnalysedAttempt[]): ItemStatistics[] {
  const scored = attempts.map((attempt) => {
    const byItem = new Map(attempt.answers.map((answer) => [answer.itemId, answer]));
    const presented = attempt.presented.length ? attempt.presented : attempt.answers.map((answer) => answer.itemId);
    const right = presented.filter((itemId) => byItem.get(itemId)?.correct).length;
    return { byItem, presented: new Set(presented), count: presented.length, right };
  });
  return questions.map((question) => {
    const choiceBased = isChoiceBased(question);
    const shown = scored.filter((attempt) => attempt.presented.has(question.itemId));
    const itemScores: number[] = [];
    const restShares: number[] = [];
    // Choice questions: every student's pick. Other types: the wrong answers given, the right ones counted apart.
    const picks: string[] = [];
    let answered = 0;
    let correct = 0;
    for (const attempt of shown) {
      const answer = attempt.byItem.get(question.itemId);
      const score = answer?.correct ? 1 : 0;
      if (answer) answered++;
      correct += score;
      if (choiceBased || !score) picks.push(...(answer ? picksOf(question, answer.response) : [NO_ANSWER]));
      if (attempt.count > 1) {
        itemScores.push(score);
        restShares.push((attempt.right - score) / (attempt.count - 1));
      }
    }
    const enough = shown.length >= MIN_STUDENTS;
    const base = {
      question,
      students: shown.length,
      answered,
      correct,
      facility: enough ? correct / shown.length : null,
      discrimination: enough && itemScores.length >= MIN_STUDENTS ? correlation(itemScores, restShares) : null,
      options: optionShares(question, picks, correct, shown.length),
    };
    return { ...base, flags: flagsOf(base) };
  });
}

export type SourceMastery = {
  section: string;
  material: string;
  /** The named expert, for expert material: "which expert's view did they miss" is what to re-teach. */
  expert: string | null;
  /** Answers wrong (or missing) out of questions shown, over the group's questions. */
  wrong: number;
  shown: number;
  wrongShare: number;
  /** The group's questions, most missed first, with their source quotes for the passage links. */
  items: { itemId: string; prompt: string; quote: string; wrong: number; shown: number }[];
};

/**
 * The named expert an item was made from: the one whose name line (as the article wrote it) its quote
 * starts with, as the generator quotes it; null when none does. A matching over several experts
 * quotes only the first, so it names none.
 */
export function expertOfQuote(question: Pick<AnalysedQuestion, "type" | "source">, experts: readonly { name: string; raw: string }[]): string | null {
  if (question.type === "matching") return null;
  const quote = question.source.quote.trim();
  const byLongest = [...experts].sort((a, b) => b.raw.length - a.raw.length);
  return (byLongest.find((expert) => expert.raw && quote.startsWith(expert.raw.trim())) ?? byLongest.find((expert) => quote.includes(expert.name)))?.name ?? null;
}

/** Which parts of the article the class got wrong most: questions grouped by section, kind of material and named expert. */
export function masteryBySource(statistics: ItemStatistics[]): SourceMastery[] {
  const groups = new Map<string, SourceMastery>();
  for (const stats of statistics) {
    if (stats.students === 0) continue;
    const { section, quote } = stats.question.source;
    const expert = stats.question.material === "expert" ? (stats.question.expert ?? null) : null;
    const key = `${section}\u0000${stats.question.material}\u0000${expert ?? ""}`;
    const group = groups.get(key) ?? { section, material: stats.question.material, expert, wrong: 0, shown: 0, wrongShare: 0, items: [] };
    const wrong = stats.students - stats.correct;
    group.wrong += wrong;
    group.shown += stats.students;
    group.items.push({ itemId: stats.question.itemId, prompt: stats.question.prompt, quote, wrong, shown: stats.students });
    groups.set(key, group);
  }
  return [...groups.values()]
    .map((group) => ({
      ...group,
      wrongShare: group.wrong / group.shown,
      items: group.items.sort((a, b) => b.wrong / b.shown - a.wrong / a.shown),
    }))
    .sort((a, b) => b.wrongShare - a.wrongShare || b.shown - a.shown || a.section.localeCompare(b.section));
}

/** A question's key as a teacher reads it. */
export function keyText(question: Pick<Question, "answer" | "answers" | "pairs" | "items">): string {
  if (typeof question.answer === "boolean") return question.answer ? "True" : "False";
  if (question.answers) return question.answers.join("; ");
  if (typeof question.answer === "string") return question.answer;
  if (question.pairs) return question.pairs.map((pair) => `${pair.left} → ${pair.right}`).join("; ");
  if (question.items) return question.items.join(" → ");
  return "";
}
