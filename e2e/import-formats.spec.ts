import { expect, test } from "@playwright/test";
import { exportStudySet, EXPORT_FORMATS } from "@/lib/exchange";
import { loadSampleSet } from "@/lib/exchange/fixtures";
import { signIn } from "./helpers";

// Every export format of the sample set, imported back through the teacher's import page: the preview
// counts every item, and the draft holds them (cards for the flashcard formats, questions for the quiz
// formats; an .apkg also brings fill-in questions back as cloze cards).

const set = loadSampleSet();
const FILE_NAMES = { apkg: "set.apkg", quizlet: "set.txt", "anki-text": "set-anki.txt", csv: "set.csv", gift: "set.gift", "moodle-xml": "set.xml", qti: "set-qti.zip" } as const;
const fillIns = set.questions.filter((question) => question.type === "fill_in").length;
const EXPECTED = {
  apkg: { cards: set.flashcards.length + fillIns, questions: 0 },
  quizlet: { cards: set.flashcards.length, questions: 0 },
  "anki-text": { cards: set.flashcards.length, questions: 0 },
  csv: { cards: set.flashcards.length, questions: 0 },
  gift: { cards: 0, questions: set.questions.length },
  "moodle-xml": { cards: 0, questions: set.questions.length },
  qti: { cards: 0, questions: set.questions.length },
} as const;

test("each export of the sample set imports back through the UI with every item", async ({ page }) => {
  test.setTimeout(180_000);
  await signIn(page, "teacher@example.com");
  for (const format of EXPORT_FORMATS) {
    const file = await exportStudySet(set, format);
    await page.goto("/teach/import");
    await page.getByLabel("Choose a file").setInputFiles({ name: FILE_NAMES[format], mimeType: file.mimeType, buffer: Buffer.from(file.bytes) });
    if (format === "anki-text" || format === "quizlet") await page.getByLabel("Quizlet or Anki text").check();
    await page.getByRole("button", { name: "Preview" }).click();
    const expected = EXPECTED[format];
    const total = expected.cards + expected.questions;
    await expect(page.getByRole("region", { name: /^Preview: / }).getByRole("heading", { level: 2 }), format).toHaveText(new RegExp(`^Preview: ${total} items`));
    await page.getByRole("button", { name: "Import as a draft" }).click();
    await expect(page, format).toHaveURL(/\/teach\/sets\/[^/]+\/edit$/);
    if (expected.cards) await expect(page.getByRole("heading", { name: `Flashcards (${expected.cards})` }), format).toBeVisible();
    if (expected.questions) await expect(page.getByRole("heading", { name: `Quiz questions (${expected.questions})` }), format).toBeVisible();
  }
});
