// Reads plain text or Markdown into a document model: title, sections, paragraphs, lists,
// pipe tables and expert positions. Every `raw` field is an exact slice of an input line, so
// items built from it can quote the article verbatim.

import { displayText, trimTerminalPunctuation, wordCount } from "./text";

export type Paragraph = { kind: "paragraph"; raw: string; sentences: string[] };
export type ListItem = { raw: string; text: string };
export type List = { kind: "list"; intro: string; items: ListItem[] };
export type TableRow = { raw: string; cells: string[] };
/** `rawLines` keeps every line of the table as written, separator row included. */
export type Table = { kind: "table"; header: string[]; rows: TableRow[]; rawLines: string[] };
export type Expert = {
  kind: "expert";
  name: string;
  affiliation: string;
  /** The name line as written. */
  raw: string;
  /** The first sentence of the paragraph that states the expert's position ("" if none). */
  position: string;
};
export type Block = Paragraph | List | Table | Expert;
export type Section = { heading: string; blocks: Block[] };
export type Article = { title: string; sections: Section[] };

type Line = { raw: string; text: string };

const BULLET = /^\s*(?:[-*•+\u2022\u25E6\u2043]|\d{1,3}[.)])\s+(\S.*)$/u;
const MARKDOWN_HEADING = /^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$/;
const BOLD_LINE = /^\s*(\*\*|__)([^*_].*?)\1\s*:?\s*$/;
const TABLE_SEPARATOR = /^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$/;
const HORIZONTAL_RULE = /^\s*(?:-{3,}|\*{3,}|_{3,}|={3,})\s*$/;
const EXPERTS_HEADING =
  /\b(?:experts?|analysts?|specialists?|scholars?|observers?|commentators?|voices|perspectives|viewpoints|opinions|what .{1,40} (?:say|think|said))\b/i;
const NAME_TOKEN = /^(?:[A-Z][\p{L}'’.-]*|(?:Dr|Prof|Mr|Mrs|Ms)\.?|de|da|del|van|von|der|al|bin|le|la|du|di)$/u;

export function normalizeLineEndings(text: string): string {
  return text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
}

function isTableLine(text: string): boolean {
  if (!text.includes("|") || TABLE_SEPARATOR.test(text)) return false;
  return splitCells(text).filter((c) => c.trim()).length >= 2;
}

function splitCells(line: string): string[] {
  let body = line.trim();
  if (body.startsWith("|")) body = body.slice(1);
  if (body.endsWith("|")) body = body.slice(0, -1);
  return body.split(/(?<!\\)\|/).map((cell) => displayText(cell.replace(/\\\|/g, "|")));
}

function endsWithTerminalPunctuation(text: string): boolean {
  return /[.!?:;…]["”’')\]]*$/u.test(text.trim());
}

function startsLikeHeading(text: string): boolean {
  return /^["“‘'(]?[\p{Lu}\p{N}]/u.test(text);
}

/** A short line without sentence punctuation, standing on its own, reads as a heading in plain text. */
function isPlainHeading(line: Line, previous: PreviousLine, next: Line | undefined): boolean {
  const text = line.text.trim();
  if (!text || BULLET.test(line.raw) || isTableLine(text)) return false;
  if (text.length > 100 || wordCount(text) > 12 || !startsLikeHeading(text)) return false;
  if (/[.!,;:…]["”’')]*$/u.test(text) || /[.!?]\s+\p{Lu}/u.test(text)) return false;
  if (continuesParagraph(previous)) return false;
  const nextContinues = next && /^\s*\p{Ll}/u.test(next.text) && !BULLET.test(next.raw);
  return !nextContinues;
}

type PreviousLine = { kind: "blank" | "heading" | "paragraph" | "other"; text: string };

/** A line right after an unfinished paragraph line is its continuation (hard-wrapped Markdown). */
function continuesParagraph(previous: PreviousLine): boolean {
  return previous.kind === "paragraph" && !endsWithTerminalPunctuation(previous.text);
}

/** "Name – Affiliation", "Name, Affiliation", "Name - Affiliation" or "Name (Affiliation)", possibly bold. */
export function parseExpertLine(text: string): { name: string; affiliation: string } | null {
  const plain = displayText(text.replace(MARKDOWN_HEADING, "$2").replace(/^\s*(?:[-*•]|\d+[.)])\s+/, ""));
  if (plain.length > 120 || /[.!?]$/.test(plain)) return null;
  const match =
    plain.match(/^(.{3,60}?)\s*[–—]\s*(.+)$/u) ??
    plain.match(/^(.{3,60}?)\s+-\s+(.+)$/u) ??
    plain.match(/^(.{3,60}?)\s*,\s*(.+)$/u) ??
    plain.match(/^(.{3,60}?)\s*\((.+)\)$/u);
  if (!match) return null;
  const name = match[1].trim();
  const affiliation = trimTerminalPunctuation(match[2].replace(/^[–—,-]\s*/, ""));
  const tokens = name.split(/\s+/);
  if (tokens.length < 2 || tokens.length > 5 || !tokens.every((t) => NAME_TOKEN.test(t))) return null;
  if (!/^\p{Lu}/u.test(tokens[tokens.length - 1]) || !affiliation || wordCount(affiliation) > 12) return null;
  return { name, affiliation };
}

function headingOf(line: Line, previous: PreviousLine, next: Line | undefined): string | null {
  const markdown = line.text.match(MARKDOWN_HEADING);
  if (markdown) return displayText(markdown[2]);
  const bold = line.text.match(BOLD_LINE);
  if (bold && !BULLET.test(line.text)) return trimTerminalPunctuation(displayText(bold[2]));
  return isPlainHeading(line, previous, next) ? displayText(line.text) : null;
}

export function splitSentences(text: string): string[] {
  const sentences: string[] = [];
  const boundary = /([.!?…]["”’')\]]*)\s+(?=["“‘(]?[\p{Lu}\p{N}])/gu;
  let start = 0;
  for (const match of text.matchAll(boundary)) {
    const end = (match.index ?? 0) + match[1].length;
    const before = text.slice(start, end);
    const lastWord = before.split(/\s+/).pop() ?? "";
    if (/^(?:[A-Z]\.)+$|^(?:Mr|Mrs|Ms|Dr|Prof|St|Jr|Sr|vs|etc|e\.g|i\.e|No|Gen|Gov|Sen|Rep|U\.S|U\.K)\.$/.test(lastWord)) continue;
    sentences.push(before.trim());
    start = end;
  }
  const rest = text.slice(start).trim();
  if (rest) sentences.push(rest);
  return sentences.filter((s) => s.length > 0);
}

class SectionBuilder {
  readonly sections: Section[] = [];
  private current: Section;
  private paragraphLines: string[] = [];
  private list: List | null = null;
  private tableLines: string[] = [];

  constructor() {
    this.current = { heading: "", blocks: [] };
    this.sections.push(this.current);
  }

  get heading(): string {
    return this.current.heading;
  }

  startSection(heading: string): void {
    this.flush();
    this.current = { heading, blocks: [] };
    this.sections.push(this.current);
  }

  addParagraphLine(raw: string, joinWithPrevious: boolean): void {
    this.flushList();
    this.flushTable();
    if (!joinWithPrevious) this.flushParagraph();
    this.paragraphLines.push(raw.trim());
  }

  addListItem(raw: string): void {
    this.flushTable();
    if (!this.list) {
      this.flushParagraph();
      this.list = { kind: "list", intro: this.introForList(), items: [] };
    }
    this.list.items.push({ raw: raw.trim(), text: displayText(raw) });
  }

  addTableLine(raw: string): void {
    this.flushParagraph();
    this.flushList();
    this.tableLines.push(raw.trim());
  }

  addSeparator(raw: string): void {
    if (this.tableLines.length) this.tableLines.push(raw.trim());
  }

  addExpert(raw: string, name: string, affiliation: string): void {
    this.flush();
    this.current.blocks.push({ kind: "expert", name, affiliation, raw: raw.trim(), position: "" });
  }

  endBlock(): void {
    this.flush();
  }

  flush(): void {
    this.flushParagraph();
    this.flushList();
    this.flushTable();
  }

  private flushParagraph(): void {
    if (!this.paragraphLines.length) return;
    const raw = this.paragraphLines.join(" ");
    this.paragraphLines = [];
    const blocks = this.current.blocks;
    const last = blocks[blocks.length - 1];
    if (last?.kind === "expert" && !last.position) last.position = splitSentences(raw)[0] ?? "";
    blocks.push({ kind: "paragraph", raw, sentences: splitSentences(raw) });
  }

  /** The paragraph just before a list introduces it when it ends with a colon. */
  private introForList(): string {
    const last = this.current.blocks[this.current.blocks.length - 1];
    if (last?.kind !== "paragraph") return "";
    const sentence = last.sentences[last.sentences.length - 1] ?? "";
    return /:\s*$/.test(sentence) ? displayText(sentence) : "";
  }

  private flushList(): void {
    if (this.list) this.current.blocks.push(this.list);
    this.list = null;
  }

  private flushTable(): void {
    const rawLines = this.tableLines;
    this.tableLines = [];
    const lines = rawLines.filter((l) => !TABLE_SEPARATOR.test(l));
    if (!lines.length) return;
    const [headerLine, ...rowLines] = lines;
    const header = splitCells(headerLine);
    const rows = rowLines.map((raw) => ({ raw, cells: fitCells(splitCells(raw), header.length) }));
    this.current.blocks.push({ kind: "table", header, rows, rawLines });
  }
}

/** Pads ragged rows and drops trailing empty cells beyond the header. */
function fitCells(cells: string[], width: number): string[] {
  const fitted = cells.slice(0, Math.max(width, 1));
  while (fitted.length < width) fitted.push("");
  return fitted;
}

function toLines(text: string): Line[] {
  return normalizeLineEndings(text)
    .split("\n")
    .map((raw) => ({ raw, text: raw.replace(/\s+$/, "") }));
}

export function readArticle(input: string): Article {
  const lines = toLines(input);
  const builder = new SectionBuilder();
  let inExperts = false;
  let previous: PreviousLine = { kind: "blank", text: "" };
  let previousTableLine = false;

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const text = line.text.trim();
    const next = lines.slice(i + 1, i + 2)[0];
    if (!text) {
      builder.endBlock();
      previous = { kind: "blank", text: "" };
      previousTableLine = false;
      continue;
    }
    let kind: PreviousLine["kind"] = "other";
    const expert = inExperts && !BULLET.test(line.text) ? parseExpertLine(text) : null;
    if (expert) {
      builder.addExpert(line.raw, expert.name, expert.affiliation);
    } else if (TABLE_SEPARATOR.test(text) && text.includes("|")) {
      builder.addSeparator(line.raw);
    } else if ((previousTableLine && text.includes("|")) || (isTableLine(text) && (TABLE_SEPARATOR.test(next?.text ?? "") || isTableLine(next?.text ?? "")))) {
      builder.addTableLine(line.raw);
    } else if (HORIZONTAL_RULE.test(text)) {
      builder.endBlock();
    } else if (BULLET.test(line.text)) {
      builder.addListItem(line.text.match(BULLET)?.[1] ?? text);
    } else {
      const heading = headingOf(line, previous, next);
      if (heading !== null) {
        builder.startSection(heading);
        inExperts = EXPERTS_HEADING.test(heading);
        kind = "heading";
      } else {
        builder.addParagraphLine(line.raw, continuesParagraph(previous));
        kind = "paragraph";
      }
    }
    previousTableLine = kind === "other" && text.includes("|");
    previous = { kind, text };
  }
  builder.flush();
  const sections = builder.sections.filter((s, index) => index > 0 || s.blocks.length > 0);
  return { title: deriveTitle(sections), sections };
}

function deriveTitle(sections: Section[]): string {
  const first = sections[0];
  if (first && first.heading) return first.heading;
  const lead = first?.blocks.find((b): b is Paragraph => b.kind === "paragraph");
  const leadSentence = lead ? displayText(lead.sentences[0] ?? "") : "";
  if (leadSentence && wordCount(leadSentence) <= 14) return trimTerminalPunctuation(leadSentence);
  const firstHeading = sections.find((s) => s.heading)?.heading;
  if (firstHeading) return firstHeading;
  if (leadSentence) return `${leadSentence.split(/\s+/).slice(0, 10).join(" ")}…`;
  return "Untitled article";
}
