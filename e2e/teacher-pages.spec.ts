import { expect, test, type Browser, type Page } from "@playwright/test";
import { signIn, expectNoSeriousAxeViolations } from "./helpers";

// Every teacher page (and the student's /classes) checked by axe and at a 375 px phone width, on data
// made here: an imported quiz, a class, an assignment and one submitted attempt.

async function expectNoSidewaysScroll(page: Page, path: string) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, `${path} scrolls sideways`).toBeLessThanOrEqual(0);
}

type Ids = { setId: string; classId: string; assignmentId: string };

async function makeClassWithResults(browser: Browser): Promise<Ids> {
  const context = await browser.newContext();
  const teacher = await context.newPage();
  await signIn(teacher, "teacher@example.com");
  const gift = [
    "::Capital:: Which city is the capital of France, the country on the Seine? {~Lyon =Paris ~Marseille ~Toulouse}",
    "",
    "::Sun:: The sun is a star. {T}",
    "",
    "::Sum:: Two plus two makes {=four =4}.",
  ].join("\n");
  const imported = await teacher.request.post("/api/teach/import", { data: { format: "gift", text: gift, title: `Pages quiz ${Date.now()}` } });
  expect(imported.status()).toBe(201);
  const { id: setId } = (await imported.json()) as { id: string };
  await teacher.goto(`/teach/sets/${setId}/edit`);
  await teacher.getByRole("button", { name: "Publish", exact: true }).click();
  await expect(teacher).toHaveURL(new RegExp(`/teach/sets/${setId}$`));

  const created = await teacher.request.post("/api/teach/classes", { data: { name: `Pages class ${Date.now()}` } });
  expect(created.status()).toBe(201);
  const { id: classId, joinCode } = (await created.json()) as { id: string; joinCode: string };
  const opensAt = new Date(Date.now() - 60 * 60_000);
  const assigned = await teacher.request.post("/api/teach/assignments", {
    data: {
      classId,
      setId,
      opensAt: opensAt.toISOString(),
      dueAt: new Date(opensAt.getTime() + 3 * 86_400_000).toISOString(),
      attemptsAllowed: 2,
      timeLimitMinutes: null,
      shuffleQuestions: false,
      shuffleChoices: false,
      showAnswers: true,
    },
  });
  expect(assigned.status()).toBe(201);
  const { id: assignmentId } = (await assigned.json()) as { id: string };
  await context.close();

  const studentContext = await browser.newContext();
  const student = await studentContext.newPage();
  await signIn(student, "student@example.com");
  expect((await student.request.post("/api/classes/join", { data: { code: joinCode } })).status()).toBe(201);
  const started = await student.request.post("/api/quiz/attempts", { data: { assignmentId } });
  expect(started.status()).toBe(201);
  const { attemptId } = (await started.json()) as { attemptId: string };
  expect((await student.request.post(`/api/quiz/attempts/${attemptId}/finish`)).status()).toBe(200);
  await studentContext.close();
  return { setId, classId, assignmentId };
}

const teacherPaths = (ids: Ids) => [
  "/teach",
  "/teach/sets/new",
  `/teach/sets/${ids.setId}/edit`,
  `/teach/sets/${ids.setId}`,
  "/teach/classes",
  `/teach/classes/${ids.classId}`,
  `/teach/classes/${ids.classId}/gradebook`,
  `/teach/assignments/${ids.assignmentId}`,
  "/teach/import",
];

test.describe.serial("teacher pages: accessibility and phones", () => {
  let ids: Ids;

  test.beforeAll(async ({ browser }) => {
    ids = await makeClassWithResults(browser);
  });

  test("no serious or critical axe violations on any teacher page, nor on the student's classes", async ({ page, browser }) => {
    test.setTimeout(180_000); // nine pages of axe on a shared machine
    await signIn(page, "teacher@example.com");
    for (const path of teacherPaths(ids)) {
      await page.goto(path);
      await expect(page.locator("main h1")).toBeVisible();
      await expectNoSeriousAxeViolations(page, path);
    }

    // The states that only appear after an action: a refused save in the review form, an import preview.
    await page.goto(`/teach/sets/${ids.setId}/edit`);
    // The answer pickers are plain radio groups: arrow keys move the correct answer.
    await page.getByRole("button", { name: "Edit question 1", exact: true }).click();
    const answers = page.getByRole("group", { name: "Question 1 correct answer" });
    await answers.getByLabel("Paris").focus();
    await page.keyboard.press("ArrowDown");
    await expect(answers.getByLabel("Marseille")).toBeChecked();
    await page.keyboard.press("ArrowUp");
    await expect(answers.getByLabel("Paris")).toBeChecked();
    await page.getByLabel("Question 1", { exact: true }).fill("");
    await page.getByRole("button", { name: "Save draft" }).click();
    await expect(page.getByText("The question cannot be empty.")).toBeVisible();
    await expectNoSeriousAxeViolations(page, "review form with errors");

    await page.goto("/teach/import");
    await page.getByLabel("…or paste its text").fill("alpha\tfirst letter\nbeta\tsecond letter\n");
    await page.getByRole("button", { name: "Preview" }).click();
    await expect(page.getByRole("heading", { name: "Preview: 2 items" })).toBeVisible();
    await expectNoSeriousAxeViolations(page, "import preview");

    const student = await (await browser.newContext()).newPage();
    await signIn(student, "student@example.com");
    await student.goto("/classes");
    await expect(student.locator("main h1")).toBeVisible();
    await expectNoSeriousAxeViolations(student, "/classes");
  });

  test("every teacher page fits a 375 px phone without scrolling sideways", async ({ page, browser }) => {
    await page.setViewportSize({ width: 375, height: 740 });
    await signIn(page, "teacher@example.com");
    for (const path of teacherPaths(ids)) {
      await page.goto(path);
      await expect(page.locator("main h1")).toBeVisible();
      await expectNoSidewaysScroll(page, path);
    }
    await page.goto("/teach/import");
    await page.getByLabel("…or paste its text").fill("a rather long term with several words\ta definition that is longer still, to wrap\n".repeat(3));
    await page.getByRole("button", { name: "Preview" }).click();
    await expect(page.getByRole("heading", { name: "Preview: 3 items" })).toBeVisible();
    await expectNoSidewaysScroll(page, "import preview");

    const student = await (await browser.newContext({ viewport: { width: 375, height: 740 } })).newPage();
    await signIn(student, "student@example.com");
    await student.goto("/classes");
    await expect(student.locator("main h1")).toBeVisible();
    await expectNoSidewaysScroll(student, "/classes");
  });
});
