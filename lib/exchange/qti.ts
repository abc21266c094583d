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
const TEMPLATES = "http://www.imsglobal.org/question/qti_v2p1/rptemplates";

/** QTI identifiers must be NCName-like; item ids may not be. */
export function qtiIdentifier(id: string): string {
  const cleaned = id.replace(/[^A-Za-z0-9_.-]/g, "_");
  const safe = /^[A-Za-z_]/.test(cleaned) ? cleaned : `I_${cleaned}`;
  return safe === id ? safe : `${safe}_${sha1Hex(id).slice(0, 6)}`;
}

type ItemParts = { declaration: string; body: string; processing: string };

const value = (v: string) => `<value>${escapeXml(v)}</value>`;
const prompt = (question: Question) => `<prompt>${escapeXml(question.prompt)}</prompt>`;

function choiceItem(question: Question, choices: string[], answer: string): ItemParts {
  const ids = choices.map((_, i) => `CHOICE_${i + 1}`);
  const correct = ids[choices.indexOf(answer)] ?? "";
  return {
    declaration: `<responseDeclaration identifier="RESPONSE" cardinality="single" baseType="identifier"><correctResponse>${value(correct)}</correctResponse></responseDeclaration>`,
    body: [
      `<choiceInteraction responseIdentifier="RESPONSE" shuffle="${question.type === "true_false" ? "false" : "true"}" maxChoices="1">`,
      prompt(question),
      ...choices.map((choice, i) => `<simpleChoice identifier="${ids[i]}">${escapeXml(choice)}</simpleChoice>`),
      "</choiceInteraction>",
    ].join("\n"),
    processing: `<responseProcessing template="${TEMPLATES}/match_correct"/>`,
  };
}

function matchItem(question: Question): ItemParts {
  const pairs = question.pairs ?? [];
  const set = (side: "L" | "R", texts: string[]) =>
    `<simpleMatchSet>${texts.map((t, i) => `<simpleAssociableChoice identifier="${side}${i + 1}" matchMax="1">${escapeXml(t)}</simpleAssociableChoice>`).join("")}</simpleMatchSet>`;
  return {
    declaration: `<responseDeclaration identifier="RESPONSE" cardinality="multiple" baseType="directedPair"><correctResponse>${pairs.map((_, i) => value(`L${i + 1} R${i + 1}`)).join("")}</correctResponse></responseDeclaration>`,
    body: [
      `<matchInteraction responseIdentifier="RESPONSE" shuffle="true" maxAssociations="${pairs.length}">`,
      prompt(question),
      set("L", pairs.map((pair) => pair.left)),
      set("R", pairs.map((pair) => pair.right)),
      "</matchInteraction>",
    ].join("\n"),
    processing: `<responseProcessing template="${TEMPLATES}/match_correct"/>`,
  };
}

function textEntryItem(question: Question): ItemParts {
  const answer = typeof question.answer === "string" ? question.answer : "";
  const accepted = [answer, ...(question.accepted ?? [])];
  const entries = [...new Set(accepted)].map((v) => `<mapEntry mapKey="${escapeXmlAttribute(v)}" mappedValue="1" caseSensitive="false"/>`);
  const expected = Math.max(...accepted.map((v) => v.length), 5);
  const interaction = `<textEntryInteraction responseIdentifier="RESPONSE" expectedLength="${expected}"/>`;
  const parts = splitAtBlank(question.prompt);
  const paragraph = parts
    ? `<p>${escapeXml(parts[0])}${interaction}${escapeXml(parts[1])}</p>`
    : `<p>${escapeXml(question.prompt)}</p>\n<p>${interaction}</p>`;
  return {
    declaration: `<responseDeclaration identifier="RESPONSE" cardinality="single" baseType="string"><correctResponse>${value(answer)}</correctResponse><mapping defaultValue="0" lowerBound="0" upperBound="1">${entries.join("")}</mapping></responseDeclaration>`,
    body: paragraph,
    processing: `<responseProcessing template="${TEMPLATES}/map_response"/>`,
  };
}

function orderItem(question: Question): ItemParts {
  const items = question.items ?? [];
  return {
    declaration: `<responseDeclaration identifier="RESPONSE" cardinality="ordered" baseType="identifier"><correctResponse>${items.map((_, i) => value(`ITEM_${i + 1}`)).join("")}</correctResponse></responseDeclaration>`,
    body: [
      `<orderInteraction responseIdentifier="RESPONSE" shuffle="true">`,
      prompt(question),
      ...items.map((item, i) => `<simpleChoice identifier="ITEM_${i + 1}">${escapeXml(item)}</simpleChoice>`),
      "</orderInteraction>",
    ].join("\n"),
    processing: `<responseProcessing template="${TEMPLATES}/match_correct"/>`,
  };
}

function itemParts(question: Question): ItemParts {
  switch (question.type) {
    case "multiple_choice":
      return choiceItem(question, question.choices ?? [], typeof question.answer === "string" ? question.answer : "");
    case "true_false":
      return choiceItem(question, ["True", "False"], question.answer === true ? "True" : "False");
    case "matching":
      return matchItem(question);
    case "fill_in":
      return textEntryItem(question);
    case "ordering":
      return orderItem(question);
  }
}

export function assessmentItemXml(question: Question): string {
  const parts = itemParts(question);
  const title = question.prompt.length > 80 ? `${question.prompt.slice(0, 79)}…` : question.prompt;
  return [
    XML_DECLARATION,
    `<assessmentItem xmlns="${QTI_NS}" xmlns:xsi="${XSI_NS}" xsi:schemaLocation="${QTI_NS} ${QTI_XSD}" identifier="${qtiIdentifier(question.id)}" title="${escapeXmlAttribute(title)}" adaptive="false" timeDependent="false">`,
    parts.declaration,
    `<outcomeDeclaration identifier="SCORE" cardinality="single" baseType="float"><defaultValue><value>0</value></defaultValue></outcomeDeclaration>`,
    `<itemBody>\n${parts.body}\n</itemBody>`,
    parts.processing,
    ...(question.explanation
      ? [`<modalFeedback outcomeIdentifier="completionStatus" identifier="completed" showHide="show">${escapeXml(question.explanation)}</modalFeedback>`]
      : []),
    "</assessmentItem>",
    "",
  ].join("\n");
}

function manifestXml(title: string, files: { identifier: string; href: string }[]): string {
  const resources = files.map(
    (file) =>
      `    <resource identifier="RES_${file.identifier}" type="imsqti_item_xmlv2p1" href="${escapeXmlAttribute(file.href)}">\n      <file href="${escapeXmlAttribute(file.href)}"/>\n    </resource>`,
  );
  return [
    XML_DECLARATION,
    `<manifest xmlns="${CP_NS}" xmlns:xsi="${XSI_NS}" xsi:schemaLocation="${CP_NS} ${CP_XSD}" identifier="MANIFEST_${sha1Hex(title).slice(0, 12)}">`,
    "  <metadata>\n    <schema>QTIv2.1 Package</schema>\n    <schemaversion>1.0.0</schemaversion>\n  </metadata>",
    "  <organizations/>",
    "  <resources>",
    ...resources,
    "  </resources>",
    "</manifest>",
    "",
  ].join("\n");
}

export async function exportQti(content: StudySetContent): Promise<ExportFile> {
  const zip = new JSZip();
  const files = content.questions.map((question) => {
    const identifier = qtiIdentifier(question.id);
    const href = `items/${identifier}.xml`;
    zip.file(href, assessmentItemXml(question));
    return { identifier, href };
  });
  zip.file("imsmanifest.xml", manifestXml(content.title, files));
  const bytes = await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
  return { bytes, filename: `${slugify(content.title)}-qti.zip`, mimeType: "application/zip" };
}
