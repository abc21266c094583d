import Papa from "papaparse";

// CSV files the app writes are opened in Excel, LibreOffice and Google Sheets, which run a cell that
// starts with = + - @ (or a tab or carriage return before one) as a formula. As OWASP recommends
// (CSV injection), such a cell is written with a leading apostrophe, which spreadsheets show as text
// and hide. A UTF-8 byte order mark first makes Excel on Windows read the file as UTF-8, so curly
// quotes and dashes survive.

const FORMULA_START = /^[=+\-@\t\r]/;
const NEUTRALISED = /^'[=+\-@\t\r]/;

export const UTF8_BOM = "\uFEFF";

export function neutraliseFormula(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

/** The reverse, for the app's own CSV import: a cell written as '=x reads back as =x. */
export function restoreFormulaCell(cell: string): string {
  return NEUTRALISED.test(cell) ? cell.slice(1) : cell;
}

/** A whole CSV file for spreadsheets: BOM, neutralised cells, CRLF line ends. */
export function spreadsheetCsv(header: readonly string[], rows: string[][], options: { quotes?: boolean } = {}): string {
  const safe = (row: readonly string[]) => row.map(neutraliseFormula);
  return UTF8_BOM + Papa.unparse({ fields: safe(header), data: rows.map(safe) }, { newline: "\r\n", quotes: options.quotes ?? false }) + "\r\n";
}
