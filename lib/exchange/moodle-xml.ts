import type { Question, StudySetContent } from "../generator/types";
import { multipleResponseWeights, questionNames } from "./gift";
import { slugify } from "./text";
import type { ExportFile } from "./types";
import { escapeXml, XML_DECLARATION } from "./xml";

// Plain-text format: Moodle shows the text as written, so it is XML-escaped once and never HTML-escaped.
const text = (value: string) => `<text>${escapeXml(value)}</text>`;
const formatted = (tag: string, value: string) => `<${tag} format="plain_text">${text(value)}</${tag}>`;

/** Moodle short answers treat `*` as a wildcard. */
const shortAnswer = (value: string) => value.replace(/\*/g, "\\*");

function answer(fraction: number, value: string, feedback = ""): string {
  return `<answer fraction="${fraction}" format="plain_text">${text(value)}${formatted("feedback", feedback)}</answer>`;
}

function body(question: Question): { type: string; parts: string[] } {
  switch (question.type) {
    case "multiple_choice":
      return {
        type: "multichoice",
        parts: [
          "<single>true</single>",
          "<shuffleanswers>true</shuffleanswers>",
          "<answernumbering>abc</answernumbering>",
          ...(question.choices ?? []).map((choice) => answer(choice === question.answer ? 100 : 0, choice)),
        ],
      };
    case "multiple_response": {
      const weights = multipleResponseWeights(question);
      return {
        type: "multichoice",
        parts: [
          "<single>false</single>",
          "<shuffleanswers>true</shuffleanswers>",
          "<answernumbering>abc</answernumbering>",
          ...(question.choices ?? []).map((choice, i) => answer(weights[i], choice)),
        ],
      };
    }
    case "true_false":
      return { type: "truefalse", parts: [answer(question.answer === true ? 100 : 0, "true"), answer(question.answer === true ? 0 : 100, "false")] };
    case "matching":
      return {
        type: "matching",
        parts: [
          "<shuffleanswers>true</shuffleanswers>",
          ...(question.pairs ?? []).map(
            (pair) => `<subquestion format="plain_text">${text(pair.left)}<answer>${text(pair.right)}</answer></subquestion>`,
          ),
          // Moodle's own form for a distractor: a subquestion with no text.
          ...(question.distractors ?? []).map((right) => `<subquestion format="plain_text">${text("")}<answer>${text(right)}</answer></subquestion>`),
        ],
      };
    case "numeric":
      return {
        type: "numerical",
        parts: [
          `<answer fraction="100" format="plain_text">${text(String(question.answer ?? ""))}<tolerance>${question.tolerance ?? 0}</tolerance>${formatted("feedback", "")}</answer>`,
        ],
      };
    case "fill_in": {
      const answers = [question.answer, ...(question.accepted ?? [])].filter((value) => typeof value === "string");
      return { type: "shortanswer", parts: ["<usecase>0</usecase>", ...answers.map((value) => answer(100, shortAnswer(value)))] };
    }
    case "ordering":
      // qtype_ordering (standard since Moodle 4.4) stores the right position of each item in `fraction`.
      return {
        type: "ordering",
        parts: [
          "<layouttype>VERTICAL</layouttype>",
          "<selecttype>ALL</selecttype>",
          "<selectcount>0</selectcount>",
          "<gradingtype>ABSOLUTE_POSITION</gradingtype>",
          "<showgrading>SHOW</showgrading>",
          "<numberingstyle>123</numberingstyle>",
          ...(question.items ?? []).map((item, i) => answer(i + 1, item)),
        ],
      };
  }
}

function moodleQuestion(question: Question, name: string): string {
  const specific = body(question);
  return [
    `  <question type="${specific.type}">`,
    `    <name>${text(name)}</name>`,
    `    ${formatted("questiontext", question.prompt)}`,
    `    ${formatted("generalfeedback", question.explanation)}`,
    "    <defaultgrade>1</defaultgrade>",
    "    <penalty>0.3333333</penalty>",
    "    <hidden>0</hidden>",
    `    <idnumber>${escapeXml(question.id)}</idnumber>`,
    ...specific.parts.map((part) => `    ${part}`),
    "  </question>",
  ].join("\n");
}

export function exportMoodleXml(content: StudySetContent): ExportFile {
  const category = `  <question type="category">\n    <category>${text(`$course$/top/${content.title.replace(/\//g, "-")}`)}</category>\n  </question>`;
  const names = questionNames(content.questions);
  const questions = content.questions.map((question, i) => moodleQuestion(question, names[i]));
  return {
    bytes: [XML_DECLARATION, "<quiz>", category, ...questions, "</quiz>", ""].join("\n"),
    filename: `${slugify(content.title)}-moodle.xml`,
    mimeType: "application/xml",
  };
}
