import type { Question, StudySetContent } from "../generator/types";
import { stableId } from "./hash";
import { failure, IMPORTED_SECTION, noItemsFailure, questionsToStudySet } from "./imported-items";
import { ROWS_PER_STEP, runSteps, type Steps } from "./steps";
import { slugify } from "./text";
import type { ExportFile, ImportIssue, ImportResult } from "./types";

// GIFT has no ordering type: an ordering question becomes a matching question from the
// positions "1", "2", … to the items, which Moodle grades the same way. The importer maps
// such a matching question back to ordering.

/** GIFT has escapes for its markup and for line breaks; readers collapse tabs, so those become spaces. */
export function escapeGift(text: string): string {
  return text
    .replace(/\t/g, " ")
    .replace(/\\/g, "\\\\")
    .replace(/[~=#{}:]/g, (char) => `\\${char}`)
    .replace(/\r?\n/g, "\\n");
}

function giftQuestion(question: Question): string {
  const head = `::${escapeGift(question.id)}:: ${escapeGift(question.prompt)} {`;
  const feedback = question.explanation ? [`\t####${escapeGift(question.explanation)}`] : [];
  const block = (lines: string[]) => [head, ...lines.map((line) => `\t${line}`), ...feedback, "}"].join("\n");
  switch (question.type) {
    case "multiple_choice": {
      const choices = question.choices ?? [];
      return block(choices.map((choice) => `${choice === question.answer ? "=" : "~"}${escapeGift(choice)}`));
    }
    case "true_false": {
      const general = question.explanation ? `####${escapeGift(question.explanation)}` : "";
      return `${head}${question.answer === true ? "TRUE" : "FALSE"}${general}}`;
    }
    case "matching":
      return block((question.pairs ?? []).map((pair) => `=${escapeGift(pair.left)} -> ${escapeGift(pair.right)}`));
    case "fill_in": {
      const answers = [question.answer, ...(question.accepted ?? [])].filter((value) => typeof value === "string");
      return block(answers.map((answer) => `=${escapeGift(answer)}`));
    }
    case "ordering":
      return block((question.items ?? []).map((item, i) => `=${i + 1} -> ${escapeGift(item)}`));
  }
}

export function exportGift(content: StudySetContent): ExportFile {
  const category = `$CATEGORY: $course$/top/${content.title.replace(/\//g, "-").replace(/\s+/g, " ").trim()}`;
  const questions = content.questions.map(giftQuestion);
  return {
    bytes: [category, ...questions].join("\n\n") + "\n",
    filename: `${slugify(content.title)}.gift.txt`,
    mimeType: "text/plain; charset=utf-8",
  };
}

// ---- Import ----

class GiftError extends Error {}

function unescapeGift(text: string): string {
  return text.replace(/\\(.)/gs, (_, char: string) => (char === "n" ? "\n" : char));
}

/** Index of `token` in `text` from `from`, skipping backslash escapes; -1 if absent. */
function findUnescaped(text: string, token: string, from = 0): number {
  for (let i = from; i < text.length; i++) {
    if (text[i] === "\\") i++;
    else if (text.startsWith(token, i)) return i;
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

type Answer = { correct: boolean; text: string; feedback: string };

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
    return { correct, text, feedback: clean(feedback.join("#")) };
  });
}

type Parsed = Omit<Question, "id" | "material" | "difficulty" | "source">;

function parseAnswerBlock(prompt: string, block: string): Parsed {
  const [body, ...general] = splitUnescaped(block, "####");
  const generalFeedback = clean(general.join("####"));
  const trimmed = body.trim();
  if (!trimmed) throw new GiftError("essay questions are not supported");
  if (trimmed.startsWith("#")) throw new GiftError("numerical questions are not supported");

  const trueFalse = /^(T|TRUE|F|FALSE)\b/i.exec(trimmed);
  if (trueFalse && /^(T|TRUE|F|FALSE)\s*(#|$)/i.test(trimmed)) {
    const answer = trueFalse[1].toUpperCase().startsWith("T");
    const [, wrongFeedback = "", rightFeedback = ""] = splitUnescaped(trimmed, "#");
    const explanation = generalFeedback || clean(rightFeedback) || clean(wrongFeedback);
    return { type: "true_false", prompt, answer, explanation };
  }

  const answers = readAnswers(body);
  const correct = answers.filter((answer) => answer.correct);
  const explanationFrom = (answer: Answer | undefined) => generalFeedback || answer?.feedback || "";

  if (answers.every((answer) => findUnescaped(answer.text, "->") >= 0)) {
    if (answers.length < 2) throw new GiftError("a matching question needs at least two pairs");
    const pairs = answers.map((answer) => {
      const at = findUnescaped(answer.text, "->");
      return { left: clean(answer.text.slice(0, at)), right: clean(answer.text.slice(at + 2)) };
    });
    if (pairs.some((pair) => !pair.left || !pair.right)) throw new GiftError("a matching pair is missing a side");
    const explanation = explanationFrom(undefined);
    if (pairs.every((pair, i) => pair.left === String(i + 1))) {
      return { type: "ordering", prompt, items: pairs.map((pair) => pair.right), explanation };
    }
    return { type: "matching", prompt, pairs, explanation };
  }
  if (answers.some((answer) => findUnescaped(answer.text, "->") >= 0)) {
    throw new GiftError("mixes matching pairs (->) with other answers");
  }

  const texts = answers.map((answer) => clean(answer.text));
  if (texts.some((text) => !text)) throw new GiftError("an answer is empty");
  if (findUnescaped(body, "~") >= 0) {
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

function parseQuestion(text: string): Parsed {
  let rest = text;
  if (rest.startsWith("::")) {
    const end = findUnescaped(rest, "::", 2);
    if (end < 0) throw new GiftError("the title is not closed with ::");
    rest = rest.slice(end + 2);
  }
  const open = findUnescaped(rest, "{");
  if (open < 0) throw new GiftError("no answer block { … } in this question");
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
  const key = JSON.stringify([parsed.answer, parsed.choices, parsed.pairs, parsed.items, parsed.accepted]);
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
      issues.push({ line: block.line, message: error.message });
    }
  }
  const category = categories[0]?.split("/").pop()?.trim();
  return { questions, issues, ...(category && category !== "$course$" && category !== "top" ? { category } : {}) };
}

export function parseGift(text: string): GiftPreview {
  return runSteps(giftSteps(text));
}

export function importGift(text: string, options: { title?: string } = {}): ImportResult<StudySetContent> {
  const { questions, issues, category } = parseGift(text);
  if (issues.length > 0) return failure(issues);
  if (questions.length === 0) return noItemsFailure("questions");
  const title = options.title ?? category;
  return { ok: true, value: questionsToStudySet(questions.map((entry) => entry.question), title) };
}
