import { XMLParser, XMLValidator } from "fast-xml-parser";
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import type { Question } from "../generator/types";
import { expectedAnswer, loadSampleSet, SPECIAL_CHARACTERS } from "./fixtures";
import { exportStudySet } from "./index";
import { qtiIdentifier } from "./qti";

const set = loadSampleSet();

type Node = Record<string, unknown>;

const parser = new XMLParser({
  ignoreAttributes: false,
  trimValues: false,
  parseTagValue: false,
  isArray: (name) => ["resource", "value", "simpleChoice", "simpleAssociableChoice", "simpleMatchSet", "mapEntry"].includes(name),
});

async function readPackage(questions: Question[]) {
  const file = await exportStudySet({ ...set, questions }, "qti");
  if (typeof file.bytes === "string") throw new Error("expected bytes");
  const zip = await JSZip.loadAsync(file.bytes);
  const read = async (path: string) => {
    const xml = await zip.file(path)?.async("string");
    if (xml === undefined) throw new Error(`missing ${path}`);
    expect(XMLValidator.validate(xml), path).toBe(true);
    return parser.parse(xml) as Node;
  };
  const manifest = (await read("imsmanifest.xml")).manifest as Node;
  const all = (manifest.resources as { resource: Node[] }).resource;
  const [test, ...resources] = all;
  const items = await Promise.all(resources.map(async (resource) => (await read(String(resource["@_href"]))).assessmentItem as Node));
  const assessment = (await read(String(test["@_href"]))).assessmentTest as Node;
  return { manifest, test, assessment, resources, items };
}

const text = (node: unknown): string => {
  if (typeof node === "string") return node;
  if (node && typeof node === "object" && "#text" in node) return String(node["#text"]);
  return "";
};

/** The right answer as item text, resolved from the item's correctResponse identifiers. */
function answerOf(item: Node): unknown {
  const declaration = item.responseDeclaration as Node;
  const correct = ((declaration.correctResponse as Node).value as unknown[]).map(text);
  const body = item.itemBody as Node;
  expect(JSON.stringify(body.matchInteraction ?? body.choiceInteraction ?? body.orderInteraction ?? {})).not.toContain('"prompt"');
  const choiceText = (choices: Node[], id: string) => text(choices.find((choice) => choice["@_identifier"] === id));
  if (body.choiceInteraction) {
    const choices = (body.choiceInteraction as Node).simpleChoice as Node[];
    const answer = choiceText(choices, correct[0]);
    return answer === "True" ? true : answer === "False" ? false : answer;
  }
  if (body.orderInteraction) {
    const choices = (body.orderInteraction as Node).simpleChoice as Node[];
    return correct.map((id) => choiceText(choices, id));
  }
  if (body.matchInteraction) {
    const [left, right] = ((body.matchInteraction as Node).simpleMatchSet as Node[]).map(
      (set) => set.simpleAssociableChoice as Node[],
    );
    return correct.map((pair) => {
      const [l, r] = pair.split(" ");
      return { left: choiceText(left, l), right: choiceText(right, r) };
    });
  }
  const entries = ((declaration.mapping as Node).mapEntry as Node[]).map((entry) => String(entry["@_mapKey"]));
  // Canvas reads the spellings from correctResponse, a QTI runtime from the mapping: both hold all of them.
  expect(correct).toEqual(entries);
  return entries;
}

describe("QTI 2.1 package export", () => {
  it("has a manifest listing one assessmentItem per question, each with the right answer", async () => {
    const { resources, items } = await readPackage(set.questions);
    expect(resources).toHaveLength(set.questions.length);
    expect(resources.every((resource) => resource["@_type"] === "imsqti_item_xmlv2p1")).toBe(true);
    set.questions.forEach((question, i) => {
      const item = items[i];
      expect(item["@_xmlns"]).toBe("http://www.imsglobal.org/xsd/imsqti_v2p1");
      expect(item["@_identifier"]).toBe(qtiIdentifier(question.id));
      expect(answerOf(item), question.id).toEqual(expectedAnswer(question));
      const processing = JSON.stringify(item.responseProcessing);
      expect(processing).toContain('"@_identifier":"SCORE"');
      if (question.explanation) {
        expect(processing).toContain('"@_identifier":"FEEDBACK"');
        // Canvas files modalFeedback by its identifier: "general_…" is its feedback shown to everyone.
        expect(item.modalFeedback).toMatchObject({ "@_outcomeIdentifier": "FEEDBACK", "@_identifier": "general_fb", p: question.explanation });
      }
    });
  });

  it("is a quiz for Canvas: an assessmentTest references every item, and the manifest names each interaction", async () => {
    const { test, assessment, resources, items } = await readPackage(set.questions);
    expect(test["@_type"]).toBe("imsqti_test_xmlv2p1");
    expect(resources.every((resource) => resource["@_type"] === "imsqti_item_xmlv2p1")).toBe(true);
    const dependencies = [test.dependency].flat() as Node[];
    expect(dependencies.map((dependency) => dependency["@_identifierref"])).toEqual(resources.map((resource) => resource["@_identifier"]));
    const section = (assessment.testPart as Node).assessmentSection as Node;
    const refs = [section.assessmentItemRef].flat() as Node[];
    expect(refs.map((ref) => ref["@_identifier"])).toEqual(items.map((item) => item["@_identifier"]));
    expect(refs.map((ref) => ref["@_href"])).toEqual(resources.map((resource) => resource["@_href"]));
    const types = resources.map((resource) => JSON.stringify(resource.metadata ?? "").match(/"imsqti:interactionType":"(\w+)"/)?.[1] ?? "guessed");
    const expected = { multiple_choice: "choiceInteraction", multiple_response: "choiceInteraction", true_false: "choiceInteraction", matching: "matchInteraction", ordering: "orderInteraction", fill_in: "guessed", numeric: "guessed" };
    expect(types).toEqual(set.questions.map((question) => expected[question.type]));
    // The question text sits in a paragraph of the item body, where Canvas looks for it.
    for (const [i, item] of items.entries()) expect(JSON.stringify((item.itemBody as Node).p)).toContain(JSON.stringify(set.questions[i].prompt.split("_____")[0].trim()).slice(1, -1));
  });

  it("uses the interaction each question type needs", async () => {
    const { items } = await readPackage(set.questions);
    const interactions = items.map((item) => {
      const body = item.itemBody as Node;
      return Object.keys(body).find((key) => key.endsWith("Interaction")) ?? (JSON.stringify(body.p).includes("textEntryInteraction") ? "textEntryInteraction" : "p");
    });
    expect(interactions).toEqual([
      "choiceInteraction",
      "choiceInteraction",
      "choiceInteraction",
      "choiceInteraction",
      "matchInteraction",
      "textEntryInteraction",
      "textEntryInteraction",
      "orderInteraction",
    ]);
  });

  it("round-trips every special character and makes odd ids valid identifiers", async () => {
    const questions: Question[] = SPECIAL_CHARACTERS.map((char, i) => ({
      ...set.questions[0],
      id: `${i} special ${char}`,
      choices: [`right ${char}`, "wrong"],
      answer: `right ${char}`,
    }));
    const { items } = await readPackage(questions);
    expect(items.map(answerOf)).toEqual(questions.map((question) => question.answer));
    for (const item of items) expect(String(item["@_identifier"])).toMatch(/^[A-Za-z_][A-Za-z0-9_.-]*$/);
    expect(new Set(items.map((item) => item["@_identifier"])).size).toBe(items.length);
  });
});
