import { XMLParser } from "fast-xml-parser";
import type { MatchingPair, Question } from "../generator/types";
import { openZip, readZipEntry, ImportRefusal, refuseXmlEntities } from "./archive";
import { stableId } from "./hash";
import { IMPORTED_SECTION } from "./imported-items";
import { htmlToText } from "./text";
import type { ImportIssue } from "./types";

// Moodle XML and QTI 2.1 packages, ours and other tools': every question the app can represent; the
// rest are reported (their number in the file as the line, the question, why).

export type QuestionImport = { questions: { line: number; question: Question }[]; skipped: ImportIssue[]; notes: string[]; title?: string };

type Node = Record<string, unknown>;
type Parsed = Omit<Question, "id" | "material" | "difficulty" | "source">;

class Skip extends Error {}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  parseTagValue: false,
  trimValues: false,
  processEntities: true,
  removeNSPrefix: true,
  isArray: (name) => ["question", "answer", "subquestion", "resource", "simpleChoice", "simpleAssociableChoice", "simpleMatchSet", "value", "mapEntry", "modalFeedback", "dependency"].includes(name),
});

function parseXml(xml: string, what: string): Node {
  refuseXmlEntities(xml, what);
  try {
    return parser.parse(xml) as Node;
  } catch {
    throw new ImportRefusal(`${what} is not well-formed XML.`);
  }
}

const list = (value: unknown): Node[] => (Array.isArray(value) ? value : value === undefined ? [] : [value]) as Node[];
const textOf = (value: unknown): string => {
  if (value === undefined || value === null) return "";
  if (typeof value !== "object") return String(value);
  const node = value as Node;
  return "#text" in node ? String(node["#text"]) : "";
};

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

function excerpt(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > 80 ? `${flat.slice(0, 79)}…` : flat;
}

// ---- Moodle XML ----

/** A Moodle text field: `<text>` inside, HTML unless the format says plain or markdown. */
function moodleText(node: unknown): string {
  if (!node || typeof node !== "object") return textOf(node).trim();
  const field = node as Node;
  const text = textOf(field.text ?? field);
  const format = String(field["@format"] ?? "html");
  return (format === "plain_text" || format === "markdown" ? text : htmlToText(text)).trim();
}

/** Moodle short answers: `\*` is a literal star, a bare `*` a wildcard the quiz cannot honour. */
function shortAnswerText(text: string): string {
  if (/(^|[^\\])\*/.test(text)) throw new Skip(`the short answer "${text}" uses Moodle's * wildcard, which the quiz cannot grade`);
  return text.replace(/\\\*/g, "*");
}

function moodleQuestion(question: Node): Parsed {
  const type = String(question["@type"]);
  const prompt = moodleText(question.questiontext);
  const explanation = moodleText(question.generalfeedback);
  const answers = list(question.answer).map((answer) => ({ fraction: Number(answer["@fraction"] ?? 0), text: moodleText(answer), feedback: moodleText(answer.feedback), node: answer }));
  if (!prompt) throw new Skip("the question text is empty");
  const withFeedback = (right: string) =>
    [explanation || answers.find((answer) => answer.text === right)?.feedback || "", ...answers.filter((answer) => answer.text !== right && answer.feedback).map((answer) => `${answer.text}: ${answer.feedback}`)]
      .filter(Boolean)
      .join("\n");
  switch (type) {
    case "multichoice": {
      if (textOf(question.single) === "false") {
        // Several right answers: those of positive weight; the app's own partial credit replaces the weights.
        const rightTexts = answers.filter((answer) => answer.fraction > 0).map((answer) => answer.text);
        if (rightTexts.length === 0) throw new Skip("no answer has positive credit");
        // No one answer is "the" right one, so every answer's feedback follows the general feedback.
        return { type: "multiple_response", prompt, choices: answers.map((answer) => answer.text), answers: rightTexts, explanation: withFeedback("") };
      }
      const right = answers.filter((answer) => answer.fraction >= 100);
      if (right.length !== 1) throw new Skip("a single-answer multiple choice needs exactly one answer with full credit");
      return { type: "multiple_choice", prompt, choices: answers.map((answer) => answer.text), answer: right[0].text, explanation: withFeedback(right[0].text) };
    }
    case "truefalse": {
      const right = answers.find((answer) => answer.fraction >= 100);
      if (!right) throw new Skip("no answer is marked right");
      return { type: "true_false", prompt, answer: right.text.toLowerCase() === "true", explanation: explanation || right.feedback };
    }
    case "shortanswer": {
      const right = answers.filter((answer) => answer.fraction >= 100).map((answer) => shortAnswerText(answer.text));
      if (right.length === 0) throw new Skip("no answer has full credit");
      const [answer, ...accepted] = right;
      return { type: "fill_in", prompt, answer, ...(accepted.length ? { accepted } : {}), explanation: explanation || answers[0]?.feedback || "" };
    }
    case "numerical": {
      const right = answers.find((answer) => answer.fraction >= 100);
      if (!right || !Number.isFinite(Number(right.text))) throw new Skip("no full-credit numerical answer");
      const tolerance = Math.abs(Number(textOf(right.node.tolerance) || 0));
      return { type: "numeric", prompt, answer: String(Number(right.text)), ...(tolerance ? { tolerance } : {}), explanation: explanation || right.feedback };
    }
    case "matching": {
      const sides = list(question.subquestion).map((sub) => ({ left: moodleText(sub), right: moodleText(list(sub.answer)[0]) }));
      const pairs: MatchingPair[] = sides.filter((pair) => pair.left && pair.right);
      const distractors = sides.filter((pair) => !pair.left && pair.right).map((pair) => pair.right);
      if (pairs.length < 2) throw new Skip("a matching question needs at least two pairs");
      return { type: "matching", prompt, pairs, ...(distractors.length ? { distractors } : {}), explanation };
    }
    case "ordering": {
      const items = [...answers].sort((a, b) => a.fraction - b.fraction).map((answer) => answer.text);
      if (items.length < 2) throw new Skip("an ordering question needs at least two items");
      return { type: "ordering", prompt, items, explanation };
    }
    case "essay":
      throw new Skip("an essay question: the app cannot grade free text");
    case "description":
      throw new Skip("a description, not a question");
    default:
      throw new Skip(`Moodle's "${type}" question type has no counterpart in the app`);
  }
}

export function readMoodleXml(xml: string): QuestionImport {
  const root = parseXml(xml, "The Moodle XML file");
  const quiz = root.quiz as Node | undefined;
  if (!quiz || typeof quiz !== "object") throw new ImportRefusal("This is not Moodle XML: there is no <quiz> element.");
  const questions: QuestionImport["questions"] = [];
  const skipped: ImportIssue[] = [];
  let title: string | undefined;
  list(quiz.question).forEach((question, index) => {
    if (question["@type"] === "category") {
      title ??= moodleText((question.category as Node) ?? {}).split("/").pop()?.trim() || undefined;
      return;
    }
    const line = index + 1;
    const name = moodleText(question.name) || moodleText(question.questiontext);
    try {
      const parsed = moodleQuestion(question);
      questions.push({ line, question: toQuestion(parsed, parsed.prompt) });
    } catch (error) {
      if (!(error instanceof Skip)) throw error;
      skipped.push({ line, item: excerpt(name), message: error.message });
    }
  });
  return { questions, skipped, notes: ["Moodle XML positions are question numbers in the file, counting categories."], ...(title && title !== "top" ? { title } : {}) };
}

// ---- QTI 2.1 ----

const INTERACTIONS = /<(\w+:)?(choiceInteraction|orderInteraction|matchInteraction|associateInteraction|inlineChoiceInteraction|extendedTextInteraction|hottextInteraction|gapMatchInteraction)\b[^]*?<\/\1?\2>/g;

/** The question text: the item body without its interactions (their prompts kept), a text entry as the blank. */
function qtiPrompt(itemXml: string): string {
  const body = /<(?:\w+:)?itemBody\b[^>]*>([^]*?)<\/(?:\w+:)?itemBody>/.exec(itemXml)?.[1] ?? "";
  const prompts: string[] = [];
  const withoutInteractions = body.replace(INTERACTIONS, (block) => {
    const prompt = /<(?:\w+:)?prompt\b[^>]*>([^]*?)<\/(?:\w+:)?prompt>/.exec(block)?.[1];
    if (prompt) prompts.push(prompt);
    return " ";
  });
  const text = withoutInteractions.replace(/<(?:\w+:)?textEntryInteraction\b[^>]*\/>|<(?:\w+:)?textEntryInteraction\b[^]*?<\/(?:\w+:)?textEntryInteraction>/g, "_____");
  return htmlToText([text, ...prompts].join("\n")).replace(/[ \t]+/g, " ").replace(/\s+([.,;:!?])/g, "$1").trim();
}

function qtiItem(itemXml: string): Parsed {
  const root = parseXml(itemXml, "A QTI item").assessmentItem as Node | undefined;
  if (!root) throw new Skip("not an assessmentItem");
  const prompt = qtiPrompt(itemXml);
  if (!prompt) throw new Skip("the question text is empty");
  const declarations = list(root.responseDeclaration);
  if (declarations.length !== 1) throw new Skip(`${declarations.length} responses in one item, which the quiz cannot grade`);
  const declaration = declarations[0];
  const correct = list((declaration.correctResponse as Node | undefined)?.value).map((value) => textOf(value).trim());
  const explanation = list(root.modalFeedback).map((feedback) => nodeText(feedback)).filter(Boolean).join("\n");
  const body = root.itemBody as Node;
  const find = (name: string): Node | undefined => findDeep(body, name);
  const choice = find("choiceInteraction");
  if (choice) {
    const choices = list(choice.simpleChoice).map((c) => ({ id: String(c["@identifier"]), text: nodeText(c) }));
    const texts = choices.map((c) => c.text);
    if (declaration["@cardinality"] === "multiple" || Number(choice["@maxChoices"] ?? 1) !== 1) {
      // The right choices are the correct response, or failing that those the mapping credits.
      const rightIds = new Set(correct.length ? correct : positiveMapKeys(declaration));
      const answers = choices.filter((c) => rightIds.has(c.id)).map((c) => c.text);
      if (answers.length === 0) throw new Skip("no right answer among the choices");
      return { type: "multiple_response", prompt, choices: texts, answers, explanation };
    }
    if (correct.length !== 1) throw new Skip("a single-choice item needs exactly one right answer");
    const right = choices.find((c) => c.id === correct[0]);
    if (!right) throw new Skip("the right answer is not among the choices");
    if (texts.length === 2 && texts.every((t) => /^(true|false)$/i.test(t))) return { type: "true_false", prompt, answer: /^true$/i.test(right.text), explanation };
    return { type: "multiple_choice", prompt, choices: texts, answer: right.text, explanation };
  }
  const order = find("orderInteraction");
  if (order) {
    const byId = new Map(list(order.simpleChoice).map((c) => [String(c["@identifier"]), nodeText(c)]));
    const items = correct.map((id) => byId.get(id) ?? "");
    if (items.length < 2 || items.some((item) => !item)) throw new Skip("the right order does not name the items");
    return { type: "ordering", prompt, items, explanation };
  }
  const match = find("matchInteraction");
  if (match) {
    const [left, right] = list(match.simpleMatchSet).map((set) => new Map(list(set.simpleAssociableChoice).map((c) => [String(c["@identifier"]), nodeText(c)])));
    if (!left || !right) throw new Skip("a matching item needs two sets");
    const pairs = correct.map((value) => value.split(/\s+/)).map(([l, r]) => ({ left: left.get(l) ?? "", right: right.get(r) ?? "" }));
    if (pairs.length < 2 || pairs.some((pair) => !pair.left || !pair.right)) throw new Skip("the right pairs do not name both sides");
    const used = new Set(pairs.map((pair) => pair.right));
    const distractors = [...right.values()].filter((text) => !used.has(text));
    return { type: "matching", prompt, pairs, ...(distractors.length ? { distractors } : {}), explanation };
  }
  if (/<(?:\w+:)?textEntryInteraction\b/.test(itemXml)) {
    if (declaration["@baseType"] === "float" || declaration["@baseType"] === "integer") {
      if (!Number.isFinite(Number(correct[0]))) throw new Skip("no numerical right answer");
      const tolerance = Number(/tolerance="([\d.eE+-]+)/.exec(itemXml)?.[1] ?? 0);
      return { type: "numeric", prompt, answer: String(Number(correct[0])), ...(tolerance ? { tolerance } : {}), explanation };
    }
    const spellings = [...new Set([...correct, ...positiveMapKeys(declaration)].filter(Boolean))];
    if (spellings.length === 0) throw new Skip("no right answer for the blank");
    const [answer, ...accepted] = spellings;
    return { type: "fill_in", prompt: prompt.includes("_____") ? prompt : `${prompt} _____`, answer, ...(accepted.length ? { accepted } : {}), explanation };
  }
  if (find("extendedTextInteraction")) throw new Skip("an essay question: the app cannot grade free text");
  throw new Skip("an interaction the app has no question type for");
}

function positiveMapKeys(declaration: Node): string[] {
  return list((declaration.mapping as Node | undefined)?.mapEntry)
    .filter((entry) => Number(entry["@mappedValue"] ?? 0) > 0)
    .map((entry) => String(entry["@mapKey"]));
}

/** Text of a parsed node: the XML reader has already decoded it, so it is not read as HTML again. */
function nodeText(node: Node): string {
  return (textOf(node) || flatten(node)).trim();
}

/** All text under a node, for mixed content such as `<p>` inside a choice. */
function flatten(node: unknown): string {
  if (node === null || node === undefined) return "";
  if (typeof node !== "object") return String(node);
  if (Array.isArray(node)) return node.map(flatten).join(" ");
  return Object.entries(node as Node)
    .filter(([key]) => !key.startsWith("@"))
    .map(([, value]) => flatten(value))
    .join(" ");
}

function findDeep(node: unknown, name: string): Node | undefined {
  if (!node || typeof node !== "object") return undefined;
  if (Array.isArray(node)) {
    for (const child of node) {
      const found = findDeep(child, name);
      if (found) return found;
    }
    return undefined;
  }
  const record = node as Node;
  if (name in record) return list(record[name])[0];
  for (const [key, value] of Object.entries(record)) {
    if (key.startsWith("@")) continue;
    const found = findDeep(value, name);
    if (found) return found;
  }
  return undefined;
}

export async function readQtiPackage(bytes: Uint8Array): Promise<QuestionImport> {
  const zip = await openZip(bytes, "QTI package");
  if (!zip.file("imsmanifest.xml")) throw new ImportRefusal("This zip is not a QTI package: it has no imsmanifest.xml.");
  const manifest = parseXml(new TextDecoder().decode(await readZipEntry(zip, "imsmanifest.xml", 8 * 1024 * 1024)), "The package's imsmanifest.xml");
  const resources = list(((manifest.manifest as Node | undefined)?.resources as Node | undefined)?.resource);
  const items = resources.filter((resource) => /imsqti_item_xmlv2p[01]/.test(String(resource["@type"])));
  if (items.length === 0) {
    if (resources.some((resource) => /imsqti_xmlv1p2|imsqti_item_xmlv1p2/.test(String(resource["@type"])))) throw new ImportRefusal("This is a QTI 1.2 package; only QTI 2.1 packages can be imported.");
    throw new ImportRefusal("The package's manifest lists no QTI 2.1 items.");
  }
  const test = resources.find((resource) => /imsqti_test_xmlv2p1/.test(String(resource["@type"])));
  let title: string | undefined;
  if (test && zip.file(String(test["@href"]))) {
    const xml = new TextDecoder().decode(await readZipEntry(zip, String(test["@href"]), 8 * 1024 * 1024));
    title = String((parseXml(xml, "The package's assessment test").assessmentTest as Node | undefined)?.["@title"] ?? "") || undefined;
  }
  const questions: QuestionImport["questions"] = [];
  const skipped: ImportIssue[] = [];
  for (const [index, resource] of items.entries()) {
    const line = index + 1;
    const href = String(resource["@href"]);
    if (!zip.file(href)) {
      skipped.push({ line, item: href, message: "the manifest lists this item but the package does not hold it" });
      continue;
    }
    const xml = new TextDecoder().decode(await readZipEntry(zip, href, 8 * 1024 * 1024));
    try {
      const parsed = qtiItem(xml);
      questions.push({ line, question: toQuestion(parsed, parsed.prompt) });
    } catch (error) {
      if (!(error instanceof Skip)) throw error;
      const name = /<(?:\w+:)?assessmentItem\b[^>]*\btitle="([^"]*)"/.exec(xml)?.[1] ?? href;
      skipped.push({ line, item: excerpt(htmlToText(name)), message: error.message });
    }
  }
  return { questions, skipped, notes: ["QTI positions are item numbers in the package's manifest."], ...(title ? { title } : {}) };
}
