import { parse } from "gift-pegjs";
import JSZip from "jszip";
import { XMLParser } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { gradeAnswer } from "../generator/grade";
import type { Question, StudySetContent } from "../generator/types";
import { exportStudySet, importSliced, type ExportFormat } from "./index";

// Multiple-response questions out to GIFT, Moodle XML and QTI 2.1 and back, and read by others:
// gift-pegjs, an XML parser, and Moodle's own rule for weights (each must be one of its grade options,
// and a response scores the sum of the weights ticked, bounded to 0…1).

const base = { material: "key_fact" as const, difficulty: "medium" as const, source: { section: "", quote: "" } };
const questions: Question[] = [
  { ...base, id: "mr-primes", type: "multiple_response", prompt: "Which are primes?", choices: ["2", "3", "4", "9"], answers: ["2", "3"], explanation: "4 = 2 × 2 and 9 = 3 × 3." },
  {
    ...base, id: "mr-thirds", type: "multiple_response", prompt: "Which are {GIFT} #specials: here?",
    choices: ["~tilde", "=equals", "a # hash", "%50% off", "plain"], answers: ["~tilde", "=equals", "a # hash"], explanation: "Three of five.",
  },
  { ...base, id: "mr-one", type: "multiple_response", prompt: "Which is the capital of France?", choices: ["Paris", "Lyon", "Nice"], answers: ["Paris"], explanation: "" },
];
const set: StudySetContent = { title: "Several right answers", flashcards: [], questions };

const essence = (question: Question) => ({ type: question.type, prompt: question.prompt, choices: question.choices, answers: question.answers, explanation: question.explanation });

async function roundTrip(format: ExportFormat & ("gift" | "moodle-xml" | "qti")) {
  const file = await exportStudySet(set, format);
  const result = await importSliced(file.bytes, { format });
  if (!result.ok) throw new Error(result.error);
  return result.value.questions;
}

/** Moodle's grade options (question_bank::fraction_options_full), which its importers match a weight to. */
const MOODLE_FRACTIONS = [1, 0.9, 0.8333333, 0.8, 0.75, 0.7, 0.6666667, 0.6, 0.5, 0.4, 0.3333333, 0.3, 0.25, 0.2, 0.1666667, 0.1428571, 0.125, 0.1111111, 0.1, 0.05, 0].flatMap((f) => [f, -f]);

/** Every subset of the choices, as a learner might tick them. */
const subsets = (choices: string[]) => Array.from({ length: 2 ** choices.length }, (_, mask) => choices.filter((_, i) => mask & (1 << i)));

/** How Moodle scores a multiple-answer question: the weights of the ticked answers added, within 0…1. */
const moodleScore = (weights: Map<string, number>, ticked: string[]) => Math.min(1, Math.max(0, ticked.reduce((sum, choice) => sum + (weights.get(choice) ?? 0), 0)));

describe("multiple response through GIFT", () => {
  it("round-trips: same prompt, choices, right answers and explanation", async () => {
    expect((await roundTrip("gift")).map(essence)).toEqual(questions.map(essence));
  });

  it("gift-pegjs reads weights Moodle accepts and that score every response as the app does", async () => {
    const file = await exportStudySet(set, "gift");
    const text = String(file.bytes);
    // No `=` answer in a block is what makes Moodle allow several answers.
    expect(text).not.toMatch(/^\t=/m);
    const parsed = parse(text).filter((question) => question.type !== "Category");
    expect(parsed).toHaveLength(questions.length);
    parsed.forEach((read, i) => {
      if (read.type !== "MC") throw new Error(`question ${i} read as ${read.type}`);
      const question = questions[i];
      expect(read.choices.map((choice) => choice.text.text)).toEqual(question.choices);
      const weights = new Map(read.choices.map((choice) => [choice.text.text, (choice.weight ?? 0) / 100]));
      for (const weight of weights.values()) expect(MOODLE_FRACTIONS.some((fraction) => Math.abs(fraction - weight) < 0.00001), String(weight)).toBe(true);
      for (const ticked of subsets(question.choices ?? [])) {
        expect(moodleScore(weights, ticked), `${question.id} ${ticked.join(",")}`).toBeCloseTo(gradeAnswer(question, ticked).score, 4);
      }
    });
  });
});

describe("multiple response through Moodle XML", () => {
  it("is a multichoice with single=false, and round-trips", async () => {
    const file = await exportStudySet(set, "moodle-xml");
    type Answer = { "@_fraction": string; text: string };
    const xml = new XMLParser({ ignoreAttributes: false, parseTagValue: false }).parse(String(file.bytes)) as {
      quiz: { question: { "@_type": string; single?: string; answer?: Answer[] }[] };
    };
    const read = xml.quiz.question.filter((question) => question["@_type"] !== "category");
    expect(read.map((question) => [question["@_type"], question.single])).toEqual(questions.map(() => ["multichoice", "false"]));
    read.forEach((question, i) => {
      const weights = new Map((question.answer ?? []).map((answer) => [answer.text, Number(answer["@_fraction"]) / 100]));
      for (const ticked of subsets(questions[i].choices ?? [])) expect(moodleScore(weights, ticked)).toBeCloseTo(gradeAnswer(questions[i], ticked).score, 4);
    });
    expect((await roundTrip("moodle-xml")).map(essence)).toEqual(questions.map(essence));
  });
});

describe("multiple response through QTI 2.1", () => {
  it("is a choiceInteraction of several choices scored by its mapping, and round-trips", async () => {
    const file = await exportStudySet(set, "qti");
    const zip = await JSZip.loadAsync(file.bytes);
    const items = Object.keys(zip.files).filter((name) => /^items\/.+\.xml$/.test(name));
    expect(items).toHaveLength(questions.length);
    const manifest = await zip.file("imsmanifest.xml")!.async("string");
    expect(manifest.match(/<imsqti:interactionType>choiceInteraction</g)).toHaveLength(questions.length);
    const primes = await zip.file(items.find((name) => name.includes("mr-primes"))!)!.async("string");
    expect(primes).toContain('cardinality="multiple"');
    expect(primes).toContain('maxChoices="4"');
    // Canvas marks every correctResponse value right: two values make it a multiple-answers question.
    expect(primes.match(/<correctResponse>(.*?)<\/correctResponse>/)?.[1]).toBe("<value>CHOICE_1</value><value>CHOICE_2</value>");
    expect(primes).toContain('<mapEntry mapKey="CHOICE_3" mappedValue="-0.5"/>');
    expect(primes).toContain('<setOutcomeValue identifier="SCORE"><mapResponse identifier="RESPONSE"/></setOutcomeValue>');
    expect(await zip.file("notes.txt")!.async("string")).toMatch(/multiple-answers questions in Canvas/);
    expect((await roundTrip("qti")).map(essence)).toEqual(questions.map(essence));
  });
});
