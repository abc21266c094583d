import { questionNames } from "./gift";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import type { Question } from "../generator/types";
import { expectedAnswer, loadSampleSet, SPECIAL_CHARACTERS } from "./fixtures";
import { exportStudySet } from "./index";

const set = loadSampleSet();

type TextNode = { text: string };
type MoodleAnswer = TextNode & { "@_fraction": string };
type MoodleQuestion = {
  "@_type": string;
  name: TextNode;
  questiontext: TextNode;
  generalfeedback?: TextNode;
  answer?: MoodleAnswer[];
  subquestion?: (TextNode & { answer: TextNode[] })[];
};

const parser = new XMLParser({
  ignoreAttributes: false,
  trimValues: false,
  parseTagValue: false,
  isArray: (name) => ["question", "answer", "subquestion"].includes(name),
});

async function readQuiz(questions: Question[]): Promise<MoodleQuestion[]> {
  const file = await exportStudySet({ ...set, questions }, "moodle-xml");
  if (typeof file.bytes !== "string") throw new Error("expected text");
  expect(XMLValidator.validate(file.bytes)).toBe(true);
  const doc = parser.parse(file.bytes) as { quiz: { question: MoodleQuestion[] } };
  return doc.quiz.question.filter((question) => question["@_type"] !== "category");
}

function answerOf(question: MoodleQuestion): unknown {
  const right = (question.answer ?? []).filter((answer) => Number(answer["@_fraction"]) === 100).map((a) => a.text);
  switch (question["@_type"]) {
    case "multichoice":
      return right[0];
    case "truefalse":
      return right[0] === "true";
    case "shortanswer":
      return right;
    case "matching":
      return question.subquestion?.map((sub) => ({ left: sub.text, right: sub.answer[0].text }));
    case "ordering":
      return [...(question.answer ?? [])]
        .sort((a, b) => Number(a["@_fraction"]) - Number(b["@_fraction"]))
        .map((answer) => answer.text);
  }
}

describe("Moodle XML export", () => {
  it("parses back with the same questions, types and answers", async () => {
    const questions = await readQuiz(set.questions);
    expect(questions.map((question) => question["@_type"])).toEqual([
      "multichoice",
      "multichoice",
      "truefalse",
      "truefalse",
      "matching",
      "shortanswer",
      "shortanswer",
      "ordering",
    ]);
    set.questions.forEach((question, i) => {
      expect(questions[i].name.text).toBe(questionNames(set.questions)[i]);
      expect(questions[i].questiontext.text).toBe(question.prompt);
      expect(questions[i].generalfeedback?.text).toBe(question.explanation);
      expect(answerOf(questions[i]), question.id).toEqual(expectedAnswer(question));
    });
  });

  it("round-trips every special character through XML escaping", async () => {
    const questions: Question[] = SPECIAL_CHARACTERS.map((char, i) => ({
      ...set.questions[0],
      id: `special-${i}`,
      prompt: `Prompt ${char} here`,
      choices: [`right ${char}`, "wrong"],
      answer: `right ${char}`,
      explanation: `Because ${char}`,
    }));
    const read = await readQuiz(questions);
    expect(read.map((question) => [question.questiontext.text, answerOf(question), question.generalfeedback?.text])).toEqual(
      questions.map((question) => [question.prompt, question.answer, question.explanation]),
    );
  });
});
