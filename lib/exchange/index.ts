import type { StudySetContent } from "../generator/types";
import { exportAnkiPackage } from "./anki-package";
import { exportCsv, importCsv, parseCsv, type CsvImportOptions } from "./csv";
import { exportGift, importGift, parseGift } from "./gift";
import { exportMoodleXml } from "./moodle-xml";
import { exportQti } from "./qti";
import { questionAnswerText } from "./text";
import { exportAnkiText, exportQuizletText, importCardText, parseCardText, type TextImportOptions } from "./quizlet-text";
import { EXPORT_FORMATS, type ExportFile, type ExportFormat, type ExportOptions, type Exporter, type ImportIssue, type ImportResult } from "./types";

export { EXPORT_FORMATS, importGift };
export type { CsvImportOptions, ExportFile, ExportFormat, ExportOptions, ImportIssue, ImportResult, TextImportOptions };
export type { Separator } from "./quizlet-text";
export { parseStudySet, studySetContentSchema } from "./study-set-schema";
export { noteGuid } from "./anki-package";

const EXPORTERS: Record<ExportFormat, Exporter> = {
  apkg: exportAnkiPackage,
  quizlet: exportQuizletText,
  "anki-text": exportAnkiText,
  csv: exportCsv,
  gift: exportGift,
  "moodle-xml": exportMoodleXml,
  qti: exportQti,
};

export const EXPORT_FORMAT_LABELS: Record<ExportFormat, string> = {
  apkg: "Anki package (.apkg)",
  quizlet: "Quizlet (tab-separated text)",
  "anki-text": "Anki text (tab-separated, with headers)",
  csv: "CSV",
  gift: "Moodle GIFT",
  "moodle-xml": "Moodle XML",
  qti: "QTI 2.1 package (Canvas, Blackboard…)",
};

export function isExportFormat(value: string): value is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(value);
}

/** Flashcard formats (apkg, quizlet, anki-text, csv) export the cards; the quiz formats export the questions. */
export async function exportStudySet(
  content: StudySetContent,
  format: ExportFormat,
  options: ExportOptions = {},
): Promise<ExportFile> {
  return EXPORTERS[format](content, options);
}

export type CardImportOptions = ({ format: "text" } & TextImportOptions) | ({ format: "csv" } & CsvImportOptions);

/** Quizlet/Anki text or CSV into a new set of flashcards; fails whole, naming the first bad line. */
export function importCards(text: string, options: CardImportOptions): ImportResult<StudySetContent> {
  return options.format === "csv" ? importCsv(text, options) : importCardText(text, options);
}

export type ImportPreview = {
  rows: { line: number; front: string; back: string }[];
  issues: ImportIssue[];
  /** CSV only: whether the first row was taken as column names. */
  hasHeader?: boolean;
};

/** Every parsed row and every problem, for showing before the teacher confirms an import. */
export function previewImport(text: string, options: CardImportOptions | { format: "gift" }): ImportPreview {
  if (options.format === "gift") {
    const { questions, issues } = parseGift(text);
    const rows = questions.map(({ line, question }) => ({ line, front: question.prompt, back: questionAnswerText(question) }));
    return { rows, issues };
  }
  if (options.format === "csv") {
    const { cards, issues, hasHeader } = parseCsv(text, options);
    return { rows: cards.map(({ line, front, back }) => ({ line, front, back })), issues, hasHeader };
  }
  const { cards, issues } = parseCardText(text, options);
  return { rows: cards.map(({ line, front, back }) => ({ line, front, back })), issues };
}
