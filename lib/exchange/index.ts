import type { Question, StudySetContent } from "../generator/types";
import { exportAnkiPackage } from "./anki-package";
import { csvSteps, exportCsv, type CsvImportOptions } from "./csv";
import { exportGift, giftSteps, importGift } from "./gift";
import { cardsToStudySet, failure, noItemsFailure, questionsToStudySet, type ParsedCard } from "./imported-items";
import { runSteps, runStepsSliced, type Steps } from "./steps";
import { readAnkiPackage } from "./anki-import";
import { ImportRefusal } from "./archive";
import { readMoodleXml, readQtiPackage } from "./xml-import";
import { exportMoodleXml } from "./moodle-xml";
import { exportQti } from "./qti";
import { questionAnswerText } from "./text";
import { cardTextSteps, exportAnkiText, exportQuizletText, type TextImportOptions } from "./quizlet-text";
import { EXPORT_FORMATS, type ExportFile, type ExportFormat, type ExportOptions, type Exporter, type ImportIssue, type ImportResult } from "./types";

export { EXPORT_FORMATS, ImportRefusal, importGift };
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
export type TextFormatImportOptions = CardImportOptions | { format: "gift"; title?: string };

/** What a text file held, before it becomes a set: the cards or questions, and every problem. */
type ParsedText = {
  cards: ParsedCard[];
  questions: { line: number; question: Question }[];
  /** Problems that refuse the whole file (card formats). */
  issues: ImportIssue[];
  /** Items left out, the rest imported (quiz formats and Anki packages). */
  skipped: ImportIssue[];
  /** What the format could not bring along, said once (media, review history…). */
  notes?: string[];
  title?: string;
  hasHeader?: boolean;
};

export const IMPORT_FORMATS = ["text", "csv", "gift", "moodle-xml", "qti", "apkg"] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];
/** Formats that arrive as bytes (zip packages); the others as text. */
export const BINARY_IMPORT_FORMATS: readonly ImportFormat[] = ["qti", "apkg"];

export type ImportOptions =
  | TextFormatImportOptions
  | { format: "moodle-xml"; title?: string }
  | { format: "qti"; title?: string }
  | { format: "apkg"; title?: string; locateSqlWasm?: ExportOptions["locateSqlWasm"] };

/** Any accepted file: text formats in slices, packages through their archive readers. */
async function readImport(data: string | Uint8Array, options: ImportOptions): Promise<ParsedText> {
  if (options.format === "apkg" || options.format === "qti") {
    if (typeof data === "string") throw new ImportRefusal("This format is a zip package: send the file itself.");
    if (options.format === "qti") {
      const { questions, skipped, notes, title } = await readQtiPackage(data);
      return { cards: [], questions, issues: [], skipped, notes, title };
    }
    const { cards, skipped, notes, title } = await readAnkiPackage(data, options);
    return { cards, questions: [], issues: [], skipped, notes, title };
  }
  const text = typeof data === "string" ? data : new TextDecoder().decode(data);
  if (options.format === "moodle-xml") {
    const { questions, skipped, notes, title } = readMoodleXml(text);
    return { cards: [], questions, issues: [], skipped, notes, title };
  }
  return runStepsSliced(parsedTextSteps(text, options));
}

function* parsedTextSteps(text: string, options: TextFormatImportOptions): Steps<ParsedText> {
  if (options.format === "gift") {
    const { questions, issues, category } = yield* giftSteps(text);
    return { cards: [], questions, issues: [], skipped: issues, title: category };
  }
  if (options.format === "csv") {
    const { cards, issues, hasHeader } = yield* csvSteps(text, options);
    return { cards, questions: [], issues, skipped: [], hasHeader };
  }
  const { cards, issues, title } = yield* cardTextSteps(text, options);
  return { cards, questions: [], issues, skipped: [], title };
}

/** Rows a preview sends back; the count says how many there are in all. */
export const PREVIEW_ROWS = 200;

export type ImportPreview = {
  rows: { line: number; front: string; back: string }[];
  /** Every row the file holds; `rows` carries the first PREVIEW_ROWS of them. */
  total: number;
  issues: ImportIssue[];
  /** Questions left out (line, the question, why); the others import. */
  skipped: ImportIssue[];
  notes?: string[];
  /** CSV only: whether the first row was taken as column names. */
  hasHeader?: boolean;
  /** A title the file names (Anki's #deck:, GIFT's $CATEGORY:). */
  title?: string;
};

function toPreview(parsed: ParsedText): ImportPreview {
  const rows = [
    ...parsed.cards.map(({ line, front, back }) => ({ line, front, back })),
    ...parsed.questions.map(({ line, question }) => ({ line, front: question.prompt, back: questionAnswerText(question) })),
  ];
  return {
    rows: rows.slice(0, PREVIEW_ROWS),
    total: rows.length,
    issues: parsed.issues,
    skipped: parsed.skipped,
    ...(parsed.notes?.length ? { notes: parsed.notes } : {}),
    ...(parsed.hasHeader !== undefined ? { hasHeader: parsed.hasHeader } : {}),
    ...(parsed.title ? { title: parsed.title } : {}),
  };
}

function toResult(parsed: ParsedText, options: ImportOptions): ImportResult<StudySetContent> {
  if (parsed.issues.length > 0) return failure(parsed.issues);
  const title = options.title || parsed.title;
  if (parsed.cards.length === 0 && (parsed.questions.length > 0 || parsed.skipped.length > 0)) {
    if (parsed.questions.length === 0) return parsed.skipped.length > 0 ? failure(parsed.skipped) : noItemsFailure("questions");
    return { ok: true, value: questionsToStudySet(parsed.questions.map((entry) => entry.question), title) };
  }
  if (parsed.cards.length === 0) return noItemsFailure("cards");
  return { ok: true, value: cardsToStudySet(parsed.cards, title) };
}

/** Quizlet/Anki text or CSV into a new set of flashcards; fails whole, naming the first bad line. */
export function importCards(text: string, options: CardImportOptions): ImportResult<StudySetContent> {
  return toResult(runSteps(parsedTextSteps(text, options)), options);
}

/** Every parsed row and every problem, for showing before the teacher confirms an import. */
export function previewImport(text: string, options: TextFormatImportOptions): ImportPreview {
  return toPreview(runSteps(parsedTextSteps(text, options)));
}

// The server parses in slices so that one large file does not hold up every other request.

export async function previewImportSliced(data: string | Uint8Array, options: ImportOptions): Promise<ImportPreview> {
  return toPreview(await readImport(data, options));
}

export async function importSliced(data: string | Uint8Array, options: ImportOptions): Promise<ImportResult<StudySetContent>> {
  return toResult(await readImport(data, options), options);
}
