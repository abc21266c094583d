import JSZip from "jszip";
import type { Question, StudySetContent } from "../generator/types";
import { sha1Hex } from "./hash";
import { slugify, splitAtBlank } from "./text";
import type { ExportFile } from "./types";
import { escapeXml, escapeXmlAttribute, XML_DECLARATION } from "./xml";

const QTI_NS = "http://www.imsglobal.org/xsd/imsqti_v2p1";
const QTI_XSD = "http://www.imsglobal.org/xsd/qti/qtiv2p1/imsqti_v2p1.xsd";
const CP_NS = "http://www.imsglobal.org/xsd/imscp_v1p1";
const CP_XSD = "http://www.imsglobal.org/xsd/qti/qtiv2p1/qtiv2p1_imscpv1p2_v1p0.xsd";
const XSI_NS = "http://www.w3.org/2001/XMLSchema-instance";
const QTI_METADATA_NS = "http://www.imsglobal.org/xsd/imsqti_metadata_v2p1";
const QTI_METADATA_XSD = "http://www.imsglobal.org/xsd/qti/qtiv2p1/imsqti_metadata_v2p1.xsd";

/** QTI identifiers must be NCName-like; item ids may not be. */
export function qtiIdentifier(id: string): string {
  const cleaned = id.replace(/[^A-Za-z0-9_.-]/g, "_");
  const safe = /^[A-Za-z_]/.test(cleaned) ? cleaned : `I_${cleaned}`;
  return safe === id ? safe : `${safe}_${sha1Hex(id).slice(0, 6)}`;
}

// Read against Canvas's QTI importer (instructure/canvas-lms, gems/plugins/qti_exporter): it builds a
// quiz only from an imsqti_test_xmlv2p1 resource; it takes the question text from `itemBody > p`
// (never from a prompt inside matchInteraction), the fill-in answers from correctResponse values, the
// interaction from the manifest's interactionType (with no case for text entry, whose type it guesses
// from the item instead), and feedback from modalFeedback whose identifier says which kind
// ("general_…" is shown to everyone). Each item scores itself (SCORE) and always sets FEEDBACK so a
// QTI runtime shows the same explanation.

type ItemParts = {
  declaration: string;
  interaction: string;
  /** How SCORE is set; FEEDBACK is set after it. */
  scoring: string;
  /** For the manifest; absent where Canvas must guess the type from the item. */
  interactionType?: string;
};

export const QTI_EXPORT_NOTES = [
  "Numeric questions become fill-in questions in Canvas, which reads only the exact number: the tolerance is lost there (a QTI runtime grades with it).",
  "Ordering questions become matching questions in Canvas (positions 1, 2, 3… to the items).",
  "Multiple-response questions become multiple-answers questions in Canvas, which grades them with its own partial credit; one with a single right answer becomes multiple choice.",
  "Explanations are general feedback, shown after every answer.",
];

const value = (v: string) => `<value>${escapeXml(v)}</value>`;
const paragraph = (text: string) => `<p>${escapeXml(text)}</p>`;

const scoreIfCorrect = [
  "<responseCondition>",
  '<responseIf><match><variable identifier="RESPONSE"/><correct identifier="RESPONSE"/></match><setOutcomeValue identifier="SCORE"><baseValue baseType="float">1</baseValue></setOutcomeValue></responseIf>',
  '<responseElse><setOutcomeValue identifier="SCORE"><baseValue baseType="float">0</baseValue></setOutcomeValue></responseElse>',
  "</responseCondition>",
].join("");

const mapResponse = '<setOutcomeValue identifier="SCORE"><mapResponse identifier="RESPONSE"/></setOutcomeValue>';

function choiceInteraction(choices: string[], ids: string[], shuffle: boolean, maxChoices: number): string {
  return [
    `<choiceInteraction responseIdentifier="RESPONSE" shuffle="${shuffle}" maxChoices="${maxChoices}">`,
    ...choices.map((choice, i) => `<simpleChoice identifier="${ids[i]}">${escapeXml(choice)}</simpleChoice>`),
    "</choiceInteraction>",
  ].join("\n");
}

function choiceItem(question: Question, choices: string[], answer: string): ItemParts {
  const ids = choices.map((_, i) => `CHOICE_${i + 1}`);
  const correct = ids[choices.indexOf(answer)] ?? "";
  return {
    declaration: `<responseDeclaration identifier="RESPONSE" cardinality="single" baseType="identifier"><correctResponse>${value(correct)}</correctResponse></responseDeclaration>`,
    interaction: choiceInteraction(choices, ids, question.type !== "true_false", 1),
    scoring: scoreIfCorrect,
    interactionType: "choiceInteraction",
  };
}

/**
 * Several right choices: every right one is in correctResponse (Canvas makes a multiple-answers
 * question of two or more), and the mapping scores as the app does, +1/k per right choice and −1/w
 * per wrong one, bounded to 0…1 (lib/generator/grade.ts).
 */
function multipleResponseItem(question: Question): ItemParts {
  const choices = question.choices ?? [];
  const ids = choices.map((_, i) => `CHOICE_${i + 1}`);
  const right = new Set(question.answers ?? []);
  const rightCount = choices.filter((choice) => right.has(choice)).length;
  const wrongCount = choices.length - rightCount;
  const entries = choices.map((choice, i) => `<mapEntry mapKey="${ids[i]}" mappedValue="${right.has(choice) ? 1 / rightCount : -1 / wrongCount}"/>`);
  return {
    declaration: `<responseDeclaration identifier="RESPONSE" cardinality="multiple" baseType="identifier"><correctResponse>${ids.filter((_, i) => right.has(choices[i])).map(value).join("")}</correctResponse><mapping defaultValue="0" lowerBound="0" upperBound="1">${entries.join("")}</mapping></responseDeclaration>`,
    interaction: choiceInteraction(choices, ids, true, choices.length),
    scoring: mapResponse,
    interactionType: "choiceInteraction",
  };
}

function matchItem(question: Question): ItemParts {
  const pairs = question.pairs ?? [];
  const rights = [...pairs.map((pair) => pair.right), ...(question.distractors ?? [])];
  const set = (side: "L" | "R", texts: string[]) =>
    `<simpleMatchSet>${texts.map((t, i) => `<simpleAssociableChoice identifier="${side}${i + 1}" matchMax="1">${escapeXml(t)}</simpleAssociableChoice>`).join("")}</simpleMatchSet>`;
  return {
    declaration: `<responseDeclaration identifier="RESPONSE" cardinality="multiple" baseType="directedPair"><correctResponse>${pairs.map((_, i) => value(`L${i + 1} R${i + 1}`)).join("")}</correctResponse></responseDeclaration>`,
    interaction: [
      `<matchInteraction responseIdentifier="RESPONSE" shuffle="true" maxAssociations="${pairs.length}">`,
      set("L", pairs.map((pair) => pair.left)),
      set("R", rights),
      "</matchInteraction>",
    ].join("\n"),
    scoring: scoreIfCorrect,
    interactionType: "matchInteraction",
  };
}

/** The interaction inline at the blank when the prompt has one, else in a paragraph of its own. */
function textEntryBody(question: Question, interaction: string): string {
  const parts = splitAtBlank(question.prompt);
  return parts ? `<p>${escapeXml(parts[0])}${interaction}${escapeXml(parts[1])}</p>` : `${paragraph(question.prompt)}\n<p>${interaction}</p>`;
}

function textEntryItem(question: Question): ItemParts {
  const answer = typeof question.answer === "string" ? question.answer : "";
  const accepted = [...new Set([answer, ...(question.accepted ?? [])])];
  const entries = accepted.map((v) => `<mapEntry mapKey="${escapeXmlAttribute(v)}" mappedValue="1" caseSensitive="false"/>`);
  const expected = Math.max(...accepted.map((v) => v.length), 5);
  return {
    // Every spelling is a correct value: Canvas reads only these, QTI runtimes score by the mapping.
    declaration: `<responseDeclaration identifier="RESPONSE" cardinality="single" baseType="string"><correctResponse>${accepted.map(value).join("")}</correctResponse><mapping defaultValue="0" lowerBound="0" upperBound="1">${entries.join("")}</mapping></responseDeclaration>`,
    interaction: `<textEntryInteraction responseIdentifier="RESPONSE" expectedLength="${expected}"/>`,
    scoring: mapResponse,
  };
}

function numericItem(question: Question): ItemParts {
  const answer = String(question.answer ?? "");
  const tolerance = question.tolerance ?? 0;
  return {
    declaration: `<responseDeclaration identifier="RESPONSE" cardinality="single" baseType="float"><correctResponse>${value(answer)}</correctResponse></responseDeclaration>`,
    interaction: `<textEntryInteraction responseIdentifier="RESPONSE" expectedLength="${Math.max(answer.length, 5)}"/>`,
    scoring: [
      "<responseCondition>",
      `<responseIf><equal toleranceMode="absolute" tolerance="${tolerance} ${tolerance}"><variable identifier="RESPONSE"/><correct identifier="RESPONSE"/></equal><setOutcomeValue identifier="SCORE"><baseValue baseType="float">1</baseValue></setOutcomeValue></responseIf>`,
      '<responseElse><setOutcomeValue identifier="SCORE"><baseValue baseType="float">0</baseValue></setOutcomeValue></responseElse>',
      "</responseCondition>",
    ].join(""),
  };
}

function orderItem(question: Question): ItemParts {
  const items = question.items ?? [];
  return {
    declaration: `<responseDeclaration identifier="RESPONSE" cardinality="ordered" baseType="identifier"><correctResponse>${items.map((_, i) => value(`ITEM_${i + 1}`)).join("")}</correctResponse></responseDeclaration>`,
    interaction: [
      `<orderInteraction responseIdentifier="RESPONSE" shuffle="true">`,
      ...items.map((item, i) => `<simpleChoice identifier="ITEM_${i + 1}">${escapeXml(item)}</simpleChoice>`),
      "</orderInteraction>",
    ].join("\n"),
    scoring: scoreIfCorrect,
    interactionType: "orderInteraction",
  };
}

function itemParts(question: Question): ItemParts {
  switch (question.type) {
    case "multiple_choice":
      return choiceItem(question, question.choices ?? [], typeof question.answer === "string" ? question.answer : "");
    case "multiple_response":
      return multipleResponseItem(question);
    case "true_false":
      return choiceItem(question, ["True", "False"], question.answer === true ? "True" : "False");
    case "matching":
      return matchItem(question);
    case "fill_in":
      return textEntryItem(question);
    case "numeric":
      return numericItem(question);
    case "ordering":
      return orderItem(question);
  }
}

const FEEDBACK_ID = "general_fb";

export function assessmentItemXml(question: Question): string {
  const parts = itemParts(question);
  const title = question.prompt.length > 80 ? `${question.prompt.slice(0, 79)}…` : question.prompt;
  const textEntry = question.type === "fill_in" || question.type === "numeric";
  const body = textEntry ? textEntryBody(question, parts.interaction) : `${paragraph(question.prompt)}\n${parts.interaction}`;
  return [
    XML_DECLARATION,
    `<assessmentItem xmlns="${QTI_NS}" xmlns:xsi="${XSI_NS}" xsi:schemaLocation="${QTI_NS} ${QTI_XSD}" identifier="${qtiIdentifier(question.id)}" title="${escapeXmlAttribute(title)}" adaptive="false" timeDependent="false">`,
    parts.declaration,
    `<outcomeDeclaration identifier="SCORE" cardinality="single" baseType="float"><defaultValue><value>0</value></defaultValue></outcomeDeclaration>`,
    `<outcomeDeclaration identifier="FEEDBACK" cardinality="single" baseType="identifier"/>`,
    `<itemBody>\n${body}\n</itemBody>`,
    `<responseProcessing>${parts.scoring}${question.explanation ? `<setOutcomeValue identifier="FEEDBACK"><baseValue baseType="identifier">${FEEDBACK_ID}</baseValue></setOutcomeValue>` : ""}</responseProcessing>`,
    ...(question.explanation
      ? [`<modalFeedback outcomeIdentifier="FEEDBACK" identifier="${FEEDBACK_ID}" showHide="show"><p>${escapeXml(question.explanation)}</p></modalFeedback>`]
      : []),
    "</assessmentItem>",
    "",
  ].join("\n");
}

type PackagedItem = { identifier: string; href: string; interactionType?: string };

/** The quiz: one test part, one section, every item in order. */
function assessmentTestXml(identifier: string, title: string, items: PackagedItem[]): string {
  return [
    XML_DECLARATION,
    `<assessmentTest xmlns="${QTI_NS}" xmlns:xsi="${XSI_NS}" xsi:schemaLocation="${QTI_NS} ${QTI_XSD}" identifier="${identifier}" title="${escapeXmlAttribute(title)}">`,
    '<testPart identifier="BaseTestPart" navigationMode="nonlinear" submissionMode="simultaneous">',
    '<assessmentSection identifier="Section1" title="Questions" visible="false">',
    ...items.map((item) => `<assessmentItemRef identifier="${item.identifier}" href="${escapeXmlAttribute(item.href)}"/>`),
    "</assessmentSection>",
    "</testPart>",
    "</assessmentTest>",
    "",
  ].join("\n");
}

function manifestXml(title: string, test: { identifier: string; href: string }, files: PackagedItem[]): string {
  const metadata = (type: string | undefined) =>
    type ? `\n      <metadata><imsqti:qtiMetadata><imsqti:interactionType>${type}</imsqti:interactionType></imsqti:qtiMetadata></metadata>` : "";
  const resources = files.map(
    (file) =>
      `    <resource identifier="RES_${file.identifier}" type="imsqti_item_xmlv2p1" href="${escapeXmlAttribute(file.href)}">${metadata(file.interactionType)}\n      <file href="${escapeXmlAttribute(file.href)}"/>\n    </resource>`,
  );
  const dependencies = files.map((file) => `      <dependency identifierref="RES_${file.identifier}"/>`);
  return [
    XML_DECLARATION,
    `<manifest xmlns="${CP_NS}" xmlns:imsqti="${QTI_METADATA_NS}" xmlns:xsi="${XSI_NS}" xsi:schemaLocation="${CP_NS} ${CP_XSD} ${QTI_METADATA_NS} ${QTI_METADATA_XSD}" identifier="MANIFEST_${sha1Hex(title).slice(0, 12)}">`,
    "  <metadata>\n    <schema>QTIv2.1 Package</schema>\n    <schemaversion>1.0.0</schemaversion>\n  </metadata>",
    "  <organizations/>",
    "  <resources>",
    `    <resource identifier="RES_${test.identifier}" type="imsqti_test_xmlv2p1" href="${escapeXmlAttribute(test.href)}">\n      <file href="${escapeXmlAttribute(test.href)}"/>`,
    ...dependencies,
    "    </resource>",
    ...resources,
    "  </resources>",
    "</manifest>",
    "",
  ].join("\n");
}

export async function exportQti(content: StudySetContent): Promise<ExportFile> {
  const zip = new JSZip();
  const files: PackagedItem[] = content.questions.map((question) => {
    const identifier = qtiIdentifier(question.id);
    const href = `items/${identifier}.xml`;
    zip.file(href, assessmentItemXml(question));
    return { identifier, href, interactionType: itemParts(question).interactionType };
  });
  const test = { identifier: `TEST_${sha1Hex(content.title).slice(0, 12)}`, href: "assessment.xml" };
  zip.file(test.href, assessmentTestXml(test.identifier, content.title, files));
  zip.file("imsmanifest.xml", manifestXml(content.title, test, files));
  zip.file("notes.txt", `${QTI_EXPORT_NOTES.join("\n")}\n`);
  const bytes = await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
  return { bytes, filename: `${slugify(content.title)}-qti.zip`, mimeType: "application/zip" };
}
