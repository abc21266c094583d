import { expect, test, type Locator, type Page } from "@playwright/test";
import { exportStudySet, EXPORT_FORMATS, type ExportFormat } from "@/lib/exchange";
import { loadSampleSet } from "@/lib/exchange/fixtures";
import type { Question } from "@/lib/generator/types";
import { signIn } from "./helpers";

// Every export format of the sample set, imported back through the teacher's import page: the preview
// counts every item, and the draft shows the same items with the same answers, as the teacher reads
// them in the review list (and the explanations in each item's editor, where the format has them).
// What cannot survive, per format:
//  - Quizlet and Anki text: flashcards only (no quiz questions), and no explanations.
//  - CSV: flashcards only, explanations kept.
//  - .apkg: flashcards, and fill-in questions come back as cloze cards; explanations are not checked here.
//  - GIFT: ordering questions lose their explanation (qtype_ordering's syntax has no place for one).
//  - Moodle XML, QTI: everything.
// Tabs and line breaks inside a field become spaces in the text formats, so texts are compared with
// their whitespace collapsed.

const set = loadSampleSet();
const FILE_NAMES = { apkg: "set.apkg", quizlet: "set.txt", "anki-text": "set-anki.txt", csv: "set.csv", gift: "set.gift", "moodle-xml": "set.xml", qti: "set-qti.zip" } as const;
const fillIns = set.questions.filter((question) => question.type === "fill_in");
const CARD_FORMATS: ExportFormat[] = ["apkg", "quizlet", "anki-text", "csv"];
const CARD_EXPLANATIONS: ExportFormat[] = ["csv"];

const flat = (text: string) => text.replace(/\s+/g, " ").trim();

/** What the review list shows of a question: its prompt and, by type, its key. */
function shownOf(question: Question): string[] {
  const key = (choice: string) => `${choice} ✓ key`;
  switch (question.type) {
    case "multiple_choice":
      return [question.prompt, ...(question.choices ?? []), key(String(question.answer))];
    case "multiple_response":
      return [question.prompt, ...(question.answers ?? []).map(key)];
    case "true_false":
      return [question.prompt, `Answer: ${question.answer === true ? "True" : "False"}`];
    case "fill_in":
      return [question.prompt, `Answer: ${question.answer}`, ...(question.accepted ?? [])];
    case "matching":
      return [question.prompt, ...(question.pairs ?? []).map((pair) => `${pair.left} → ${pair.right}`)];
    case "ordering":
      return [question.prompt, `In order: ${(question.items ?? []).join(" → ")}`];
    default:
      return [question.prompt];
  }
}

async function itemTexts(list: Locator): Promise<string[]> {
  return (await list.locator(":scope > li").allInnerTexts()).map(flat);
}

/** Opens each item's editor and reads its explanation box. */
async function explanations(page: Page, kind: "question" | "card", count: number): Promise<string[]> {
  const read: string[] = [];
  for (let i = 1; i <= count; i++) {
    await page.getByRole("button", { name: `Edit ${kind} ${i}`, exact: true }).click();
    read.push(flat(await page.getByLabel(`${kind === "question" ? "Question" : "Card"} ${i} explanation`, { exact: true }).inputValue()));
  }
  return read;
}

test("each export of the sample set imports back through the UI with the same items and answers", async ({ page }) => {
  test.setTimeout(300_000);
  await signIn(page, "teacher@example.com");
  for (const format of EXPORT_FORMATS) {
    const file = await exportStudySet(set, format);
    await page.goto("/teach/import");
    await page.getByLabel("Choose a file").setInputFiles({ name: FILE_NAMES[format], mimeType: file.mimeType, buffer: Buffer.from(file.bytes) });
    if (format === "anki-text" || format === "quizlet") await page.getByLabel("Quizlet or Anki text").check();
    await page.getByRole("button", { name: "Preview" }).click();
    const cardFormat = CARD_FORMATS.includes(format);
    const cards = cardFormat ? set.flashcards.length + (format === "apkg" ? fillIns.length : 0) : 0;
    const questions = cardFormat ? [] : set.questions;
    await expect(page.getByRole("region", { name: /^Preview: / }).getByRole("heading", { level: 2 }), format).toHaveText(new RegExp(`^Preview: ${cards + questions.length} items`));
    await page.getByRole("button", { name: "Import as a draft" }).click();
    await expect(page, format).toHaveURL(/\/teach\/sets\/[^/]+\/edit$/);

    const cardList = page.getByRole("region", { name: /^Flashcards \(/ }).locator("ol");
    const questionList = page.getByRole("region", { name: /^Quiz questions \(/ }).locator("ol");
    await expect(page.getByRole("heading", { name: `Flashcards (${cards})` }), format).toBeVisible();
    await expect(page.getByRole("heading", { name: `Quiz questions (${questions.length})` }), format).toBeVisible();

    if (cardFormat) {
      const shown = await itemTexts(cardList);
      set.flashcards.forEach((card, i) => {
        expect(shown[i], `${format} card ${i + 1}`).toContain(flat(card.front));
        expect(shown[i], `${format} card ${i + 1}`).toContain(flat(card.back));
      });
      // An .apkg carries fill-in questions as cloze notes: the blank's answer is the card's back.
      if (format === "apkg") fillIns.forEach((question, i) => expect(shown[set.flashcards.length + i], `${format} cloze ${i + 1}`).toContain(flat(String(question.answer))));
      if (CARD_EXPLANATIONS.includes(format)) {
        expect(await explanations(page, "card", set.flashcards.length), format).toEqual(set.flashcards.map((card) => flat(card.explanation)));
      }
    } else {
      const shown = await itemTexts(questionList);
      expect(shown, format).toHaveLength(questions.length);
      questions.forEach((question, i) => {
        for (const part of shownOf(question)) expect(shown[i], `${format} question ${i + 1}`).toContain(flat(part));
      });
      const expected = questions.map((question) => (format === "gift" && question.type === "ordering" ? "" : flat(question.explanation)));
      expect(await explanations(page, "question", questions.length), format).toEqual(expected);
    }
  }
});
