import type { StudySetContent } from "../generator/types";

export const EXPORT_FORMATS = ["apkg", "quizlet", "anki-text", "csv", "gift", "moodle-xml", "qti"] as const;

export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export type ExportFile = {
  /** Raw bytes for zip formats, text for the others. */
  bytes: Uint8Array | string;
  filename: string;
  mimeType: string;
};

export type ExportOptions = {
  /** Export time; fixed in tests. Anki only updates a note whose incoming `mod` is newer. */
  now?: Date;
  /** Where sql.js finds `sql-wasm.wasm` when the default lookup fails (bundled server routes). */
  locateSqlWasm?: (file: string) => string;
};

export type Exporter = (content: StudySetContent, options: ExportOptions) => Promise<ExportFile> | ExportFile;

/** A problem with one line of an imported file; `line` is 1-based. */
export type ImportIssue = {
  line: number;
  message: string;
  /** The start of the item it is about, for a report of what was skipped. */
  item?: string;
};

export type ImportResult<T> = { ok: true; value: T } | { ok: false; error: string; issues: ImportIssue[] };
