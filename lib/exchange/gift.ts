import type { Question, StudySetContent } from "../generator/types";
import { stableId } from "./hash";
import { failure, IMPORTED_SECTION, noItemsFailure, questionsToStudySet } from "./imported-items";
import { ROWS_PER_STEP, runSteps, type Steps } from "./steps";
import { slugify } from "./text";
import type { ExportFile, ImportIssue, ImportResult } from "./types";

// Ordering uses the syntax of qtype_ordering (standard since Moodle 4.4): `{>N ALL VERTICAL
// ABSOLUTE_POSITION SHOW 123` then one item per line. Older files that wrote an ordering as a
// matching from the positions "1", "2", … are still read back as ordering.

/** GIFT has escapes for its markup and for line breaks; readers collapse tabs, so those become spaces. */
export function escapeGift(text: string): string {
  return text
    .replace(/\t/g, " ")
    .replace(/\\/g, "\\\\")
    .replace(/[~=#{}:]/g, (char) => `\\${char}`)
    .replace(/\r?\n/g, "\\n");
}

/** An answer that starts like a `%50%` credit would lose its start to the credit: an explicit credit comes first. */
function giftAnswer(marker: "=" | "~", text: string): string {
  const escaped = escapeGift(text);
  return /^\s*%/.test(escaped) ? `${marker}%${marker === "=" ? 100 : 0}%${escaped}` : `${marker}${escaped}`;
}

/**
 * Moodle's weights for a multiple-response question graded as the app grades it (lib/generator/grade.ts):
 * +100/k % for each of the k right choices, −100/w % for each of the w wrong ones. Five decimals is how
 * Moodle writes its own thirds and sevenths (33.33333), which its importers match to its grade list.
 */
export function multipleResponseWeights(question: Question): number[] {
  const choices = question.choices ?? [];
  const right = new Set(question.answers ?? []);
  const rightCount = choices.filter((choice) => right.has(choice)).length;
  const wrongCount = choices.length - rightCount;
  return choices.map((choice) => Number((right.has(choice) ? 100 / rightCount : -100 / wrongCount).toFixed(5)));
}

/** Moodle short answers read `*` as a wildcard; the XML exporter writes `\*`, and so does this one. */
function shortAnswer(text: string): string {
  return giftAnswer("=", text).replace(/\*/g, "\\*");
}

/** Moodle splits a pair at its first `->`, so a left side cannot hold one: it gets an arrow character. */
function matchingLeft(text: string): string {
  return escapeGift(text.replace(/->/g, "→"));
}

/** A few words of the prompt, unique in the file, as Moodle's question name. */
export function questionNames(questions: Question[]): string[] {
  const used = new Map<string, number>();
  return questions.map((question) => {
    const words = question.prompt.replace(/_{3,}/g, "…").replace(/\s+/g, " ").trim().split(" ");
    let name = "";
    for (const word of words) {
      if (name && (name + " " + word).length > 48) {
        name += "…";
        break;
      }
      name = name ? `${name} ${word}` : word;
    }
    name ||= question.type;
    const seen = (used.get(name) ?? 0) + 1;
    used.set(name, seen);
    return seen > 1 ? `${name} (${seen})` : name;
  });
}

function giftQuestion(question: Question, name: string): string {
  const head = `::${escapeGift(name)}:: ${escapeGift(question.prompt)} {`;
  const feedback = question.explanation ? [`\t####${escapeGift(question.explanation)}`] : [];
  const block = (lines: string[]) => [head, ...lines.map((line) => `\t${line}`), ...feedback, "}"].join("\n");
  switch (question.type) {
    case "multiple_choice": {
      const choices = question.choices ?? [];
      return block(choices.map((choice) => giftAnswer(choice === question.answer ? "=" : "~", choice)));
    }
    case "multiple_response": {
      // No `=` at all is what makes Moodle read several answers as right (qformat_gift's `single = 0`).
      const weights = multipleResponseWeights(question);
      return block((question.choices ?? []).map((choice, i) => `~%${weights[i]}%${escapeGift(choice)}`));
    }
    case "true_false": {
      const general = question.explanation ? `####${escapeGift(question.explanation)}` : "";
      return `${head}${question.answer === true ? "TRUE" : "FALSE"}${general}}`;
    }
    case "matching":
      return block([
        ...(question.pairs ?? []).map((pair) => `=${matchingLeft(pair.left)} -> ${escapeGift(pair.right)}`),
        ...(question.distractors ?? []).map((right) => `= -> ${escapeGift(right)}`),
      ]);
    case "numeric":
      return block([`#${question.answer}${question.tolerance ? `:${question.tolerance}` : ""}`]);
    case "fill_in": {
      const answers = [question.answer, ...(question.accepted ?? [])].filter((value) => typeof value === "string");
      return block(answers.map(shortAnswer));
    }
    case "ordering": {
      // Items sit one per line, and the general feedback has no place in this syntax.
      const items = question.items ?? [];
      return [`${head}>${items.length} ALL VERTICAL ABSOLUTE_POSITION SHOW 123`, ...items.map((item) => escapeGift(item)), "}"].join("\n");
    }
  }
}

export function exportGift(content: StudySetContent): ExportFile {
  const category = `$CATEGORY: $course$/top/${content.title.replace(/\//g, "-").replace(/\s+/g, " ").trim()}`;
  const names = questionNames(content.questions);
  const questions = content.questions.map((question, i) => giftQuestion(question, names[i]));
  return {
    bytes: [category, ...questions].join("\n\n") + "\n",
    filename: `${slugify(content.title)}.gift.txt`,
    mimeType: "text/plain; charset=utf-8",
  };
}

// ---- Import ----

class GiftError extends Error {}

function unescapeGift(text: string): string {
  if (!text.includes("\\")) return text;
  return text.replace(/\\(.)/gs, (_, char: string) => (char === "n" ? "\n" : char));
}

/** Index of `token` in `text` from `from`, skipping backslash escapes; -1 if absent. */
function findUnescaped(text: string, token: string, from = 0): number {
  // indexOf jumps between candidates and backslashes; a char-by-char scan was the import's hot spot.
  let i = from;
  let at = text.indexOf(token, i);
  while (at >= 0) {
    const slash = text.indexOf("\\", i);
    if (slash < 0 || slash >= at) return at;
    i = slash + 2;
    if (at < i) at = text.indexOf(token, i);
  }
  return -1;
}

function splitUnescaped(text: string, token: string): string[] {
  const parts: string[] = [];
  let start = 0;
  for (let at = findUnescaped(text, token); at >= 0; at = findUnescaped(text, token, start)) {
    parts.push(text.slice(start, at));
    start = at + token.length;
  }
  parts.push(text.slice(start));
  return parts;
}

function stripFormat(text: string): string {
  const match = /^\s*\[(html|moodle|markdown|plain)\]/.exec(text);
  if (!match) return text;
  const rest = text.slice(match[0].length);
  return match[1] === "html" ? rest.replace(/<br\s*\/?>/gi, "\n").replace(/<[^>]*>/g, "") : rest;
}

function clean(raw: string): string {
  return unescapeGift(stripFormat(raw).trim()).trim();
}

type Answer = { correct: boolean; weight: number | null; text: string; feedback: string };

/** Splits an answer block into `=` / `~` answers, each with optional `%weight%` and `#feedback`. */
function readAnswers(body: string): Answer[] {
  const starts: number[] = [];
  for (let i = 0; i < body.length; i++) {
    if (body[i] === "\\") i++;
    else if (body[i] === "=" || body[i] === "~") starts.push(i);
  }
  if (starts.length === 0 || body.slice(0, starts[0]).trim()) throw new GiftError("answers must start with = or ~");
  return starts.map((start, n) => {
    let raw = body.slice(start + 1, starts[n + 1] ?? body.length);
    let weight: number | null = null;
    const weightMatch = /^\s*%(-?[\d.]+)%/.exec(raw);
    if (weightMatch) {
      weight = Number(weightMatch[1]);
      raw = raw.slice(weightMatch[0].length);
    }
    const [text, ...feedback] = splitUnescaped(raw, "#");
    const correct = body[start] === "=" ? (weight ?? 100) >= 100 : weight === 100;
    return { correct, weight, text, feedback: clean(feedback.join("#")) };
  });
}

type Parsed = Omit<Question, "id" | "material" | "difficulty" | "source">;

function parseAnswerBlock(prompt: string, block: string): Parsed {
  const [body, ...general] = splitUnescaped(block, "####");
  const generalFeedback = clean(general.join("####"));
  const trimmed = body.trim();
  if (!trimmed) throw new GiftError("an essay question: the app cannot grade free text");
  if (trimmed.startsWith("#")) return parseNumeric(prompt, trimmed.slice(1), generalFeedback);
  if (trimmed.startsWith(">")) return parseOrdering(prompt, trimmed.slice(1), generalFeedback);

  const trueFalse = /^(T|TRUE|F|FALSE)\b/i.exec(trimmed);
  if (trueFalse && /^(T|TRUE|F|FALSE)\s*(#|$)/i.test(trimmed)) {
    const answer = trueFalse[1].toUpperCase().startsWith("T");
    const [, wrongFeedback = "", rightFeedback = ""] = splitUnescaped(trimmed, "#");
    const explanation = generalFeedback || clean(rightFeedback) || clean(wrongFeedback);
    return { type: "true_false", prompt, answer, explanation };
  }

  const answers = readAnswers(body);
  const correct = answers.filter((answer) => answer.correct);
  // The right answer's feedback, then what each wrong choice would have said: the quiz shows one explanation.
  const explanationFrom = (answer: Answer | undefined) => {
    const others = answers.filter((other) => other !== answer && other.feedback).map((other) => `${clean(other.text)}: ${other.feedback}`);
    return [generalFeedback || answer?.feedback || "", ...others].filter(Boolean).join("\n");
  };

  if (answers.every((answer) => findUnescaped(answer.text, "->") >= 0)) {
    const sides = answers.map((answer) => {
      const at = findUnescaped(answer.text, "->");
      return { left: clean(answer.text.slice(0, at)), right: clean(answer.text.slice(at + 2)) };
    });
    // Moodle's distractors: a right side with no left side.
    const pairs = sides.filter((pair) => pair.left);
    const distractors = sides.filter((pair) => !pair.left).map((pair) => pair.right);
    if (pairs.length < 2) throw new GiftError("a matching question needs at least two pairs");
    if (sides.some((pair) => !pair.right)) throw new GiftError("a matching pair is missing its right side");
    const explanation = generalFeedback;
    if (distractors.length === 0 && pairs.every((pair, i) => pair.left === String(i + 1))) {
      return { type: "ordering", prompt, items: pairs.map((pair) => pair.right), explanation };
    }
    return { type: "matching", prompt, pairs, ...(distractors.length ? { distractors } : {}), explanation };
  }
  if (answers.some((answer) => findUnescaped(answer.text, "->") >= 0)) {
    throw new GiftError("mixes matching pairs (->) with other answers");
  }

  const texts = answers.map((answer) => clean(answer.text));
  if (texts.some((text) => !text)) throw new GiftError("an answer is empty");
  if (findUnescaped(body, "~") >= 0) {
    // As qformat_gift reads it: with no `=` answer, every answer of positive weight is one of several right ones.
    if (findUnescaped(body, "=") < 0 && answers.some((answer) => (answer.weight ?? 0) > 0)) {
      const right = answers.filter((answer) => (answer.weight ?? 0) > 0);
      return { type: "multiple_response", prompt, choices: texts, answers: right.map((answer) => clean(answer.text)), explanation: explanationFrom(undefined) };
    }
    if (correct.length !== 1) throw new GiftError("a multiple-choice question needs exactly one right answer");
    const answer = clean(correct[0].text);
    return { type: "multiple_choice", prompt, choices: texts, answer, explanation: explanationFrom(correct[0]) };
  }
  if (correct.length === 0) throw new GiftError("a short-answer question needs a right answer");
  const [answer, ...accepted] = correct.map((item) => clean(item.text));
  return {
    type: "fill_in",
    prompt,
    answer,
    ...(accepted.length > 0 ? { accepted } : {}),
    explanation: explanationFrom(correct[0]),
  };
}

const NUMBER = String.raw`[-+]?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?`;

/** One numerical answer: `value`, `value:tolerance` or `min..max`, as the number and how far from it is right. */
function numericAnswer(text: string): { answer: number; tolerance: number } | null {
  const spec = text.trim();
  let match = new RegExp(`^(${NUMBER})\\s*\\.\\.\\s*(${NUMBER})$`, "i").exec(spec);
  if (match) {
    const [low, high] = [Number(match[1]), Number(match[2])].sort((a, b) => a - b);
    return { answer: (low + high) / 2, tolerance: (high - low) / 2 };
  }
  match = new RegExp(`^(${NUMBER})\\s*(?::\\s*(${NUMBER}))?$`, "i").exec(spec);
  return match ? { answer: Number(match[1]), tolerance: Math.abs(Number(match[2] ?? 0)) } : null;
}

/** `{#3:2}`, `{#1..5}` or `{# =1822:0 #right =%50%1822:2 #close}`: the full-credit answer is kept. */
function parseNumeric(prompt: string, body: string, generalFeedback: string): Parsed {
  const trimmed = body.trim();
  const single = !/^[=~]/.test(trimmed);
  const answers = single ? [{ correct: true, weight: null, ...splitFeedback(trimmed) }] : readAnswers(trimmed);
  const full = answers.find((answer) => answer.correct);
  if (!full) throw new GiftError("a numerical question needs a full-credit answer");
  const number = numericAnswer(unescapeGift(full.text));
  if (!number) throw new GiftError(`"${clean(full.text)}" is not a number, a number:tolerance or a min..max range`);
  const explanation = [generalFeedback || full.feedback, ...answers.filter((answer) => answer !== full && answer.feedback).map((answer) => answer.feedback)]
    .filter(Boolean)
    .join("\n");
  return { type: "numeric", prompt, answer: String(number.answer), ...(number.tolerance ? { tolerance: number.tolerance } : {}), explanation };
}

function splitFeedback(raw: string): { text: string; feedback: string } {
  const [text, ...feedback] = splitUnescaped(raw, "#");
  return { text, feedback: clean(feedback.join("#")) };
}

/** qtype_ordering's `{>N ALL VERTICAL ABSOLUTE_POSITION SHOW 123` options, then one item per line. */
function parseOrdering(prompt: string, body: string, generalFeedback: string): Parsed {
  const [, ...lines] = body.split("\n");
  const items = lines.map(clean).filter(Boolean);
  if (items.length < 2) throw new GiftError("an ordering question needs at least two items, one per line");
  return { type: "ordering", prompt, items, explanation: generalFeedback };
}

function parseQuestion(text: string): Parsed {
  let rest = text;
  if (rest.startsWith("::")) {
    const end = findUnescaped(rest, "::", 2);
    if (end < 0) throw new GiftError("the title is not closed with ::");
    rest = rest.slice(end + 2);
  }
  const open = findUnescaped(rest, "{");
  if (open < 0) throw new GiftError("a description with no answer block { … }, not a question");
  const close = findUnescaped(rest, "}", open + 1);
  if (close < 0) throw new GiftError("the answer block is not closed with }");
  const before = rest.slice(0, open);
  const after = rest.slice(close + 1);
  if (findUnescaped(after, "{") >= 0) throw new GiftError("more than one answer block in a question");
  const prompt = after.trim() ? `${clean(before)} _____ ${clean(after)}`.replace(/\s+([.,;:!?])/g, "$1") : clean(before);
  if (!prompt) throw new GiftError("the question text is empty");
  return parseAnswerBlock(prompt, rest.slice(open + 1, close));
}

function toQuestion(parsed: Parsed, quote: string): Question {
  // Multiple-response answers join the key only where present, so other questions keep the ids they had.
  const key = JSON.stringify([parsed.answer, parsed.choices, parsed.pairs, parsed.items, parsed.accepted, parsed.tolerance, parsed.distractors, ...(parsed.answers ? [parsed.answers] : [])]);
  return {
    id: stableId("q", parsed.type, parsed.prompt, key),
    material: parsed.type === "ordering" ? "timeline" : "key_fact",
    difficulty: "medium",
    source: { section: IMPORTED_SECTION, quote },
    ...parsed,
  };
}

type Block = { line: number; text: string };

/** Questions are separated by blank lines; `//` comments are dropped and `$CATEGORY:` lines collected. */
function readBlocks(text: string): { blocks: Block[]; categories: string[] } {
  const blocks: Block[] = [];
  const categories: string[] = [];
  let current: Block | null = null;
  text.split("\n").forEach((line, index) => {
    const trimmed = line.trim();
    if (!trimmed) {
      if (current) blocks.push(current);
      current = null;
    } else if (trimmed.startsWith("$CATEGORY:")) {
      categories.push(trimmed.slice("$CATEGORY:".length).trim());
    } else if (!trimmed.startsWith("//")) {
      if (current) current.text += `\n${line}`;
      else current = { line: index + 1, text: line };
    }
  });
  if (current) blocks.push(current);
  return { blocks, categories };
}

export type GiftPreview = {
  questions: { line: number; question: Question }[];
  issues: ImportIssue[];
  /** Last part of the first `$CATEGORY:` path, a natural title for the imported set. */
  category?: string;
};

export function* giftSteps(text: string): Steps<GiftPreview> {
  const normalized = text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  const questions: GiftPreview["questions"] = [];
  const issues: ImportIssue[] = [];
  const { blocks, categories } = readBlocks(normalized);
  for (const [index, block] of blocks.entries()) {
    if (index % ROWS_PER_STEP === ROWS_PER_STEP - 1) yield;
    try {
      const quote = block.text.trim();
      questions.push({ line: block.line, question: toQuestion(parseQuestion(quote), quote) });
    } catch (error) {
      if (!(error instanceof GiftError)) throw error;
      issues.push({ line: block.line, message: error.message, item: excerpt(block.text) });
    }
  }
  const category = categories[0]?.split("/").pop()?.trim();
  return { questions, issues, ...(category && category !== "$course$" && category !== "top" ? { category } : {}) };
}

function excerpt(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > 80 ? `${flat.slice(0, 79)}…` : flat;
}

export function parseGift(text: string): GiftPreview {
  return runSteps(giftSteps(text));
}

export function importGift(text: string, options: { title?: string } = {}): ImportResult<StudySetContent> {
  const { questions, issues, category } = parseGift(text);
  if (questions.length === 0) return issues.length > 0 ? failure(issues) : noItemsFailure("questions");
  const title = options.title ?? category;
  return { ok: true, value: questionsToStudySet(questions.map((entry) => entry.question), title) };
}
