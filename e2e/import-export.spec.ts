import fs from "node:fs";
import JSZip from "jszip";
import Papa from "papaparse";
import initSqlJs from "sql.js";
import { expect, test, type Download, type Page } from "@playwright/test";
import { signIn } from "./helpers";

// Sets in and out through the UI: CSV and GIFT imports with their preview, a bad file refused whole,
// and the downloads read back by independent parsers (sql.js + jszip for Anki, papaparse for CSV).

async function download(page: Page, linkName: string): Promise<{ file: Download; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: linkName }).click()]);
  expect(await file.failure()).toBeNull();
  return { file, bytes: fs.readFileSync((await file.path())!) };
}

type AnkiNote = { fields: string[]; tags: string[] };

/** The notes of an .apkg, read with SQLite compiled to WebAssembly: what Anki itself would find. */
async function readAnkiNotes(bytes: Buffer): Promise<AnkiNote[]> {
  const zip = await JSZip.loadAsync(bytes);
  const collection = await zip.file("collection.anki2")?.async("uint8array");
  expect(collection, "collection.anki2 in the package").toBeTruthy();
  const SQL = await initSqlJs();
  const db = new SQL.Database(collection);
  try {
    const rows = db.exec("SELECT flds, tags FROM notes ORDER BY id")[0]?.values ?? [];
    return rows.map(([flds, tags]) => ({ fields: String(flds).split("\x1f"), tags: String(tags).trim().split(/\s+/) }));
  } finally {
    db.close();
  }
}

/** Flashcards become notes of their own; fill-in quiz questions are added as Cloze notes tagged fill_in. */
const flashcardNotes = (notes: AnkiNote[]) => notes.filter((note) => !note.tags.includes("fill_in"));

function readCsv(bytes: Buffer): Record<string, string>[] {
  const parsed = Papa.parse<Record<string, string>>(bytes.toString("utf8"), { header: true, skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

async function teacherSetTitles(page: Page): Promise<string[]> {
  await page.goto("/teach");
  return page.locator("section[aria-labelledby=sets-heading] li a").allTextContents();
}

const stamp = Date.now();
const csvTitle = `Greek letters ${stamp}`;
const csvRows = [
  ["Term", "Definition", "Notes"],
  ["alpha", "the first letter; written α", "as in alphabet"],
  ["beta", "the second letter", ""],
  ["gamma", "the third letter, \"γ\"", "quoted"],
  ["delta", "the fourth letter", "a river mouth"],
];
const csv = csvRows.map((row) => row.map((cell) => (/[;"\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell)).join(";")).join("\n") + "\n";

test.describe.serial("import and export", () => {
  let csvSetId = "";

  test("the teacher imports a semicolon CSV with a header: preview, draft, publish, then downloads it as .apkg and .csv", async ({ page }) => {
    await signIn(page, "teacher@example.com");
    await page.goto("/teach/import");
    await page.getByLabel("CSV", { exact: true }).check();
    await page.getByLabel("Column separator").selectOption("semicolon");
    await page.getByLabel("First row holds column names").selectOption("yes");
    await page.getByLabel("Title of the new set (optional)").fill(csvTitle);
    await page.getByLabel("Choose a file").setInputFiles({ name: "greek.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
    await expect(page.getByLabel("…or paste its text")).toHaveValue(csv);

    await page.getByRole("button", { name: "Preview" }).click();
    const preview = page.getByRole("region", { name: /^Preview: / });
    await expect(preview.getByRole("heading")).toHaveText("Preview: 4 items");
    await expect(preview.getByRole("row", { name: /alpha the first letter; written α/ })).toBeVisible();
    await expect(preview.getByRole("row", { name: /gamma the third letter, "γ"/ })).toBeVisible();
    await expect(preview.getByRole("cell", { name: "Term", exact: true })).toHaveCount(0);

    await page.getByRole("button", { name: "Import as a draft" }).click();
    await expect(page).toHaveURL(/\/teach\/sets\/[^/]+\/edit$/);
    csvSetId = page.url().split("/").at(-2)!;
    await expect(page.getByRole("heading", { name: "Flashcards (4)" })).toBeVisible();
    await page.getByRole("button", { name: "Edit card 3", exact: true }).click();
    await expect(page.getByLabel("Card 3 back")).toHaveValue('the third letter, "γ"');
    expect(await teacherSetTitles(page)).toContain(csvTitle);

    await page.goto(`/teach/sets/${csvSetId}/edit`);
    await page.getByRole("button", { name: "Publish", exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`/teach/sets/${csvSetId}$`));
    await expect(page.getByText(/Published · visible to my classes · 4 cards · 0 questions/)).toBeVisible();

    // The owner is offered every format, the quiz ones included.
    for (const name of ["Anki package (.apkg)", "CSV", "Moodle GIFT", "Moodle XML", "QTI 2.1 package"]) {
      await expect(page.getByRole("link", { name: new RegExp(`^Download ${name.replace(/[.()]/g, "\\$&")}`) })).toBeVisible();
    }

    const apkg = await download(page, "Download Anki package (.apkg)");
    expect(apkg.file.suggestedFilename()).toMatch(/\.apkg$/);
    const notes = await readAnkiNotes(apkg.bytes);
    expect(notes.map((note) => note.fields[0])).toEqual(["alpha", "beta", "gamma", "delta"]);
    expect(notes[0].fields[1]).toBe("the first letter; written α");

    const exported = await download(page, "Download CSV");
    expect(exported.file.suggestedFilename()).toMatch(/\.csv$/);
    const rows = readCsv(exported.bytes);
    expect(rows).toHaveLength(4);
    expect(rows.map((row) => Object.values(row)[1])).toEqual(csvRows.slice(1).map((row) => row[1]));
  });

  test("the teacher imports a GIFT quiz file and publishes it", async ({ page }) => {
    const title = `GIFT quiz ${stamp}`;
    const gift = [
      "// three question types",
      "::Capital:: Which city is the capital of France? {~Lyon =Paris ~Marseille}",
      "",
      "::Sun:: The sun is a star. {T}",
      "",
      "::Sum:: Two plus two makes {=four =4}.",
      "",
    ].join("\n");
    await signIn(page, "teacher@example.com");
    await page.goto("/teach/import");
    await page.getByLabel("Moodle GIFT (quiz questions)").check();
    await page.getByLabel("Title of the new set (optional)").fill(title);
    await page.getByLabel("Choose a file").setInputFiles({ name: "quiz.gift", mimeType: "text/plain", buffer: Buffer.from(gift) });
    await page.getByRole("button", { name: "Preview" }).click();
    const preview = page.getByRole("region", { name: /^Preview: / });
    await expect(preview.getByRole("heading")).toHaveText("Preview: 3 items");
    await expect(preview.getByRole("row", { name: /Which city is the capital of France\? Paris/ })).toBeVisible();

    await page.getByRole("button", { name: "Import as a draft" }).click();
    await expect(page).toHaveURL(/\/teach\/sets\/[^/]+\/edit$/);
    const setId = page.url().split("/").at(-2)!;
    await expect(page.getByRole("heading", { name: "Quiz questions (3)" })).toBeVisible();
    // The imported answers land in the pickers.
    await page.getByRole("button", { name: "Edit question 1", exact: true }).click();
    await page.getByRole("button", { name: "Edit question 2", exact: true }).click();
    await expect(page.getByRole("group", { name: "Question 1 correct answer" }).getByLabel("Paris")).toBeChecked();
    await expect(page.getByRole("group", { name: "Question 2 correct answer" }).getByLabel("True")).toBeChecked();
    await page.getByRole("button", { name: "Publish", exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`/teach/sets/${setId}$`));
    await expect(page.getByText(/Published · visible to my classes · 0 cards · 3 questions/)).toBeVisible();

    const exported = await page.request.get(`/api/sets/${setId}/export/gift`);
    expect(exported.status()).toBe(200);
    expect(await exported.text()).toMatch(/Which city is the capital of France\?/);
  });

  test("a bad CSV and a GIFT file with nothing importable are refused naming the line, and no set is saved", async ({ page }) => {
    await signIn(page, "teacher@example.com");
    const before = await teacherSetTitles(page);

    await page.goto("/teach/import");
    await page.getByLabel("CSV", { exact: true }).check();
    await page.getByLabel("Title of the new set (optional)").fill(`Bad CSV ${stamp}`);
    await page.getByLabel("…or paste its text").fill("term,definition\nalpha,first letter\nbeta\ngamma,third letter\n");
    await page.getByRole("button", { name: "Preview" }).click();
    await expect(page.getByRole("region", { name: /^Preview: / }).getByText("Line 3: expected at least two columns (term and definition)")).toBeVisible();
    await page.getByRole("button", { name: "Import as a draft" }).click();
    const alert = page.getByRole("alert").filter({ hasText: "Nothing was saved" });
    await expect(alert).toContainText("Line 3");
    await expect(page).toHaveURL(/\/teach\/import$/);
    await expect(page.getByLabel("…or paste its text")).toHaveValue(/beta\ngamma/);

    await page.getByLabel("Moodle GIFT (quiz questions)").check();
    await page.getByLabel("Title of the new set (optional)").fill(`Bad GIFT ${stamp}`);
    await page.getByLabel("Choose a file").setInputFiles({
      name: "broken.gift",
      mimeType: "text/plain",
      buffer: Buffer.from("::A:: Discuss. {}\n\n::B:: Broken question {=one ~two\n"),
    });
    await page.getByRole("button", { name: "Import as a draft" }).click();
    // Nothing in it can be imported: the file is refused, naming the first line.
    await expect(page.getByRole("alert").filter({ hasText: "Nothing was saved" })).toContainText("Line 1: an essay question");

    const after = await teacherSetTitles(page);
    expect(after).toEqual(before);
    expect(after.some((title) => title.includes(`Bad CSV ${stamp}`) || title.includes(`Bad GIFT ${stamp}`))).toBe(false);
  });

  test("a GIFT file with a bad question imports the others and lists the skipped one in the preview", async ({ page }) => {
    await signIn(page, "teacher@example.com");
    await page.goto("/teach/import");
    await page.getByLabel("Choose a file").setInputFiles({
      name: "mixed.gift",
      mimeType: "text/plain",
      buffer: Buffer.from("::A:: First? {=yes ~no}\n\n::B:: Broken question {=one ~two\n\n::C:: Pi to two places? {#3.14:0.005}\n"),
    });
    await expect(page.getByLabel("Moodle GIFT (quiz questions)")).toBeChecked();
    await page.getByRole("button", { name: "Preview" }).click();
    const preview = page.getByRole("region", { name: /^Preview: / });
    await expect(preview.getByRole("heading", { level: 2 })).toHaveText("Preview: 2 items, 1 skipped");
    await expect(preview.getByText(/Line 3: .*Broken question.* — the answer block is not closed with \}/)).toBeVisible();
    await expect(preview.getByRole("row", { name: /Pi to two places\? 3\.14 ± 0\.005/ })).toBeVisible();
    await page.getByRole("button", { name: "Import as a draft" }).click();
    await expect(page).toHaveURL(/\/teach\/sets\/[^/]+\/edit$/);
    await expect(page.getByRole("heading", { name: "Quiz questions (2)" })).toBeVisible();
  });

  test("a student downloads the sample set's flashcards as .apkg and .csv from its page, but never a quiz format", async ({ page }) => {
    await signIn(page, "student@example.com");
    await page.goto("/");
    await page.locator("main li", { hasText: "Sample article" }).locator("h2 a").click();
    await expect(page.getByRole("heading", { name: "Ways to study" })).toBeVisible();
    const setId = new URL(page.url()).pathname.split("/").at(-1)!;
    const cardCount = Number((await page.getByText(/\d+ flashcards · \d+ quiz questions/).textContent())!.match(/(\d+) flashcards/)![1]);
    expect(cardCount).toBeGreaterThan(0);

    const downloads = page.getByRole("region", { name: "Download this set" });
    await expect(downloads.getByRole("link")).toHaveText([
      "Download Anki package (.apkg)",
      "Download Quizlet (tab-separated text)",
      "Download Anki text (tab-separated, with headers)",
      "Download CSV",
    ]);

    const apkg = await download(page, "Download Anki package (.apkg)");
    const allNotes = await readAnkiNotes(apkg.bytes);
    // Fill-in questions would become cloze notes holding a quiz's answers: a student's package has none.
    expect(allNotes.filter((note) => note.tags.includes("fill_in"))).toEqual([]);
    const notes = flashcardNotes(allNotes);
    expect(notes).toHaveLength(cardCount);
    expect(notes.every((note) => note.fields[0].trim() !== "")).toBe(true);

    const exported = await download(page, "Download CSV");
    expect(readCsv(exported.bytes)).toHaveLength(cardCount);

    for (const format of ["gift", "moodle-xml", "qti"]) {
      const refused = await page.request.get(`/api/sets/${setId}/export/${format}`);
      expect(refused.status(), format).toBe(403);
      expect(await refused.text()).not.toContain("{=");
    }
  });

  test("a teacher who does not own a set gets its card formats but not its answer key", async ({ page }) => {
    await signIn(page, "teacher@example.com");
    await page.goto("/");
    await page.locator("main li", { hasText: "Sample article" }).locator("h2 a").click();
    await expect(page.getByRole("heading", { name: "Ways to study" })).toBeVisible();
    const setId = new URL(page.url()).pathname.split("/").at(-1)!;
    // The first library set is the seeded sample, which no teacher owns.
    await expect(page.getByText("Sample article")).toBeVisible();
    await expect(page.getByRole("region", { name: "Download this set" }).getByRole("link")).toHaveCount(4);
    expect((await page.request.get(`/api/sets/${setId}/export/csv`)).status()).toBe(200);
    expect((await page.request.get(`/api/sets/${setId}/export/gift`)).status()).toBe(403);
  });
});
