import fs from "node:fs";
import { expect, test, type Browser, type BrowserContext, type Locator, type Page } from "@playwright/test";
import { generateStudySet } from "@/lib/generator";
import type { Question } from "@/lib/generator/types";
import { expectFitsPhone, expectNoSeriousAxeViolations, jsonOf, signUpInNewContext, tabTo } from "./helpers";

// Issue 15's Must-show journey, all through the browser: a new teacher reviews a generated set by
// keyboard alone and publishes it with one key deliberately wrong, assigns 10 questions of two types
// to a class of three (one with extra time), the students take it, the item analysis flags the wrong
// key and the teacher fixes it from the flag. The answer key is the generator's, run on the same text.

test.describe.configure({ mode: "serial" });

const stamp = Date.now();
const text = fs.readFileSync("lib/generator/fixtures/coral-reefs.md", "utf8").replace("# Coral Reefs Under Heat Stress", `# Coral Reefs Journey ${stamp}`);
const generated = generateStudySet(text);
const TIME_LIMIT = 20;
const EXTRA_MINUTES = 15;

const sentenceOf = (quote: string) => quote.normalize("NFKC").replace(/\s+/g, " ").trim().toLowerCase();
const escape = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** A row of the "Answers picked" table: the option (and the key mark), how many picked it, and their share. */
const optionRow = (option: string) => new RegExp(`^${escape(option)}( \\(✓ key\\))? \\d+ \\d+%$`);

/**
 * Which questions the teacher keeps: ten of the chosen types from ten different sentences, six
 * multiple choice and four true/false; every other question of those types is discarded, so each
 * student's draw of ten is exactly these ten. The first multiple-choice one gets a wrong key.
 */
function planReview() {
  const sentences = new Set<string>();
  const pick = (type: string, count: number) =>
    generated.questions
      .filter((question) => question.type === type && (type !== "multiple_choice" || (question.choices ?? []).length >= 3))
      .filter((question) => {
        const sentence = sentenceOf(question.source.quote);
        if (sentences.has(sentence) || count <= 0) return false;
        sentences.add(sentence);
        count -= 1;
        return true;
      });
  // True/false first: fewer sentences give one, and most of those also give a multiple-choice question.
  const trueFalse = pick("true_false", 4);
  const kept = [...pick("multiple_choice", 6), ...trueFalse];
  expect(kept, "the article gives ten questions of the chosen types from ten sentences").toHaveLength(10);
  const miskeyed = kept[0];
  const choices = miskeyed.choices!;
  // In the editor the down arrow moves the key to the next choice.
  const wrongKey = choices[(choices.indexOf(String(miskeyed.answer)) + 1) % choices.length];
  return { kept, miskeyed, trueAnswer: String(miskeyed.answer), wrongKey };
}

const plan = planReview();
const shared: { teacher?: Page; setId?: string; classId?: string; assignmentId?: string } = {};
type Session = Awaited<ReturnType<BrowserContext["storageState"]>>;
const students: { name: string; strong: boolean; extraTime: boolean; session?: Session }[] = [
  { name: `Journey Ana ${stamp}`, strong: true, extraTime: true },
  { name: `Journey Ben ${stamp}`, strong: true, extraTime: false },
  { name: `Journey Cal ${stamp}`, strong: false, extraTime: false },
];
const orders: string[][] = [];

test.afterAll(async () => {
  await shared.teacher?.context().close();
});

test("a new teacher reviews a generated set by keyboard alone (filters, five discards, one wrong key) and publishes", async ({ browser }) => {
  // Long: every multiple-choice and true/false item is visited by keyboard, and the form re-renders at each key.
  test.setTimeout(480_000);
  const page = await signUpInNewContext(browser, `Journey Teacher ${stamp}`, "Teacher");
  shared.teacher = page;
  const { id: setId } = await jsonOf<{ id: string }>(await page.request.post("/api/teach/sets", { data: { text } }), 201);
  shared.setId = setId;
  await page.goto(`/teach/sets/${setId}/edit`);
  const total = generated.questions.length;
  await expect(page.getByRole("heading", { name: `Quiz questions (${total})` })).toBeVisible();
  await expectNoSeriousAxeViolations(page, "review form");
  await expectFitsPhone(page, "review form");

  const items = page.locator("[data-review-item]");
  const counts = page.getByTestId("review-counts");
  const typeFilter = page.getByLabel("Type", { exact: true });
  const statusFilter = page.getByLabel("Status", { exact: true });

  // The flagged filter, by Space on its checkbox: only items that say why they are flagged.
  const flaggedOnly = page.getByLabel(/^Flagged only/);
  await tabTo(page, flaggedOnly);
  await page.keyboard.press("Space");
  await expect(flaggedOnly).toBeChecked();
  const flaggedCount = await items.count();
  expect(flaggedCount).toBeGreaterThan(0);
  await expect(items.filter({ has: page.getByRole("list", { name: /is flagged/ }) })).toHaveCount(flaggedCount);
  await page.keyboard.press("Space");
  await expect(flaggedOnly).not.toBeChecked();

  // Multiple choice first: keep the planned ones, discard five others one by one with D, skip the rest.
  await tabTo(page, typeFilter, true);
  await page.keyboard.type("Multiple");
  await expect(typeFilter).toHaveValue("multiple_choice");
  const keptIds = new Set(plan.kept.map((question) => question.id));
  let discarded = 0;
  let kept = 0;
  await tabTo(page, items.first());
  for (const question of generated.questions.filter((candidate) => candidate.type === "multiple_choice")) {
    const focused = page.locator(`[data-review-item="${question.id}"]`);
    await expect(focused).toBeFocused();
    if (question === plan.miskeyed) {
      // The one edit: E opens the item, Tab reaches its key, the down arrow moves it to a wrong choice.
      await page.keyboard.press("e");
      await expect(focused.getByRole("textbox").first()).toBeFocused();
      const keyGroup = focused.getByRole("group", { name: /correct answer/ });
      await tabTo(page, keyGroup.getByRole("radio", { checked: true }));
      await expect(keyGroup.getByRole("radio", { name: plan.trueAnswer, exact: true })).toBeChecked();
      await page.keyboard.press("ArrowDown");
      await expect(keyGroup.getByRole("radio", { name: plan.wrongKey, exact: true })).toBeChecked();
      await page.keyboard.press("Escape");
      await expect(focused).toBeFocused();
    }
    if (keptIds.has(question.id)) {
      await page.keyboard.press("k");
      kept += 1;
      await expect(counts).toContainText(`${kept} kept`);
    } else if (discarded < 5) {
      await page.keyboard.press("d");
      discarded += 1;
      await expect(counts).toContainText(`${discarded} discarded`);
    } else {
      await page.keyboard.press("ArrowDown");
    }
  }
  expect(discarded).toBe(5);
  await expect(page.getByRole("heading", { name: `Quiz questions (${total - 5})` })).toBeVisible();

  // Then true/false: keep the planned four.
  await tabTo(page, typeFilter, true);
  await page.keyboard.type("True");
  await expect(typeFilter).toHaveValue("true_false");
  await tabTo(page, items.first());
  for (const question of generated.questions.filter((candidate) => candidate.type === "true_false")) {
    await expect(page.locator(`[data-review-item="${question.id}"]`)).toBeFocused();
    await page.keyboard.press(keptIds.has(question.id) ? "k" : "ArrowDown");
  }
  await expect(counts).toContainText("10 kept");

  // The rest of both types goes in bulk: status "To review", then "Discard the N shown", per type.
  const rest = (type: string) => generated.questions.filter((question) => question.type === type && !keptIds.has(question.id)).length;
  await tabTo(page, statusFilter, true);
  await page.keyboard.type("To");
  await expect(statusFilter).toHaveValue("to_review");
  const trueFalseLeft = rest("true_false");
  await expect(items).toHaveCount(trueFalseLeft);
  await tabTo(page, page.getByRole("button", { name: `Discard the ${trueFalseLeft} shown` }));
  await page.keyboard.press("Enter");
  await tabTo(page, typeFilter, true);
  await page.keyboard.type("Multiple");
  const multipleLeft = rest("multiple_choice") - 5;
  await expect(items).toHaveCount(multipleLeft);
  await tabTo(page, page.getByRole("button", { name: `Discard the ${multipleLeft} shown` }));
  await page.keyboard.press("Enter");
  await expect(items).toHaveCount(0);
  const questionsLeft = total - 5 - trueFalseLeft - multipleLeft;
  await expect(page.getByRole("heading", { name: `Quiz questions (${questionsLeft})` })).toBeVisible();

  await tabTo(page, page.getByRole("link", { name: "Skip to Save and Publish" }));
  await page.keyboard.press("Enter");
  await tabTo(page, page.getByRole("button", { name: "Publish", exact: true }));
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`/teach/sets/${setId}$`));
  await expect(page.getByText(new RegExp(`· ${questionsLeft} questions`))).toBeVisible();
});

test("the teacher assigns 10 questions of two types to a class of three, one student with extra time", async ({ browser }) => {
  test.setTimeout(180_000);
  const page = shared.teacher!;
  await page.goto("/teach/classes");
  await page.getByLabel("New class name").fill(`Journey class ${stamp}`);
  await page.getByRole("button", { name: "Create class" }).click();
  await expect(page.getByRole("heading", { name: `Journey class ${stamp}` })).toBeVisible();
  const joinCode = (await page.getByTestId("join-code").textContent())!.trim();
  shared.classId = new URL(page.url()).pathname.split("/").at(-1);

  for (const student of students) {
    const studentPage = await signUpInNewContext(browser, student.name);
    await studentPage.goto("/classes");
    await studentPage.getByLabel("Join code").fill(joinCode);
    await studentPage.getByRole("button", { name: "Join class" }).click();
    await expect(studentPage.getByText(`Journey class ${stamp}`).first()).toBeVisible();
    student.session = await studentPage.context().storageState();
    await studentPage.context().close();
  }

  await page.reload();
  await page.getByLabel("Study set").selectOption({ label: generated.title });
  await page.getByLabel("Questions per student").fill("10");
  for (const type of ["Fill in the blank", "Numeric", "Matching", "Ordering"]) await page.getByLabel(type, { exact: true }).uncheck();
  await expect(page.getByLabel("Multiple choice", { exact: true })).toBeChecked();
  await expect(page.getByLabel("True or false", { exact: true })).toBeChecked();
  await page.getByLabel("Time limit in minutes (optional)").fill(String(TIME_LIMIT));
  await expect(page.getByLabel("Shuffle questions")).toBeChecked();
  await page.getByRole("button", { name: "Assign quiz" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Quiz assigned." })).toBeVisible();
  await expectNoSeriousAxeViolations(page, "class page");
  await expectFitsPhone(page, "class page");
  await page.locator('a[href^="/teach/assignments/"]').first().click();
  // Read the id once the assignment's page is the one showing, not the class page still on screen.
  await page.waitForURL(/\/teach\/assignments\/[^/?#]+$/);
  shared.assignmentId = new URL(page.url()).pathname.split("/").at(-1);

  await page.getByLabel("Student", { exact: true }).selectOption({ label: students[0].name });
  await page.getByLabel("Extra minutes per attempt").fill(String(EXTRA_MINUTES));
  await page.getByRole("button", { name: "Save accommodation" }).click();
  await expect(page.getByTestId("accommodations")).toContainText(`${students[0].name}: +${EXTRA_MINUTES} min`);
  await expectNoSeriousAxeViolations(page, "assignment page");
  await expectFitsPhone(page, "assignment page");
});

/** Takes the assignment in the browser; returns the prompts in the order the page showed them. */
async function takeAssignment(browser: Browser, index: number): Promise<string[]> {
  const student = students[index];
  const context = await browser.newContext({ storageState: student.session });
  const page = await context.newPage();
  await page.goto(`/assignments/${shared.assignmentId}`);
  await expect(page.getByText(`${TIME_LIMIT + (student.extraTime ? EXTRA_MINUTES : 0)} minutes, counted from when you start`)).toBeVisible();
  await page.getByRole("button", { name: "Start the assignment" }).click();
  const form = page.locator("section[data-question-type]");
  await expect(form).toBeVisible();
  // The timer shows the student's own limit, counting down from 35:00 with the extra time and from 20:00 without.
  const [minutes] = ((await page.getByRole("timer").textContent()) ?? "").split(":").map(Number);
  const limit = TIME_LIMIT + (student.extraTime ? EXTRA_MINUTES : 0);
  expect(minutes).toBeLessThanOrEqual(limit);
  expect(minutes).toBeGreaterThanOrEqual(limit - 1);
  if (index === 0) {
    await expectNoSeriousAxeViolations(page, "assignment quiz");
    await expectFitsPhone(page, "assignment quiz");
  }

  const prompts: string[] = [];
  for (let number = 1; number <= 10; number++) {
    await expect(form.getByRole("heading", { name: `Question ${number} of 10` })).toBeVisible();
    const prompt = ((await form.locator("legend").first().textContent()) ?? "").trim();
    prompts.push(prompt);
    const key = plan.kept.find((question) => question.prompt === prompt);
    expect(key, `"${prompt}" is one of the kept questions`).toBeTruthy();
    await answer(form, key!, student.strong);
    await page.getByRole("button", { name: "Save answer" }).click();
    await expect(page.getByTestId("feedback")).toContainText("Answer saved");
    await expect(page.getByTestId("feedback")).not.toContainText(/Correct!|Not quite/);
    if (number < 10) await page.getByRole("button", { name: "Next question" }).click();
  }
  await page.getByRole("button", { name: "Submit assignment" }).click();
  await expect(page.getByTestId("quiz-score")).toContainText("out of 10");
  // The review of the submitted attempt marks each pick in place (the answers are shown after submitting).
  await expect(page.getByTestId("reviewed-question")).toHaveCount(10);
  await expect(page.getByTestId("option-mark").filter({ hasText: "Your answer" })).toHaveCount(10);
  if (index === 0) {
    await expectNoSeriousAxeViolations(page, "attempt review");
    await expectFitsPhone(page, "attempt review");
  }
  await context.close();
  return prompts;
}

/** The strong students give the true answer everywhere (marked wrong on the miskeyed one); the weak one gives the wrong key there and wrong answers elsewhere. */
async function answer(form: Locator, key: Question, strong: boolean) {
  if (key.type === "true_false") {
    await form.getByRole("radio", { name: (key.answer === true) === strong ? "True" : "False", exact: true }).check();
    return;
  }
  const right = String(key.answer);
  const pick = key === plan.miskeyed ? (strong ? plan.trueAnswer : plan.wrongKey) : strong ? right : key.choices!.find((choice) => choice !== right)!;
  await form.getByRole("radio", { name: pick, exact: true }).check();
}

test("each student gets the ten kept questions, one per sentence, in an order of their own", async ({ browser }) => {
  test.setTimeout(480_000);
  for (const index of students.keys()) orders.push(await takeAssignment(browser, index));
  const keptPrompts = plan.kept.map((question) => question.prompt).sort();
  for (const order of orders) {
    expect([...order].sort()).toEqual(keptPrompts);
    const sentences = order.map((prompt) => sentenceOf(plan.kept.find((question) => question.prompt === prompt)!.source.quote));
    expect(new Set(sentences).size).toBe(10);
  }
  expect(new Set(orders.map((order) => order.join("\n"))).size, "three different orders").toBe(3);
});

test("the item analysis shows facility, discrimination and option shares, flags the wrong key, and the teacher fixes it from the flag", async () => {
  test.setTimeout(180_000);
  const page = shared.teacher!;
  await page.goto(`/teach/assignments/${shared.assignmentId}`);
  await expect(page.getByText("From 3 submitted attempts")).toBeVisible();
  const cards = page.getByTestId("question-report");
  await expect(cards).toHaveCount(10);
  // Every question was answered by all three: two right and one wrong (facility 2/3, discrimination
  // 1.00), except the miskeyed one: only the weak student "right" (1/3), against the rest of the score (r = -1).
  for (const question of plan.kept) {
    const card = cards.filter({ hasText: question.prompt });
    const miskeyed = question === plan.miskeyed;
    await expect(card).toContainText(miskeyed ? "33% (1 of 3)" : "67% (2 of 3)");
    await expect(card.locator("dd").nth(2)).toHaveText(miskeyed ? "-1.00" : "1.00");
    if (question.type === "multiple_choice") {
      for (const choice of question.choices!) await expect(card.getByRole("row", { name: optionRow(choice) })).toBeVisible();
    }
  }
  await expect(page.getByText("1 question is flagged.")).toBeVisible();
  const flagged = cards.filter({ hasText: plan.miskeyed.prompt });
  await expect(flagged.getByRole("list", { name: "Flags" })).toContainText("Negative discrimination");
  await expect(flagged.getByRole("row", { name: optionRow(plan.trueAnswer) })).toContainText("67%");
  await expect(flagged.getByRole("row", { name: /✓ key/ })).toContainText(plan.wrongKey);
  await expect(flagged.getByRole("row", { name: /✓ key/ })).toContainText("33%");
  await expectNoSeriousAxeViolations(page, "item analysis");
  await expectFitsPhone(page, "item analysis");

  await page.getByTestId("item-summary-row").filter({ hasText: plan.miskeyed.prompt }).getByRole("link", { name: /Negative discrimination/ }).click();
  await expect(page.getByRole("heading", { name: /Fix a question/ })).toBeVisible();
  await expect(page.getByTestId("fix-source-quote")).toContainText(plan.miskeyed.source.quote.slice(0, 30));
  await expectNoSeriousAxeViolations(page, "fix page");
  await expectFitsPhone(page, "fix page");
  await page.getByRole("group", { name: "Correct answer" }).getByLabel(plan.trueAnswer, { exact: true }).check();
  await page.getByRole("button", { name: "Save and regrade" }).click();
  await expect(page.getByRole("status").filter({ hasText: "3 answers regraded, 3 submitted attempts rescored" })).toBeVisible();
  await page.getByRole("link", { name: "Back to the analysis" }).click();
  await expect(page.getByText("No question is flagged.")).toBeVisible();
  await expect(page.getByTestId("question-report").filter({ hasText: plan.miskeyed.prompt })).toContainText("67% (2 of 3)");

  await page.goto(`/teach/classes/${shared.classId}/gradebook`);
  await expect(page.getByRole("row", { name: new RegExp(students[0].name) })).toContainText("10/10 (100%)");
  await expect(page.getByRole("row", { name: new RegExp(students[2].name) })).toContainText("0/10 (0%)");
  await expectNoSeriousAxeViolations(page, "gradebook");
  await expectFitsPhone(page, "gradebook");
  await page.goto(`/teach/sets/${shared.setId}/analysis`);
  await expect(page.getByRole("heading", { name: "What to re-teach" })).toBeVisible();
  if (plan.kept.some((question) => question.material === "expert")) await expect(page.getByTestId("source-mastery").filter({ hasText: /^Expert: / }).first()).toBeVisible();
  await expectNoSeriousAxeViolations(page, "set analysis");
  await expectFitsPhone(page, "set analysis");
});
