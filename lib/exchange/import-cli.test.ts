import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { Flashcard, Question, StudySetContent } from "../generator/types";
import { expectedAnswer, loadSampleSet } from "./fixtures";
import { EXPORT_FORMATS, exportStudySet, type ExportFormat } from "./index";

// `export` then `import` from the command line, per format, stating what cannot survive each one.

const ROOT = new URL("../../", import.meta.url).pathname;
const set = loadSampleSet();
const dir = mkdtempSync(path.join(tmpdir(), "import-cli-"));
const FILE_NAMES: Record<ExportFormat, string> = {
  apkg: "set.apkg",
  quizlet: "set-quizlet.txt",
  "anki-text": "set-anki.txt",
  csv: "set.csv",
  gift: "set.gift",
  "moodle-xml": "set.xml",
  qti: "set-qti.zip",
};

function runImport(args: string[]) {
  const result = spawnSync("npx", ["tsx", "scripts/import.ts", ...args], { cwd: ROOT, encoding: "utf8" });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const flat = (text: string) => text.replace(/[\t\r\n]+/g, " ").trim();
const card = (c: Flashcard) => [flat(c.front), flat(c.back)];
const question = (q: Question, keepsExplanation: boolean) => ({ type: q.type, prompt: q.prompt, answer: expectedAnswer(q), explanation: keepsExplanation ? q.explanation : "" });

/** What each format carries back: `cards`, `questions`, and whether explanations survive. */
const SURVIVES: Record<ExportFormat, { cards: boolean; questions: boolean; explanations: string }> = {
  apkg: { cards: true, questions: false, explanations: "no: Basic notes have no explanation field; fill-in questions come back as cloze cards" },
  quizlet: { cards: true, questions: false, explanations: "no: two columns only; line breaks become spaces" },
  "anki-text": { cards: true, questions: false, explanations: "no: two columns only; line breaks become spaces" },
  csv: { cards: true, questions: false, explanations: "yes (the Explanation column)" },
  gift: { cards: false, questions: true, explanations: "yes, except for ordering questions (qtype_ordering's syntax has no feedback)" },
  "moodle-xml": { cards: false, questions: true, explanations: "yes" },
  qti: { cards: false, questions: true, explanations: "yes" },
};

// Each run starts tsx; on a busy machine that alone can take many seconds.
describe("import CLI", { timeout: 180_000 }, () => {
  it.each(EXPORT_FORMATS)("%s: export then import gives back the same items and answers", async (format) => {
    const file = await exportStudySet(set, format);
    const target = path.join(dir, FILE_NAMES[format]);
    writeFileSync(target, file.bytes);
    const result = runImport([target]);
    expect(result.stderr.split("\n").filter((line) => line && !line.startsWith("import: note:") && !line.startsWith("import: skipped"))).toEqual([]);
    expect(result.status, result.stderr).toBe(0);
    const back = JSON.parse(result.stdout) as StudySetContent;
    const survives = SURVIVES[format];
    if (survives.cards) expect(back.flashcards.slice(0, set.flashcards.length).map(card)).toEqual(set.flashcards.map(card));
    if (survives.questions) {
      const keeps = (q: Question) => survives.explanations === "yes" || (format === "gift" && q.type !== "ordering");
      expect(back.questions.map((q) => question(q, keeps(q)))).toEqual(set.questions.map((q) => question(q, keeps(q))));
    }
    if (format === "csv") expect(back.flashcards.map((c) => c.explanation)).toEqual(set.flashcards.map((c) => c.explanation));
  });

  it("refuses a hostile or unreadable file with one line and prints nothing on stdout", () => {
    const bomb = path.join(dir, "laughs.xml");
    writeFileSync(bomb, '<?xml version="1.0"?><!DOCTYPE q [<!ENTITY a "aaaa">]><quiz>&a;</quiz>');
    const notZip = path.join(dir, "fake.apkg");
    writeFileSync(notZip, "definitely not a zip");
    for (const [target, message] of [
      [bomb, /declares XML entities/],
      [notZip, /not a readable zip archive/],
      [path.join(dir, "missing.txt"), /file not found/],
    ] as const) {
      const result = runImport([target]);
      expect(result.status).toBe(1);
      expect(result.stdout).toBe("");
      expect(result.stderr.trimEnd().split("\n")).toHaveLength(1);
      expect(result.stderr).toMatch(message);
    }
  });

  it("reports skipped questions on stderr and imports the rest", () => {
    const gift = path.join(dir, "mixed.gift");
    writeFileSync(gift, "Sun is a star. {T}\n\nDiscuss the sun. {}\n");
    const result = runImport([gift]);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('import: skipped 3 "Discuss the sun. {}": an essay question: the app cannot grade free text\n');
    expect((JSON.parse(result.stdout) as StudySetContent).questions).toHaveLength(1);
  });
});
