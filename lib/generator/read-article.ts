// Reads plain text or Markdown into a document model: title, sections, paragraphs, lists,
// pipe tables and expert positions. Every `raw` field is an exact slice of an input line, so
// items built from it can quote the article verbatim.

import { resolveContext } from "./context";
import { articleNotices, detectLanguage } from "./language";
import type { ArticleLanguage, Notice } from "./types";
import { addProseExperts } from "./prose-experts";
import { displayText, escapeRegExp, trimTerminalPunctuation, wordCount } from "./text";

/**
 * `statements[i]` is `sentences[i]` as it can stand alone (display text, an opening "She"/"It" resolved
 * from the text before it), or "" when it leans on something no rewrite can name.
 */
export type Paragraph = { kind: "paragraph"; raw: string; sentences: string[]; statements: string[] };
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
  /** True when the position is written on the name line itself ("Name – Affiliation: position") or in the same sentence. */
  inline: boolean;
  /** The expert's position in the organisation when the article gives it ("a glaciologist"). */
  role?: string;
};
export type Block = Paragraph | List | Table | Expert;
/** `level`: a Markdown heading's depth (`##` is 2), absent where the text does not say (plain-text headings). */
export type Section = { heading: string; blocks: Block[]; level?: number };
export type Article = {
  title: string;
  sections: Section[];
  /** Detected language: the scaffolding of items is written in it when supported. */
  language: ArticleLanguage;
  /** What the teacher should know before generating (other language, too short, several articles). */
  notices: Notice[];
};

type Line = { raw: string; text: string; quoted: boolean };

const BULLET = /^\s*(?:[-*•+\u2022\u25E6\u2043]|\d{1,3}[.)])\s+(\S.*)$/u;
const MARKDOWN_HEADING = /^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$/;
const BOLD_LINE = /^\s*(\*\*|__)([^*_].*?)\1\s*:?\s*$/;
const TABLE_SEPARATOR = /^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?\s*$/;
const BLOCKQUOTE = /^\s{0,3}(?:>\s?)+/;
const CODE_FENCE = /^\s{0,3}(?:```|~~~)/;
const HORIZONTAL_RULE = /^\s*(?:-{3,}|\*{3,}|_{3,}|={3,})\s*$/;
const EXPERTS_HEADING =
  /\b(?:experts?|analysts?|specialists?|scholars?|observers?|commentators?|commentary|voices|perspectives|viewpoints|views|opinions|reactions?|responses|quotes|what .{1,40} (?:say|think|said))\b/i;
/** Back matter that lists sources or links, not facts to study. */
const BACK_MATTER = /^(?:see also|references?|notes|footnotes|sources|bibliography|further reading|external links|citations|works cited)$/i;
const NAME_TOKEN = /^(?:\p{Lu}[\p{L}'’.-]*|(?:Dr|Prof|Mr|Mrs|Ms)\.?|de|da|del|van|von|der|al|bin|le|la|du|di)$/u;
/** Words that start a sentence, never a person's name ("The Report, Published Today"). */
const NOT_A_NAME = /^(?:The|A|An|This|That|These|Those|In|On|At|For|From|With|By|Of|To|And|But|Or|If|When|While|After|Before|Key|What|Why|How|Who|Where|Which|Our|Their|Its|His|Her|Some|Most|Many|All|New|No)$/;

export function normalizeLineEndings(text: string): string {
  return text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
}

/** `|---|:-:|`: cells of dashes with optional alignment colons (at least one "--" or colon, and a pipe). */
function isSeparator(text: string): boolean {
  return text.includes("|") && TABLE_SEPARATOR.test(text) && /--|:-|-:/.test(text);
}

function isTableLine(text: string): boolean {
  if (!text.includes("|") || isSeparator(text)) return false;
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

/**
 * The first line of the text is the headline when it reads like one, however long: no full stop at
 * its end, no sentence break inside, a capital first. Gluing it onto the lead would make a muddle.
 */
function isHeadline(line: Line, next: Line | undefined): boolean {
  const text = line.text.trim();
  if (!text || line.quoted || BULLET.test(line.raw) || isTableLine(text) || !next?.text.trim()) return false;
  if (text.length > 220 || wordCount(text) > 32 || !startsLikeHeading(text) || BYLINE.test(text)) return false;
  if (/[.,;:…]["”’')]*$/u.test(text) || /[.!?]\s+\p{Lu}/u.test(text)) return false;
  return !/^\s*\p{Ll}/u.test(next.text) || BULLET.test(next.raw);
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

type PreviousLine = { kind: "blank" | "heading" | "paragraph" | "list" | "other"; text: string; quoted?: boolean };

/** A line right after an unfinished paragraph line is its continuation (hard-wrapped Markdown). */
function continuesParagraph(previous: PreviousLine): boolean {
  return previous.kind === "paragraph" && !endsWithTerminalPunctuation(previous.text);
}

export type ExpertLine = { name: string; affiliation: string; position: string };

/**
 * "Name – Affiliation", "Name, Affiliation", "Name - Affiliation" or "Name (Affiliation)", possibly bold,
 * optionally followed by the position on the same line: "Name – Affiliation: position".
 * `position` is the raw text after the colon ("" when the position is in the next paragraph).
 */
export function parseExpertLine(text: string): ExpertLine | null {
  const whole = parseNameAndAffiliation(text);
  if (whole) return { ...whole, position: "" };
  for (const colon of text.matchAll(/:\s+/g)) {
    const at = colon.index ?? 0;
    const position = text.slice(at + colon[0].length).trim();
    if (wordCount(displayText(position)) < 4) continue;
    const head = parseNameAndAffiliation(text.slice(0, at));
    if (head) return { ...head, position };
  }
  return null;
}

function parseNameAndAffiliation(text: string): { name: string; affiliation: string } | null {
  const plain = displayText(text.replace(MARKDOWN_HEADING, "$2").replace(/^\s*(?:[-*•+]|\d+[.)])\s+/, ""));
  if (plain.length > 140 || /[.!?]$/.test(plain)) return null;
  const match =
    plain.match(/^(.{3,60}?)\s*[–—]\s*(.+)$/u) ??
    plain.match(/^(.{3,60}?)\s+-\s+(.+)$/u) ??
    plain.match(/^(.{3,60}?)\s*\((.+)\)$/u) ??
    plain.match(/^(.{3,60}?)\s*,\s*(.+)$/u);
  if (!match) return null;
  const name = match[1].trim();
  const affiliation = trimTerminalPunctuation(match[2].replace(/^[–—,-]\s*/, ""));
  const tokens = name.split(/\s+/);
  if (tokens.length < 2 || tokens.length > 5 || !tokens.every((t) => NAME_TOKEN.test(t)) || NOT_A_NAME.test(tokens[0])) return null;
  if (!/^\p{Lu}/u.test(tokens[tokens.length - 1]) || !affiliation || wordCount(affiliation) > 14) return null;
  return { name, affiliation };
}

/** Outside an experts section, only a bold name ("**Ann Lee**, Some University") is trusted as an expert line. */
function startsWithBoldName(raw: string): boolean {
  if (!raw.includes("**") && !raw.includes("__")) return false;
  return /^\s*(?:[-*+]\s+)?(?:\*\*|__)\p{Lu}[^*_]{2,60}(?:\*\*|__)\s*[,–—(-]/u.test(raw);
}

function headingOf(line: Line, previous: PreviousLine, next: Line | undefined): string | null {
  const markdown = line.text.match(MARKDOWN_HEADING);
  if (markdown) return trimTerminalPunctuation(displayText(markdown[2])) || null;
  const bold = line.text.match(BOLD_LINE);
  if (bold && !BULLET.test(line.text)) return trimTerminalPunctuation(displayText(bold[2]));
  return isPlainHeading(line, previous, next) ? displayText(line.text) : null;
}

export function splitSentences(text: string): string[] {
  const sentences: string[] = [];
  const boundary = /([.!?…]["”’')\]]*(?:\[\^?[\w ]{1,20}\])*)\s+(?=["“‘(*_]?[\p{Lu}\p{N}])/gu;
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

  get inList(): boolean {
    return this.list !== null && this.list.items.length > 0;
  }

  startSection(heading: string, level?: number): void {
    this.flush();
    this.current = level ? { heading, blocks: [], level } : { heading, blocks: [] };
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

  /** A wrapped list item's next line: the raw text joins with a space, which "whitespace aside" allows. */
  continueListItem(raw: string): void {
    const item = this.list?.items[this.list.items.length - 1];
    if (!item) return;
    item.raw = `${item.raw} ${raw.trim()}`;
    item.text = displayText(item.raw);
  }

  addTableLine(raw: string): void {
    this.flushParagraph();
    this.flushList();
    this.tableLines.push(raw.trim());
  }

  addSeparator(raw: string): void {
    if (this.tableLines.length) this.tableLines.push(raw.trim());
  }

  addExpert(raw: string, line: ExpertLine): void {
    this.flush();
    const position = line.position ? (splitSentences(line.position)[0] ?? "") : "";
    this.current.blocks.push({ kind: "expert", name: line.name, affiliation: line.affiliation, raw: raw.trim(), position, inline: Boolean(position) });
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
    const sentences = splitSentences(raw);
    blocks.push({ kind: "paragraph", raw, sentences, statements: sentences.map((s) => displayText(s)) });
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
    const lines = rawLines.filter((l) => !isSeparator(l));
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

/**
 * Lines with trailing whitespace trimmed. A blockquote marker (`> `) is cut off the raw text too, so
 * what follows it is read like any other line and stays an exact slice of the input.
 */
function toLines(text: string): Line[] {
  let inFence = false;
  return normalizeLineEndings(text)
    .split("\n")
    .map((full): Line => {
      if (CODE_FENCE.test(full)) {
        inFence = !inFence;
        return { raw: "", text: "", quoted: false };
      }
      if (inFence || /^\s*<!--.*-->\s*$/.test(full)) return { raw: "", text: "", quoted: false };
      const marker = full.match(BLOCKQUOTE)?.[0] ?? "";
      const raw = full.slice(marker.length);
      return { raw, text: raw.replace(/\s+$/, ""), quoted: marker.length > 0 };
    });
}

/** An indented line, or a lower-case line after an unfinished item, continues the list item above. */
function continuesListItem(line: Line, previous: PreviousLine): boolean {
  if (previous.kind !== "list") return false;
  if (/^(?:\s{2,}|\t)\S/.test(line.raw)) return true;
  return !endsWithTerminalPunctuation(previous.text) && /^\p{Ll}/u.test(line.text.trim());
}

export function readArticle(input: string): Article {
  const lines = toLines(input);
  const builder = new SectionBuilder();
  let inExperts = false;
  let previous: PreviousLine = { kind: "blank", text: "" };
  let previousTableLine = false;
  let firstLine: "heading" | "other" | null = null;
  let firstHeading = "";
  let firstH1 = "";

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const text = line.text.trim();
    const next = lines[i + 1];
    if (!text) {
      builder.endBlock();
      previous = { kind: "blank", text: "" };
      previousTableLine = false;
      continue;
    }
    let kind: PreviousLine["kind"] = "other";
    const bullet = BULLET.test(line.text);
    const bold = startsWithBoldName(line.raw);
    const expert = inExperts || bold || mayNameExpert(text) ? parseExpertLine(text) : null;
    const trusted = inExperts
      ? !bullet || bold || Boolean(expert?.position)
      : Boolean(expert && (bold ? expert.position || nextIsPosition(lines, i, expert.name) : !bullet && nextIsPosition(lines, i, expert.name)));
    if (expert && trusted) {
      builder.addExpert(line.raw, expert);
    } else if (isSeparator(text)) {
      builder.addSeparator(line.raw);
    } else if ((previousTableLine && text.includes("|")) || (isTableLine(text) && (isSeparator(next?.text ?? "") || isTableLine(next?.text ?? "")))) {
      builder.addTableLine(line.raw);
    } else if (HORIZONTAL_RULE.test(text)) {
      builder.endBlock();
    } else if (bullet) {
      builder.addListItem(line.text.match(BULLET)?.[1] ?? text);
      kind = "list";
    } else if (builder.inList && continuesListItem(line, previous)) {
      builder.continueListItem(line.raw);
      kind = "list";
      previous = { kind, text: `${previous.text} ${text}` };
      continue;
    } else {
      const headline = firstLine === null && isHeadline(line, next) ? displayText(line.text) : null;
      const heading = line.quoted ? null : (headline ?? headingOf(line, previous, next));
      if (heading !== null) {
        builder.startSection(heading, line.text.match(MARKDOWN_HEADING)?.[1].length);
        inExperts = EXPERTS_HEADING.test(heading);
        kind = "heading";
        if (!firstHeading) firstHeading = heading;
        if (!firstH1 && line.text.match(MARKDOWN_HEADING)?.[1] === "#") firstH1 = heading;
      } else {
        // Blockquoted lines stay separate paragraphs: joining them would put the `>` markers inside a quote.
        builder.addParagraphLine(line.raw, !line.quoted && !previous.quoted && continuesParagraph(previous));
        kind = "paragraph";
      }
    }
    firstLine ??= kind === "heading" ? "heading" : "other";
    previousTableLine = kind === "other" && text.includes("|");
    previous = { kind, text, quoted: line.quoted };
  }
  builder.flush();
  const sections = builder.sections.filter((s, index) => index > 0 || s.blocks.length > 0);
  for (const section of sections) if (BACK_MATTER.test(section.heading)) section.blocks = [];
  addProseExperts(sections);
  const people = sections.flatMap((s) => s.blocks.flatMap((b) => (b.kind === "expert" ? [b.name] : [])));
  const language = detectLanguage(input);
  resolveContext({ title: "", sections, language, notices: [] }, people);
  const sentences = sections.reduce(
    (n, s) => n + s.blocks.reduce((m, b) => m + (b.kind === "paragraph" ? b.sentences.length : b.kind === "list" ? b.items.length : b.kind === "table" ? b.rows.length : 0), 0),
    0,
  );
  return {
    language,
    notices: articleNotices(input, language, sentences), title: deriveTitle(sections, firstH1 || (firstLine === "heading" ? firstHeading : "")), sections };
}

/** A short line with a separator after two capitalised words: worth trying as "Name – Affiliation". */
function mayNameExpert(text: string): boolean {
  if (text.length >= 140) return false;
  const separator = text.search(/[–—,(]|\s-\s/u);
  if (separator < 3 || separator > 60) return false;
  const words = text.slice(0, separator).trim().split(" ");
  return words.length >= 2 && words.length <= 5 && words.every((w) => /^\p{Lu}/u.test(w));
}

/** The paragraph after a bold name line opens with a pronoun or the name ("She argues…", "Lee warns…"). */
function nextIsPosition(lines: Line[], index: number, name: string): boolean {
  const next = lines.slice(index + 1, index + 3).find((l) => l.text.trim());
  if (!next) return false;
  const surname = name.split(/\s+/).pop() ?? "";
  return new RegExp(`^\\s*(?:He|She|They|${escapeRegExp(surname)})\\s+\\p{Ll}`, "u").test(next.text);
}

const TITLE_MAX = 80;
const BYLINE = /^(?:By|Par|Por|Von)\s+\p{Lu}|^(?:Published|Updated|Posted)\b/u;
/** Where a lead sentence's main clause ends: a subordinate or participial phrase starts here. */
const CLAUSE_BREAK = /^(?:which|who|whose|while|whereas|because|although|though|after|before|since|when|as|amid|following|despite|according|including|by|with|after|until|unless|if|but|and|so)$/i;

/** A short title from a lead sentence: drop an appositive after the subject, stop at a natural break. */
export function titleFromSentence(sentence: string): string {
  let text = trimTerminalPunctuation(displayText(sentence));
  // "Kim Yo Jong, the powerful sister of …, issued …" → "Kim Yo Jong issued …"
  text = text.replace(/^((?:\p{Lu}[\p{L}'’.-]*\s+){0,4}\p{Lu}[\p{L}'’.-]*),\s+(?:the|a|an|who|which)\s+[^,]{3,90},\s+/u, "$1 ");
  if (text.length <= TITLE_MAX && wordCount(text) <= 14) return text;
  const words = text.split(/\s+/);
  let length = 0;
  let cut = 0;
  let natural = 0;
  for (let i = 0; i < words.length; i++) {
    length += (i ? 1 : 0) + words[i].length;
    if (length > TITLE_MAX) break;
    cut = i + 1;
    if (i >= 3 && /[,;:—–]$/u.test(words[i])) natural = i + 1;
    const following = words[i + 1] ?? "";
    const afterThat = words[i + 2] ?? "";
    const participle = (word: string, nextWord: string) => /^\p{Ll}+ed$/u.test(word) && /^by$/i.test(nextWord);
    if (i >= 3 && !participle(words[i], following) && (CLAUSE_BREAK.test(following) || participle(following, afterThat))) natural = i + 1;
  }
  const end = natural >= 4 ? natural : cut;
  const title = trimTerminalPunctuation(words.slice(0, end).join(" ").replace(/[,;:—–]+$/u, ""));
  return end === natural ? title : `${title.replace(/\s+(?:of|the|a|an|to|in|on|for|and|or|with|by|at|from)$/i, "")}…`;
}

/**
 * The article's title: its first line when that is a heading (`# Title`, a bold line or a headline
 * line), else its first `# ` heading; otherwise a short title from the lead sentence, since a later section heading
 * names a section, not the article.
 */
function deriveTitle(sections: Section[], leadingHeading: string): string {
  if (leadingHeading) return leadingHeading;
  const lead = sections[0]?.heading ? undefined : sections[0]?.blocks.find((b): b is Paragraph => b.kind === "paragraph");
  const leadSentence = lead?.sentences[0] ?? "";
  if (leadSentence && wordCount(displayText(leadSentence)) >= 3) return titleFromSentence(leadSentence);
  return sections.find((s) => s.heading)?.heading ?? (leadSentence ? titleFromSentence(leadSentence) : "Untitled article");
}
