// A PDF → reader text. A PDF keeps only positioned runs of text, so the structure is rebuilt from the
// layout: lines from positions, headings from font sizes larger than the body text, list items from
// bullet and number markers, paragraphs from line spacing, and tables from runs of lines whose text
// falls in the same columns. Running headers, footers and page numbers are dropped.
// What it cannot do: read scanned pages (no text layer), multi-column page layouts (lines of
// neighbouring columns are read together), bold-only headings at body size (they stay paragraphs
// unless they stand alone), or table cells whose text wraps inside a cell that also leaves the first
// column empty (read as a continuation of the row above).

import { getDocumentProxy } from "unpdf";
import { IngestError } from "./ingest-error";

const MAX_PAGES = 500;
/** Fewer readable characters than this per page on average: the pages are pictures of text. */
const SCANNED_CHARS_PER_PAGE = 25;

type Run = { text: string; x0: number; x1: number; y: number; size: number };
type Segment = { text: string; x0: number; x1: number };
export type PdfLine = { page: number; y: number; size: number; x0: number; x1: number; segments: Segment[] };
type TextItemLike = { str: string; transform: number[]; width: number; height: number };

const BULLET = /^(?:[•◦▪▫●○■□‣⁃·∙➢➤►✓✔\uF0A7\uF0B7\uF076\uF0D8\uF0FC]|[-–—*])\s*(?=\S)/u;
const NUMBER = /^(?:\d{1,3}|[a-z])[.)]\s+(?=\S)/;
const PAGE_NUMBER = /^(?:page\s+)?\d{1,4}(?:\s*(?:of|\/)\s*\d{1,4})?$|^[-–—]\s*\d{1,4}\s*[-–—]$/i;

function isTextItem(item: unknown): item is TextItemLike {
  return typeof (item as TextItemLike).str === "string" && Array.isArray((item as TextItemLike).transform);
}

function runsOf(items: unknown[]): Run[] {
  const runs: Run[] = [];
  for (const item of items) {
    if (!isTextItem(item) || !item.str.trim()) continue;
    const [a, b, c, d, x, y] = item.transform;
    // Rotated or vertical text (margin notes, stamps) is not part of the reading order.
    if (Math.abs(b) > 0.01 * Math.abs(a) || Math.abs(c) > 0.01 * Math.abs(d)) continue;
    const size = Math.abs(d) || item.height;
    if (!size) continue;
    runs.push({ text: item.str, x0: x, x1: x + item.width, y, size });
  }
  return runs;
}

/** Runs at the same height form a line; a gap wider than the font size starts a new segment (a column). */
function linesOf(runs: Run[], page: number): PdfLine[] {
  const sorted = [...runs].sort((p, q) => q.y - p.y || p.x0 - q.x0);
  const groups: Run[][] = [];
  for (const run of sorted) {
    const group = groups[groups.length - 1];
    if (group && Math.abs(group[0].y - run.y) <= 0.45 * Math.min(group[0].size, run.size)) group.push(run);
    else groups.push([run]);
  }
  return groups.map((group) => {
    group.sort((p, q) => p.x0 - q.x0);
    const size = Math.max(...group.map((r) => r.size));
    const segments: Segment[] = [];
    for (const run of group) {
      const last = segments[segments.length - 1];
      const gap = last ? run.x0 - last.x1 : Infinity;
      if (last && gap <= size) {
        const space = gap > 0.12 * size && !/\s$/.test(last.text) && !/^\s/.test(run.text) ? " " : "";
        last.text += space + run.text;
        last.x1 = Math.max(last.x1, run.x1);
      } else segments.push({ text: run.text, x0: run.x0, x1: run.x1 });
    }
    for (const segment of segments) segment.text = segment.text.replace(/\s+/g, " ").trim();
    return { page, y: group[0].y, size, x0: segments[0].x0, x1: segments[segments.length - 1].x1, segments };
  });
}

function lineText(line: PdfLine): string {
  return line.segments.map((s) => s.text).join(" ");
}

/** The size most of the text is set in. */
function bodySize(lines: PdfLine[]): number {
  const weight = new Map<number, number>();
  for (const line of lines) {
    const key = Math.round(line.size * 2) / 2;
    weight.set(key, (weight.get(key) ?? 0) + lineText(line).length);
  }
  return [...weight.entries()].sort((p, q) => q[1] - p[1])[0]?.[0] ?? 12;
}

/** Lines repeated at the top or bottom of many pages (running heads, footers) and bare page numbers. */
function dropPageFurniture(pages: PdfLine[][]): PdfLine[][] {
  const key = (line: PdfLine) => lineText(line).toLowerCase().replace(/\d+/g, "#");
  const counts = new Map<string, number>();
  for (const lines of pages) {
    const edges = new Set([lines[0], lines[1], lines[lines.length - 2], lines[lines.length - 1]].filter(Boolean).map(key));
    for (const k of edges) counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  const repeated = (line: PdfLine) => pages.length >= 3 && (counts.get(key(line)) ?? 0) >= Math.max(3, pages.length * 0.5);
  return pages.map((lines) =>
    lines.filter((line, index) => {
      const edge = index < 2 || index >= lines.length - 2;
      return !(edge && (PAGE_NUMBER.test(lineText(line)) || repeated(line)));
    }),
  );
}

type Band = { x0: number; x1: number };

/** Column bands from the rows that have the most cells. */
function bandsOf(rows: PdfLine[]): Band[] {
  const width = Math.max(...rows.map((r) => r.segments.length));
  const full = rows.filter((r) => r.segments.length === width);
  return Array.from({ length: width }, (_, i) => ({
    x0: Math.min(...full.map((r) => r.segments[i].x0)),
    x1: Math.max(...full.map((r) => r.segments[i].x1)),
  }));
}

/** Splits text that runs across column boundaries at the space nearest to each boundary (by width share). */
function splitAcross(segment: Segment, boundaries: number[]): string[] {
  const text = segment.text;
  const span = segment.x1 - segment.x0 || 1;
  const cuts: number[] = [];
  for (const boundary of boundaries) {
    const target = ((boundary - segment.x0) / span) * text.length;
    let best = -1;
    for (let i = 0; i < text.length; i++) if (text[i] === " " && (best < 0 || Math.abs(i - target) < Math.abs(best - target))) best = i;
    if (best > 0 && !cuts.includes(best)) cuts.push(best);
  }
  cuts.sort((p, q) => p - q);
  const parts: string[] = [];
  let start = 0;
  for (const cut of cuts) {
    parts.push(text.slice(start, cut).trim());
    start = cut + 1;
  }
  parts.push(text.slice(start).trim());
  return parts;
}

function cellsOf(line: PdfLine, bands: Band[]): string[] {
  const cells = bands.map(() => "");
  const gaps = bands.slice(1).map((band, i) => (bands[i].x1 + band.x0) / 2);
  const bandAt = (x: number) => gaps.filter((g) => x > g).length;
  for (const segment of line.segments) {
    const first = bandAt(segment.x0 + 1);
    const last = bandAt(segment.x1 - 1);
    const parts = last > first ? splitAcross(segment, gaps.slice(first, last)) : [segment.text];
    parts.forEach((part, i) => {
      const at = Math.min(first + i, bands.length - 1);
      cells[at] = cells[at] ? `${cells[at]} ${part}` : part;
    });
  }
  return cells;
}

function pipeRow(cells: string[]): string {
  return `| ${cells.map((c) => c.replace(/\|/g, "\\|")).join(" | ")} |`;
}

/** A run of two or more multi-segment lines, plus wrapped cell lines, as a pipe table. */
function tableFrom(lines: PdfLine[], start: number, body: number): { markdown: string; end: number } | null {
  if (lines[start].segments.length < 2 || lines[start + 1]?.segments.length < 2) return null;
  let end = start;
  while (end < lines.length && lines[end].page === lines[start].page && lines[end].size < body * 1.15) {
    if (lines[end].segments.length < 2) {
      const provisional = bandsOf(lines.slice(start, end));
      const only = lines[end].segments[0];
      const inOneLaterBand = provisional.slice(1).some((b) => only.x0 >= b.x0 - 2 && only.x1 <= b.x1 + body * 4);
      if (!inOneLaterBand) break;
    }
    end++;
  }
  const run = lines.slice(start, end);
  const bands = bandsOf(run);
  const rows: string[][] = [];
  for (const line of run) {
    const cells = cellsOf(line, bands);
    const previous = rows[rows.length - 1];
    if (previous && !cells[0]) cells.forEach((cell, i) => (previous[i] = [previous[i], cell].filter(Boolean).join(" ")));
    else rows.push(cells);
  }
  if (rows.length < 2) return null;
  const markdown = [pipeRow(rows[0]), pipeRow(bands.map(() => "---")), ...rows.slice(1).map(pipeRow)].join("\n");
  return { markdown, end };
}

function headingLevels(lines: PdfLine[], body: number): Map<number, number> {
  const sizes = [...new Set(lines.filter((l) => l.size >= body * 1.15).map((l) => Math.round(l.size * 2) / 2))].sort((p, q) => q - p);
  const topCount = lines.filter((l) => Math.round(l.size * 2) / 2 === sizes[0]).length;
  const shift = topCount > 1 ? 1 : 0;
  return new Map(sizes.map((size, i) => [size, Math.min(6, i + 1 + shift)]));
}

function endsSentence(text: string): boolean {
  return /[.!?:;]["”’')\]]*$/u.test(text);
}

function join(paragraph: string, next: string): string {
  return /[\p{L}]-$/u.test(paragraph) ? paragraph + next : `${paragraph} ${next}`;
}

const LONE_MARKER = /^(?:\d{1,3}[.)]|[a-z][.)]|[•◦▪▫●○■□‣⁃·∙➢➤►✓✔\uF0A7\uF0B7\uF076\uF0D8\uF0FC*–-])$/u;

/** A list marker set apart from its text by a tab stop is one segment with it, not a table column. */
function joinListMarker(line: PdfLine): PdfLine {
  const [marker, text, ...rest] = line.segments;
  if (!text || !LONE_MARKER.test(marker.text)) return line;
  return { ...line, segments: [{ text: `${marker.text} ${text.text}`, x0: marker.x0, x1: text.x1 }, ...rest] };
}

/** Rebuilds headings, paragraphs, lists and tables from the lines of all pages. */
function linesToMarkdown(pageLines: PdfLine[]): string {
  const lines = pageLines.map(joinListMarker);
  const body = bodySize(lines);
  const rightEdge = Math.max(...lines.filter((l) => Math.abs(l.size - body) <= 0.5).map((l) => l.x1));
  const leftEdge = Math.min(...lines.map((l) => l.x0));
  const levels = headingLevels(lines, body);
  const blocks: string[] = [];
  let open: { kind: "paragraph" | "item" | "heading"; text: string; line: PdfLine; textX: number; level?: number } | null = null;
  const close = () => {
    if (!open) return;
    const prefix = open.kind === "heading" ? `${"#".repeat(open.level ?? 2)} ` : "";
    const text = `${prefix}${open.text}`;
    // List items stay on consecutive lines; other blocks are separated by a blank line.
    if (open.kind === "item" && blocks.length && /^(?:- |\d+\. )/.test(blocks[blocks.length - 1].split("\n").pop() ?? "")) blocks[blocks.length - 1] += `\n${text}`;
    else blocks.push(text);
    open = null;
  };
  const spacing = lineSpacing(lines, body);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const table = line.size < body * 1.15 ? tableFrom(lines, i, body) : null;
    if (table) {
      close();
      blocks.push(table.markdown);
      i = table.end - 1;
      continue;
    }
    const text = lineText(line);
    const previous: PdfLine | undefined = open?.line;
    const gap = previous && previous.page === line.page ? previous.y - line.y : null;
    const level = levels.get(Math.round(line.size * 2) / 2);
    if (level) {
      if (open?.kind === "heading" && open.level === level && gap !== null && gap < line.size * 1.6) {
        open.text = join(open.text, text);
        open.line = line;
        continue;
      }
      close();
      open = { kind: "heading", text, line, textX: line.x0, level };
      continue;
    }
    const bullet = text.match(BULLET) ?? text.match(NUMBER);
    if (bullet) {
      close();
      const rest = text.slice(bullet[0].length);
      const number = text.match(NUMBER);
      const marker = number ? `${number[0].replace(/[.)]\s+$/, "").replace(/^[a-z]$/, (c) => String(c.charCodeAt(0) - 96))}. ` : "- ";
      open = { kind: "item", text: `${marker}${rest}`, line, textX: line.x0 };
      continue;
    }
    // The last line of a paragraph ends a sentence well short of the right margin.
    const endedShort = open !== null && endsSentence(open.text) && open.line.x1 < leftEdge + (rightEdge - leftEdge) * 0.85;
    if (open && open.kind !== "heading" && !endedShort) {
      const samePage = gap !== null;
      const close_enough = samePage ? gap <= spacing * 1.35 : !endsSentence(open.text);
      // A list item's wrapped lines are indented past its marker; a paragraph's stay at its left edge.
      const aligned =
        open.kind === "item"
          ? line.x0 > open.textX + body * 0.4 && line.x0 <= open.textX + body * 4
          : line.x0 - open.line.x0 < body * 1.5 || line.x0 <= open.textX + 1;
      if (close_enough && aligned) {
        open.text = join(open.text, text);
        open.line = line;
        continue;
      }
    }
    close();
    open = { kind: "paragraph", text, line, textX: line.x0 };
  }
  close();
  return blocks.join("\n\n");
}

/** The usual distance between lines of body text. */
function lineSpacing(lines: PdfLine[], body: number): number {
  const gaps = new Map<number, number>();
  for (let i = 1; i < lines.length; i++) {
    if (lines[i].page !== lines[i - 1].page || Math.abs(lines[i].size - body) > 0.5) continue;
    const gap = Math.round((lines[i - 1].y - lines[i].y) * 2) / 2;
    if (gap > 0 && gap < body * 3) gaps.set(gap, (gaps.get(gap) ?? 0) + 1);
  }
  const common = [...gaps.entries()].sort((p, q) => q[1] - p[1] || p[0] - q[0])[0]?.[0];
  return common ?? body * 1.2;
}

/** The reader text of a document's pages, each a list of lines from top to bottom. */
export function pagesToMarkdown(pages: PdfLine[][]): string {
  return linesToMarkdown(dropPageFurniture(pages).flat());
}

export type PdfArticle = { markdown: string; pages: number; pagesRead: number };

async function openPdf(bytes: Uint8Array) {
  try {
    return await getDocumentProxy(new Uint8Array(bytes), { isEvalSupported: false, verbosity: 0, stopAtErrors: false });
  } catch (error) {
    const name = (error as { name?: string })?.name;
    if (name === "PasswordException") {
      throw new IngestError("encrypted_pdf", "This PDF is protected by a password, so its text cannot be read. Remove the password (or print it to a new PDF) and upload it again.");
    }
    throw new IngestError("corrupt_pdf", "This PDF is damaged or incomplete and could not be opened. Save or export it again and upload the new file.");
  }
}

export async function pdfToArticle(bytes: Uint8Array, maxTextChars: number): Promise<PdfArticle> {
  const pdf = await openPdf(bytes);
  try {
    const pagesRead = Math.min(pdf.numPages, MAX_PAGES);
    const pages: PdfLine[][] = [];
    let chars = 0;
    for (let number = 1; number <= pagesRead; number++) {
      const page = await pdf.getPage(number);
      const content = await page.getTextContent();
      const lines = linesOf(runsOf(content.items), number);
      for (const line of lines) chars += lineText(line).replace(/\s/g, "").length;
      pages.push(lines);
      page.cleanup();
      if (chars > maxTextChars) {
        throw new IngestError("too_large", "The text of this PDF is larger than 1 MB; split it into smaller documents.");
      }
    }
    if (chars < SCANNED_CHARS_PER_PAGE * pagesRead) {
      throw new IngestError(
        "scanned_pdf",
        "This PDF has no text layer: its pages are scanned images, which cannot be read. Run it through text recognition (OCR) first, or paste the text.",
      );
    }
    return { markdown: pagesToMarkdown(pages), pages: pdf.numPages, pagesRead };
  } finally {
    await pdf.destroy();
  }
}
