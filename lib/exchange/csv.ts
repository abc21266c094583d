import Papa from "papaparse";
import type { StudySetContent } from "../generator/types";
import { cardsToStudySet, failure, lineAt, noItemsFailure, type ParsedCard } from "./imported-items";
import { restoreFormulaCell, spreadsheetCsv } from "./spreadsheet-cells";
import { slugify } from "./text";
import type { ExportFile, ImportIssue, ImportResult } from "./types";

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

type Row = { cells: string[]; line: number; raw: string };

function readRows(text: string, delimiter: string | undefined): { rows: Row[]; issues: ImportIssue[] } {
  const rows: Row[] = [];
  const issues: ImportIssue[] = [];
  let start = 0;
  Papa.parse<string[]>(text, {
    delimiter: delimiter ?? "",
    delimitersToGuess: [",", ";", "\t", "|"],
    skipEmptyLines: "greedy",
    step: (result) => {
      const end = result.meta.cursor;
      const line = lineAt(text, start);
      for (const error of result.errors) {
        // A one-column file has no delimiter to find; the row check below says what is wrong.
        if (error.code !== "UndetectableDelimiter") issues.push({ line, message: error.message });
      }
      rows.push({ cells: result.data, line, raw: text.slice(start, end).replace(/\r?\n$/, "") });
      start = end;
      while (/\s/.test(text[start] ?? "")) start++;
    },
  });
  return { rows, issues };
}

export function parseCsv(text: string, options: CsvImportOptions = {}): CsvPreview {
  const normalized = text.replace(/^\uFEFF/, "");
  const { rows: allRows, issues } = readRows(normalized, options.delimiter);
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

export function importCsv(text: string, options: CsvImportOptions = {}): ImportResult<StudySetContent> {
  const { cards, issues } = parseCsv(text, options);
  if (issues.length > 0) return failure(issues);
  if (cards.length === 0) return noItemsFailure("cards");
  return { ok: true, value: cardsToStudySet(cards, options.title) };
}
