import Papa from "papaparse";
import type { StudySetContent } from "../generator/types";
import type { ParsedCard } from "./imported-items";
import { restoreFormulaCell, spreadsheetCsv } from "./spreadsheet-cells";
import { LineCounter, type Steps } from "./steps";
import { slugify } from "./text";
import type { ExportFile, ImportIssue } from "./types";

export const CSV_COLUMNS = ["Front", "Back", "Explanation", "Source"] as const;

export function exportCsv(content: StudySetContent): ExportFile {
  const rows = content.flashcards.map((card) => [card.front, card.back, card.explanation, card.source.quote]);
  return { bytes: spreadsheetCsv(CSV_COLUMNS, rows), filename: `${slugify(content.title)}.csv`, mimeType: "text/csv; charset=utf-8" };
}

export type CsvImportOptions = {
  /** Defaults to detecting comma, semicolon or tab. */
  delimiter?: string;
  /** Defaults to detecting a header row by its column names. */
  hasHeader?: boolean;
  title?: string;
};

const FRONT_NAMES = ["front", "term", "question", "word", "prompt"];
const BACK_NAMES = ["back", "definition", "answer", "meaning"];
const EXPLANATION_NAMES = ["explanation", "notes", "note", "extra", "back extra"];

type Columns = { front: number; back: number; explanation: number };

function headerColumns(row: string[]): Columns | null {
  const names = row.map((cell) => cell.trim().toLowerCase());
  const find = (candidates: string[]) => names.findIndex((name) => candidates.includes(name));
  const columns = { front: find(FRONT_NAMES), back: find(BACK_NAMES), explanation: find(EXPLANATION_NAMES) };
  return columns.front >= 0 && columns.back >= 0 ? columns : null;
}

export type CsvPreview = { cards: ParsedCard[]; issues: ImportIssue[]; hasHeader: boolean };

export type Row = { cells: string[]; line: number; raw: string };

const SEGMENT_CHARS = 64 * 1024;

/**
 * Cuts the text at record boundaries about every `size` characters: a line break outside quotes,
 * known by an even count of `"` before it (RFC 4180 doubles quotes inside quoted fields).
 */
export function recordSegments(text: string, size = SEGMENT_CHARS): [start: number, end: number][] {
  const segments: [number, number][] = [];
  let start = 0;
  let quotes = 0;
  for (let i = 0; i < text.length; i++) {
    const char = text.charCodeAt(i);
    if (char === 34) quotes++;
    else if (char === 10 && quotes % 2 === 0 && i + 1 - start >= size) {
      segments.push([start, i + 1]);
      start = i + 1;
    }
  }
  if (start < text.length) segments.push([start, text.length]);
  return segments;
}

function skipComments(text: string, start: number, comments: string | undefined): number {
  let at = start;
  while (comments && text.startsWith(comments, at)) {
    const end = text.indexOf("\n", at);
    at = end < 0 ? text.length : end + 1;
    while (/\s/.test(text[at] ?? "")) at++;
  }
  return at;
}

/** Delimited rows with their 1-based lines; `comments` skips lines starting with it, as Anki's text import does. */
export function* readRows(text: string, delimiter: string | undefined, comments?: string): Steps<{ rows: Row[]; issues: ImportIssue[] }> {
  const rows: Row[] = [];
  const issues: ImportIssue[] = [];
  const lines = new LineCounter(text);
  let chosen = delimiter ?? "";
  for (const [segmentStart, segmentEnd] of recordSegments(text)) {
    const segment = text.slice(segmentStart, segmentEnd);
    let start = 0;
    Papa.parse<string[]>(segment, {
      delimiter: chosen,
      delimitersToGuess: [",", ";", "\t", "|"],
      skipEmptyLines: "greedy",
      ...(comments ? { comments } : {}),
      step: (result) => {
        // Papa guesses the delimiter from the first rows; later segments must not guess again.
        if (!chosen && result.meta.delimiter && result.data.length > 1) chosen = result.meta.delimiter;
        const end = result.meta.cursor;
        start = skipComments(segment, start, comments);
        const line = lines.lineAt(segmentStart + start);
        for (const error of result.errors) {
          // A one-column file has no delimiter to find; the row check below says what is wrong.
          if (error.code !== "UndetectableDelimiter") issues.push({ line, message: error.message });
        }
        rows.push({ cells: result.data, line, raw: segment.slice(start, end).replace(/\r?\n$/, "") });
        start = end;
        while (/\s/.test(segment[start] ?? "")) start++;
      },
    });
    yield;
  }
  return { rows, issues };
}

export function* csvSteps(text: string, options: CsvImportOptions = {}): Steps<CsvPreview> {
  const normalized = text.replace(/^\uFEFF/, "");
  const { rows: allRows, issues } = yield* readRows(normalized, options.delimiter);
  const rows = allRows.filter((row) => row.cells.some((cell) => cell.trim() !== ""));
  const detected = rows.length > 0 ? headerColumns(rows[0].cells) : null;
  const hasHeader = options.hasHeader ?? detected !== null;
  const columns = (hasHeader ? detected : null) ?? { front: 0, back: 1, explanation: -1 };
  const cards: ParsedCard[] = [];
  for (const row of hasHeader ? rows.slice(1) : rows) {
    const cell = (index: number) => restoreFormulaCell((row.cells[index] ?? "").trim()).trim();
    const front = cell(columns.front);
    const back = cell(columns.back);
    const explanation = columns.explanation >= 0 ? cell(columns.explanation) : "";
    if (row.cells.length < 2) issues.push({ line: row.line, message: "expected at least two columns (term and definition)" });
    else if (!front) issues.push({ line: row.line, message: "the term is empty" });
    else if (!back) issues.push({ line: row.line, message: "the definition is empty" });
    else cards.push({ line: row.line, front, back, explanation, quote: row.raw });
  }
  issues.sort((a, b) => a.line - b.line);
  return { cards, issues, hasHeader };
}
