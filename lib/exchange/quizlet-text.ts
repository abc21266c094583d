import type { StudySetContent } from "../generator/types";
import { cardsToStudySet, failure, lineAt, noItemsFailure, type ParsedCard } from "./imported-items";
import { slugify, toSingleLine } from "./text";
import type { ExportFile, ImportIssue, ImportResult } from "./types";

/** Named separators as Quizlet's and Anki's import dialogs offer them, or any literal string. */
export type Separator = "tab" | "comma" | "semicolon" | "newline" | "pipe" | "colon" | "space" | (string & {});

const NAMED_SEPARATORS: Record<string, string> = {
  tab: "\t",
  comma: ",",
  semicolon: ";",
  newline: "\n",
  pipe: "|",
  colon: ":",
  space: " ",
};

export function resolveSeparator(separator: Separator): string {
  return NAMED_SEPARATORS[separator.toLowerCase()] ?? separator;
}

function cardLines(content: StudySetContent): string[] {
  return content.flashcards.map((card) => `${toSingleLine(card.front)}\t${toSingleLine(card.back)}`);
}

export function exportQuizletText(content: StudySetContent): ExportFile {
  return {
    bytes: cardLines(content).join("\n") + "\n",
    filename: `${slugify(content.title)}-quizlet.txt`,
    mimeType: "text/plain; charset=utf-8",
  };
}

/** Anki's "Notes in Plain Text" with the header lines Anki reads, so no import settings are needed. */
export function exportAnkiText(content: StudySetContent): ExportFile {
  const header = ["#separator:tab", "#html:false", "#notetype:Basic", `#deck:${toSingleLine(content.title)}`];
  return {
    bytes: [...header, ...cardLines(content)].join("\n") + "\n",
    filename: `${slugify(content.title)}-anki.txt`,
    mimeType: "text/plain; charset=utf-8",
  };
}

export type TextImportOptions = {
  /** Between term and definition; defaults to tab, or the file's `#separator:` header. */
  termSeparator?: Separator;
  /** Between cards; defaults to a new line. */
  cardSeparator?: Separator;
  title?: string;
};

type Header = { separator?: string; html: boolean; bodyStart: number };

/** Reads Anki's `#key:value` header lines at the top of the file. */
function readHeader(text: string): Header {
  const header: Header = { html: false, bodyStart: 0 };
  const pattern = /#([a-z ]+):(.*)(?:\n|$)/iy;
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(text))) {
    const [key, value] = [match[1].trim().toLowerCase(), match[2].trim()];
    if (key === "separator") header.separator = resolveSeparator(value);
    if (key === "html") header.html = value.toLowerCase() === "true";
    header.bodyStart = pattern.lastIndex;
  }
  return header;
}

function htmlToText(html: string): string {
  return html
    .replace(/<br\s*\/?>/gi, "\n")
    .replace(/<[^>]*>/g, "")
    .replace(/&nbsp;/g, " ")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&amp;/g, "&");
}

export type TextPreview = { cards: ParsedCard[]; issues: ImportIssue[] };

/** Parses every card and collects every problem, so a UI can show both before anything is saved. */
export function parseCardText(text: string, options: TextImportOptions = {}): TextPreview {
  const normalized = text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  const header = readHeader(normalized);
  const termSeparator = options.termSeparator ? resolveSeparator(options.termSeparator) : (header.separator ?? "\t");
  const cardSeparator = resolveSeparator(options.cardSeparator ?? "newline");
  if (termSeparator === cardSeparator) {
    return { cards: [], issues: [{ line: 1, message: "the term and card separators must differ" }] };
  }
  const cards: ParsedCard[] = [];
  const issues: ImportIssue[] = [];
  let offset = header.bodyStart;
  for (const raw of normalized.slice(header.bodyStart).split(cardSeparator)) {
    const start = offset + (raw.length - raw.trimStart().length);
    offset += raw.length + cardSeparator.length;
    const quote = raw.trim();
    if (!quote) continue;
    const line = lineAt(normalized, start);
    const at = raw.indexOf(termSeparator);
    if (at < 0) {
      issues.push({ line, message: `no ${describe(termSeparator)} between term and definition in "${excerpt(quote)}"` });
      continue;
    }
    const decode = header.html ? htmlToText : (value: string) => value;
    const front = decode(raw.slice(0, at)).trim();
    const back = decode(raw.slice(at + termSeparator.length)).trim();
    if (!front) issues.push({ line, message: "the term is empty" });
    else if (!back) issues.push({ line, message: `the definition of "${excerpt(front)}" is empty` });
    else cards.push({ line, front, back, explanation: "", quote });
  }
  return { cards, issues };
}

export function importCardText(text: string, options: TextImportOptions = {}): ImportResult<StudySetContent> {
  const { cards, issues } = parseCardText(text, options);
  if (issues.length > 0) return failure(issues);
  if (cards.length === 0) return noItemsFailure("cards");
  return { ok: true, value: cardsToStudySet(cards, options.title) };
}

function describe(separator: string): string {
  const name = Object.entries(NAMED_SEPARATORS).find(([, value]) => value === separator)?.[0];
  return name ? `${name} separator` : `separator "${separator}"`;
}

function excerpt(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}
