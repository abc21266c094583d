import { expect, test, type Page } from "@playwright/test";
import { QUESTION_TYPES, answerQuestion, getView, gradeCardsByKeyboard, sample, signIn } from "./helpers";

// Issue 4's "Must show", end to end: the demo student studies five cards by keyboard, undoes one,
// takes the sample quiz with one question of each type, reloads, and finds both on the progress page.
// Other specs in the same run use the demo student too, so the spec reads the numbers first and
// asserts what this journey added.

async function readProgress(page: Page) {
  await expect(page.getByRole("heading", { name: "Your progress" })).toBeVisible();
  const history = page.getByTestId("quiz-history").locator("tbody tr");
  return { reviewsToday: Number(await page.getByTestId("reviews-today").textContent()), quizzes: await history.count() };
}

test("the demo student studies five cards by keyboard, undoes one, takes the sample quiz, and the progress page shows both after a reload", async ({ page }) => {
  await signIn(page);
  const nav = page.getByRole("navigation", { name: "Main" });
  await expect(nav.getByRole("link")).toHaveText(["Library", "Assignments", "Classes", "Progress"]);

  await nav.getByRole("link", { name: "Progress" }).click();
  const before = await readProgress(page);

  // Library → the sample's page → flashcards.
  await nav.getByRole("link", { name: "Library" }).click();
  await page.getByRole("link", { name: sample.title }).click();
  await page.getByRole("link", { name: /^Flashcards/ }).click();
  await expect(page.getByRole("heading", { name: "Flashcards" })).toBeVisible();

  // Five cards with the keyboard alone, then U takes the last grade back.
  const fronts = await gradeCardsByKeyboard(page, ["3", "3", "4", "2", "3"]);
  await page.keyboard.press("u");
  await expect(page.getByTestId("study-status")).toContainText("Undone");
  await expect(page.getByTestId("card-front")).toHaveText(fronts[4]);

  // Back to the set, then its quiz.
  await page.getByRole("link", { name: sample.title }).click();
  await page.getByRole("link", { name: /^Take the quiz/ }).click();
  await expect(page.getByRole("heading", { name: "Practice quiz" })).toBeVisible();
  const finishOpen = page.getByRole("button", { name: /^Finish now/ });
  if (await finishOpen.isVisible()) {
    // A quiz left open earlier would be resumed; finish it so this journey starts its own.
    await finishOpen.click();
    await page.getByRole("button", { name: "Yes, finish" }).click();
    await page.getByRole("button", { name: "Start a new quiz" }).click();
    before.quizzes += 1;
  }
  const started = page.waitForResponse((r) => r.url().endsWith("/api/quiz/attempts") && r.request().method() === "POST");
  await page.getByRole("button", { name: /^Start a 10-question quiz/ }).click();
  const { attemptId } = (await (await started).json()) as { attemptId: string };
  const { questions, setId } = await getView(page.request, attemptId);
  expect(questions).toHaveLength(10);

  // Questions come one at a time and in order: answer until every type has had one, right the
  // first time a type comes up and wrong after that, so the score says which answers counted.
  const seen = new Set<string>();
  let answered = 0;
  for (const [index, { question }] of questions.entries()) {
    await expect(page.getByRole("heading", { name: `Question ${index + 1} of 10` })).toBeVisible();
    await answerQuestion(page, question, !seen.has(question.type));
    seen.add(question.type);
    answered += 1;
    if (seen.size === QUESTION_TYPES.length) break;
    await page.getByRole("button", { name: "Next question" }).click();
  }
  expect([...seen].sort()).toEqual([...QUESTION_TYPES].sort());
  if (answered < 10) {
    await page.getByRole("button", { name: `Finish now (${10 - answered} unanswered)` }).click();
    await page.getByRole("button", { name: "Yes, finish" }).click();
  } else {
    await page.getByRole("button", { name: "See your score" }).click();
  }
  // One right answer per type the quiz asks.
  const right = QUESTION_TYPES.length;
  await expect(page.getByTestId("quiz-score")).toHaveText(`You scored ${right} out of 10 (${right * 10}%)`);

  // The end screen leads on to the progress page; reload it so the numbers come from the database.
  await page.getByRole("link", { name: "See your progress" }).click();
  await expect(page).toHaveURL(/\/progress$/);
  await page.reload();
  const after = await readProgress(page);
  expect(after.reviewsToday).toBe(before.reviewsToday + 4);
  expect(after.quizzes).toBe(before.quizzes + 1);
  const latest = page.getByTestId("quiz-history").locator("tbody tr").first();
  await expect(latest).toContainText(sample.title);
  await expect(latest).toContainText(`${right}/10 (${right * 10}%)`);
  const takenAt = Date.parse((await latest.locator("time").getAttribute("datetime")) ?? "");
  expect(Date.now() - takenAt).toBeLessThan(5 * 60_000);

  // The library card and the quiz page remember the score too.
  await nav.getByRole("link", { name: "Library" }).click();
  const card = page.getByRole("listitem").filter({ has: page.getByRole("link", { name: sample.title }) });
  await expect(card.getByTestId("last-quiz")).toHaveText(`${right}/10`);
  await page.goto(`/sets/${setId}/quiz`);
  await expect(page.getByTestId("last-score")).toHaveText(`Last time you scored ${right} out of 10.`);
});
