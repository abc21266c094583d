import type { StudySetContent } from "../generator/types";
import { readRows } from "./csv";
import { clozeCards, hasCloze, type ParsedCard } from "./imported-items";
import { LineCounter, ROWS_PER_STEP, type Steps } from "./steps";
import { htmlToText, slugify, toSingleLine } from "./text";
import type { ExportFile, ImportIssue } from "./types";

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

/** Anki reads the body as CSV: a field with a quote, or starting with `#` (a comment line), is quoted. */
function ankiField(text: string): string {
  const flat = toSingleLine(text);
  return /"|^#/.test(flat) ? `"${flat.replace(/"/g, '""')}"` : flat;
}

/** Anki's "Notes in Plain Text" with the header lines Anki reads, so no import settings are needed. */
export function exportAnkiText(content: StudySetContent): ExportFile {
  const header = ["#separator:tab", "#html:false", "#notetype:Basic", `#deck:${toSingleLine(content.title)}`];
  const lines = content.flashcards.map((card) => `${ankiField(card.front)}\t${ankiField(card.back)}`);
  return {
    bytes: [...header, ...lines].join("\n") + "\n",
    filename: `${slugify(content.title)}-anki.txt`,
    mimeType: "text/plain; charset=utf-8",
  };
}

export type TextImportOptions = {
  /** Between term and definition; defaults to tab. A `#separator:` header in the file wins. */
  termSeparator?: Separator;
  /** Between cards; defaults to a new line (always a new line in a file with Anki headers). */
  cardSeparator?: Separator;
  title?: string;
};

/** Anki's "Notes in Plain Text" headers (rslib's text import metadata); column numbers are 1-based. */
type Header = {
  separator?: string;
  html: boolean;
  deck?: string;
  notetype?: string;
  /** Columns that hold the note type, deck, tags or guid rather than a field. */
  metaColumns: number[];
  bodyStart: number;
  present: boolean;
};

const ANKI_SEPARATORS: Record<string, string> = { comma: ",", semicolon: ";", tab: "\t", space: " ", pipe: "|", colon: ":" };

function ankiSeparator(value: string): string | undefined {
  const named = ANKI_SEPARATORS[value.trim().toLowerCase()];
  return named ?? ([...value].length === 1 ? value : undefined);
}

/** Reads the `#key:value` lines at the top of the file, as Anki does. */
function readHeader(text: string): Header {
  const header: Header = { html: false, metaColumns: [], bodyStart: 0, present: false };
  const pattern = /#([a-z ]+):([^\n]*)(?:\n|$)/iy;
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(text))) {
    const key = match[1].trim().toLowerCase();
    const raw = match[2];
    const value = raw.trim();
    if (key === "separator") header.separator = ankiSeparator(raw.replace(/^\s+$/, " ")) ?? ankiSeparator(value);
    else if (key === "html") header.html = value.toLowerCase() === "true";
    else if (key === "deck") header.deck = value;
    else if (key === "notetype") header.notetype = value;
    else if (/^(notetype|deck|tags|guid) column$/.test(key) && Number(value) > 0) header.metaColumns.push(Number(value) - 1);
    header.bodyStart = pattern.lastIndex;
    header.present = true;
  }
  return header;
}

export type TextPreview = { cards: ParsedCard[]; issues: ImportIssue[]; title?: string };

function* quizletCards(normalized: string, bodyStart: number, termSeparator: string, cardSeparator: string, html: boolean): Steps<TextPreview> {
  const cards: ParsedCard[] = [];
  const issues: ImportIssue[] = [];
  const lines = new LineCounter(normalized);
  const decode = html ? htmlToText : (value: string) => value;
  let offset = bodyStart;
  let count = 0;
  for (const raw of normalized.slice(bodyStart).split(cardSeparator)) {
    if (++count % ROWS_PER_STEP === 0) yield;
    const start = offset + (raw.length - raw.trimStart().length);
    offset += raw.length + cardSeparator.length;
    const quote = raw.trim();
    if (!quote) continue;
    const line = lines.lineAt(start);
    const at = raw.indexOf(termSeparator);
    if (at < 0) {
      issues.push({ line, message: `no ${describe(termSeparator)} between term and definition in "${excerpt(quote)}"` });
      continue;
    }
    const front = decode(raw.slice(0, at)).trim();
    const back = decode(raw.slice(at + termSeparator.length)).trim();
    if (!front) issues.push({ line, message: "the term is empty" });
    else if (!back) issues.push({ line, message: `the definition of "${excerpt(front)}" is empty` });
    else cards.push({ line, front, back, explanation: "", quote });
  }
  return { cards, issues };
}

/** A file with Anki headers is read as Anki reads it: CSV quoting, `#` comment lines, one note per row. */
function* ankiCards(normalized: string, header: Header, separator: string): Steps<TextPreview> {
  const body = normalized.slice(header.bodyStart);
  const { rows, issues } = yield* readRows(body, separator, "#");
  const headerLines = normalized.slice(0, header.bodyStart).split("\n").length - 1;
  const decode = header.html ? htmlToText : (value: string) => value.trim();
  const cloze = /cloze/i.test(header.notetype ?? "");
  const cards: ParsedCard[] = [];
  for (const issue of issues) issue.line += headerLines;
  for (const row of rows) {
    const line = row.line + headerLines;
    const fields = row.cells.filter((_, i) => !header.metaColumns.includes(i)).map(decode);
    if (fields.every((value) => !value)) continue;
    const [front = "", back = ""] = fields;
    if (cloze || hasCloze(front)) {
      const made = clozeCards(front, { line, explanation: back, quote: row.raw });
      if (made.length > 0) cards.push(...made);
      else issues.push({ line, message: `no cloze deletion {{c1::…}} in "${excerpt(front)}"` });
    } else if (fields.length < 2) issues.push({ line, message: `no ${describe(separator)} between term and definition in "${excerpt(row.raw)}"` });
    else if (!front) issues.push({ line, message: "the term is empty" });
    else if (!back) issues.push({ line, message: `the definition of "${excerpt(front)}" is empty` });
    else cards.push({ line, front, back, explanation: fields.slice(2).filter(Boolean).join("\n"), quote: row.raw });
  }
  issues.sort((a, b) => a.line - b.line);
  return { cards, issues };
}

/** Parses every card and collects every problem, so a UI can show both before anything is saved. */
export function* cardTextSteps(text: string, options: TextImportOptions = {}): Steps<TextPreview> {
  const normalized = text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  const header = readHeader(normalized);
  const termSeparator = header.separator ?? resolveSeparator(options.termSeparator ?? "tab");
  const cardSeparator = header.present ? "\n" : resolveSeparator(options.cardSeparator ?? "newline");
  if (termSeparator === cardSeparator) {
    return { cards: [], issues: [{ line: 1, message: "the term and card separators must differ" }] };
  }
  const title = header.deck ? header.deck.split("::").pop()?.trim() || undefined : undefined;
  const parsed = header.present
    ? yield* ankiCards(normalized, header, termSeparator)
    : yield* quizletCards(normalized, header.bodyStart, termSeparator, cardSeparator, header.html);
  return { ...parsed, ...(title ? { title } : {}) };
}

function describe(separator: string): string {
  const name = Object.entries(NAMED_SEPARATORS).find(([, value]) => value === separator)?.[0];
  return name ? `${name} separator` : `separator "${separator}"`;
}

function excerpt(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}
