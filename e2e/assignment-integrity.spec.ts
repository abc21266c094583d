import { expect, test } from "@playwright/test";
import type { AttemptView } from "@/lib/quiz";
import { expectNoSeriousAxeViolations, getView, signIn, signUpInNewContext } from "./helpers";

// Issue 11 items 1, 2 and 4 and issue 15's fair quiz, through the production server: the teacher
// assigns 4 questions of two types, a student with the assignment open gets no answers from
// practice, sees only "saved" while taking it, submits, and reopens the review; a removed student
// cannot rejoin with the old code.

test.describe.configure({ mode: "serial" });

const gift = [
  ...["Paris", "Rome", "Madrid", "Berlin", "Lisbon", "Vienna"].map(
    (city, i) => `::Capital ${i}:: Which city is capital number ${i}? {=${city} ~Lyon ~Turin ~Porto}`,
  ),
  ...["The sun is a star. {T}", "The moon is a planet. {F}", "Water boils at 100 C at sea level. {T}", "Ice is heavier than water. {F}"],
  "Two plus two makes {=four =4}.",
  "The capital of Japan is {=Tokyo}.",
].join("\n\n");

const shared: { setId?: string; classId?: string; joinCode?: string; assignmentId?: string; attemptId?: string } = {};

test("the teacher publishes an imported quiz and assigns 4 questions of two types, shuffled by default", async ({ page }) => {
  await signIn(page, "teacher@example.com");
  const title = `Fair quiz ${Date.now()}`;
  const imported = await page.request.post("/api/teach/import", { data: { format: "gift", text: gift, title } });
  expect(imported.status()).toBe(201);
  shared.setId = ((await imported.json()) as { id: string }).id;
  await page.goto(`/teach/sets/${shared.setId}/edit`);
  await page.getByRole("button", { name: "Publish", exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/teach/sets/${shared.setId}$`));

  const created = await page.request.post("/api/teach/classes", { data: { name: `Fair class ${Date.now()}` } });
  expect(created.status()).toBe(201);
  Object.assign(shared, (({ id, joinCode }) => ({ classId: id, joinCode }))((await created.json()) as { id: string; joinCode: string }));

  await page.goto(`/teach/classes/${shared.classId}`);
  await page.getByLabel("Study set").selectOption({ label: title });
  await expect(page.getByText("this set can give up to 12")).toBeVisible();
  await page.getByLabel("Questions per student").fill("4");
  for (const type of ["Fill in the blank", "Numeric", "Matching", "Ordering"]) await page.getByLabel(type, { exact: true }).uncheck();
  await expect(page.getByLabel("Shuffle questions")).toBeChecked();
  await expect(page.getByLabel("Shuffle choices")).toBeChecked();
  await page.getByRole("button", { name: "Assign quiz" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Quiz assigned." })).toBeVisible();
  const href = await page.locator('a[href^="/teach/assignments/"]').first().getAttribute("href");
  shared.assignmentId = href!.split("/").at(-1);
});

test("a student with the assignment open gets no answers from practice, sees only 'saved', submits and reopens the review", async ({ browser }) => {
  const page = await signUpInNewContext(browser, `Fair Student ${Date.now()}`);
  expect((await page.request.post("/api/classes/join", { data: { code: shared.joinCode } })).status()).toBe(201);

  // Item 1: practice is closed while the assignment is still to take.
  await page.goto(`/sets/${shared.setId}/quiz`);
  await expect(page.getByTestId("assignment-lock")).toContainText("You have an assignment on this set");
  expect((await page.request.post("/api/quiz/attempts", { data: { setId: shared.setId } })).status()).toBe(409);
  await page.goto(`/sets/${shared.setId}`);
  await expect(page.getByTestId("assignment-lock")).toBeVisible();
  await expect(page.getByRole("link", { name: "Take the quiz" })).toHaveCount(0);

  await page.goto(`/assignments/${shared.assignmentId}`);
  await page.getByRole("button", { name: "Start the assignment" }).click();
  await expect(page.locator("section[data-question-type]")).toBeVisible();
  const resumed = await page.request.post("/api/quiz/attempts", { data: { assignmentId: shared.assignmentId } });
  expect(resumed.status()).toBe(200);
  shared.attemptId = ((await resumed.json()) as { attemptId: string }).attemptId;
  const view: AttemptView = await getView(page.request, shared.attemptId);
  expect(view.total).toBe(4);
  expect(view.questions.every((q) => q.question.type === "multiple_choice" || q.question.type === "true_false")).toBe(true);
  const check = await page.request.post("/api/practice/check", { data: { itemId: view.questions[0].question.itemId, mode: "typed", response: "Paris" } });
  expect(check.status()).toBe(409);
  expect(JSON.stringify(await check.json())).not.toContain("expected");

  // Item 2: each answer is only "saved".
  for (let index = 0; index < 4; index++) {
    const form = page.locator("section[data-question-type]");
    await expect(form.getByRole("heading", { name: `Question ${index + 1} of 4` })).toBeVisible();
    await form.getByRole("radio").first().check();
    await page.getByRole("button", { name: "Save answer" }).click();
    const feedback = page.getByTestId("feedback");
    await expect(feedback).toContainText("Answer saved");
    await expect(feedback).not.toContainText(/Right answer|Correct!|Not quite/);
    if (index < 3) await page.getByRole("button", { name: "Next question" }).click();
  }
  await page.getByRole("button", { name: "Submit assignment" }).click();

  // The review of the submitted attempt, with its status, without a reload.
  await expect(page).toHaveURL(new RegExp(`/assignments/${shared.assignmentId}/attempts/${shared.attemptId}$`));
  await expect(page.getByRole("heading", { name: "Attempt 1" })).toBeVisible();
  await expect(page.getByText("submitted", { exact: true })).toBeVisible();
  await expect(page.getByTestId("quiz-score")).toContainText("out of 4");
  const reviewed = page.getByTestId("reviewed-question");
  await expect(reviewed).toHaveCount(4);
  await expect(reviewed.filter({ hasText: /Correct!|Not quite\./ })).toHaveCount(4);
  await expectNoSeriousAxeViolations(page, "attempt review");

  await page.goto(`/assignments/${shared.assignmentId}`);
  await page.getByRole("link", { name: "Review attempt 1" }).click();
  await expect(page.getByTestId("reviewed-question")).toHaveCount(4);
  await page.setViewportSize({ width: 375, height: 812 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);

  // With the only attempt used and answers shown, practice opens again.
  expect((await page.request.post("/api/quiz/attempts", { data: { setId: shared.setId } })).status()).toBe(201);
});

test("a removed student's open attempt is submitted and the old code no longer lets them in; a new code does", async ({ browser, page }) => {
  const student = await signUpInNewContext(browser, `Removed Student ${Date.now()}`);
  expect((await student.request.post("/api/classes/join", { data: { code: shared.joinCode } })).status()).toBe(201);
  const started = await student.request.post("/api/quiz/attempts", { data: { assignmentId: shared.assignmentId } });
  const { attemptId } = (await started.json()) as { attemptId: string };
  const view = await getView(student.request, attemptId);
  expect((await student.request.post(`/api/quiz/attempts/${attemptId}/answers`, { data: { itemId: view.questions[0].question.itemId, response: true } })).status()).toBeLessThan(500);
  const me = await student.request.get("/api/auth/session");
  const studentId = ((await me.json()) as { user: { id: string } }).user.id;

  await signIn(page, "teacher@example.com");
  expect((await page.request.delete(`/api/teach/classes/${shared.classId}/members/${studentId}`)).status()).toBe(204);
  expect((await getView(student.request, attemptId)).submittedAt).not.toBeNull();
  const again = await student.request.post("/api/classes/join", { data: { code: shared.joinCode } });
  expect(again.status()).toBe(403);
  expect(((await again.json()) as { error: string }).error).toContain("Your teacher removed you");

  await page.goto(`/teach/classes/${shared.classId}`);
  await expect(page.getByRole("list", { name: "Removed students" })).toContainText("cannot rejoin with the current code");
  page.once("dialog", (dialog) => void dialog.accept());
  await page.getByRole("button", { name: "New join code" }).click();
  await expect(page.getByTestId("join-code")).not.toHaveText(shared.joinCode!);
  const newCode = (await page.getByTestId("join-code").textContent())!.trim();
  expect((await student.request.post("/api/classes/join", { data: { code: newCode } })).status()).toBe(201);
});
