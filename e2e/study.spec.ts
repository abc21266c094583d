import { expect, test } from "@playwright/test";
import { expectNoSeriousAxeViolations, gradeCardsByKeyboard, openSampleSet, sample, signIn } from "./helpers";

const reviewedToday = async (text: Promise<string | null>) => Number(/reviewed today: (\d+)/.exec((await text) ?? "")?.[1]);

test("the demo student studies five cards by keyboard, undoes one, resumes after a reload, and sees the reviews on the progress page", async ({ page }) => {
  await signIn(page);
  const setPath = await openSampleSet(page);
  // Other specs in the run may have studied already: count from what the page says now.
  await page.goto("/progress");
  const reviewsBefore = Number(await page.getByTestId("reviews-today").textContent());
  await page.goto(`${setPath}/study`);
  const status = page.getByTestId("study-status");
  const front = page.getByTestId("card-front");
  const before = await reviewedToday(page.getByTestId("remaining").textContent());
  const fronts = await gradeCardsByKeyboard(page, ["3", "4", "3", "2", "3"]);
  await page.keyboard.press("u");
  await expect(status).toContainText("Undone");
  await expect(front).toHaveText(fronts[4]);

  await page.reload();
  await expect(front).toHaveText(fronts[4]);
  await expect(page.getByTestId("remaining")).toContainText(`reviewed today: ${before + 4}`);

  // "Show source" opens the article with the card's quote highlighted.
  await page.keyboard.press("Space");
  await page.getByRole("link", { name: "Show source" }).click();
  await expect(page.getByRole("heading", { name: "Source of the card" })).toBeVisible();
  await expect(page.locator("#quote")).toBeVisible();

  await page.goto("/progress");
  await expect(page.getByTestId("reviews-today")).toHaveText(String(reviewsBefore + 4));
  await expect(page.getByTestId("streak")).toHaveText("1 day");
  await expect(page.getByTestId("mastery-table")).toContainText("Key facts");
});

test("the save endpoint refuses bad grades, unknown cards and repeats nothing", async ({ page }) => {
  await signIn(page);
  const setPath = await openSampleSet(page);
  await page.goto(`${setPath}/study`);
  const html = await page.content();
  const itemId = /"itemId":"([^"\\]+)/.exec(html.replaceAll('\\"', '"'))?.[1];
  expect(itemId).toBeTruthy();
  const bad = await page.request.post("/api/reviews", { data: { requestId: crypto.randomUUID(), itemId, rating: 7 } });
  expect(bad.status()).toBe(422);
  const unknown = await page.request.post("/api/reviews", { data: { requestId: crypto.randomUUID(), itemId: "no-such-card", rating: 3 } });
  expect(unknown.status()).toBe(404);
  const huge = await page.request.post("/api/reviews", { data: { requestId: "x".repeat(5000), itemId, rating: 3 } });
  expect(huge.status()).toBe(413);
  const requestId = crypto.randomUUID();
  const first = await page.request.post("/api/reviews", { data: { requestId, itemId, rating: 3 } });
  const again = await page.request.post("/api/reviews", { data: { requestId, itemId, rating: 3 } });
  expect([first.status(), again.status()]).toEqual([201, 200]);
  expect((await again.json()).due).toBe((await first.json()).due);
  expect((await page.request.post("/api/reviews/undo", { data: { requestId } })).status()).toBe(200);
  expect((await page.request.post("/api/reviews/undo", { data: { requestId } })).status()).toBe(404);
  expect((await page.request.get("/sets/no-such-set")).status()).toBe(404);
});

test("library, set, study and progress pages have no serious or critical axe violations", async ({ page }) => {
  await signIn(page);
  await expectNoSeriousAxeViolations(page);
  const setPath = await openSampleSet(page);
  await expectNoSeriousAxeViolations(page);
  await page.goto(`${setPath}/study`);
  // A key pressed before hydration has no listener yet: press again until the card turns.
  await expect(async () => {
    await page.keyboard.press("Space");
    await expect(page.getByTestId("card-back")).toBeVisible({ timeout: 2_000 });
  }).toPass();
  await expectNoSeriousAxeViolations(page);
  await page.goto("/progress");
  await expect(page.getByRole("heading", { name: "Your progress" })).toBeVisible();
  await expectNoSeriousAxeViolations(page);
});

test("the study page fits a 375 px wide phone without horizontal scrolling", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await signIn(page);
  const setPath = await openSampleSet(page);
  for (const path of [setPath, `${setPath}/study`]) {
    await page.goto(path);
    if (path.endsWith("/study")) {
      await page.getByRole("button", { name: "Show answer" }).click();
      await expect(page.getByTestId("card-back")).toBeVisible();
    }
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, `${path} scrolls sideways`).toBeLessThanOrEqual(0);
  }
});

test("cloze, matching and learn are graded by the server, and their pages carry no answers", async ({ page }) => {
  await signIn(page);
  const setPath = await openSampleSet(page);

  const clozePage = await page.request.get(`${setPath}/cloze`);
  expect(await clozePage.text()).not.toContain('"back"');
  await page.goto(`${setPath}/cloze`);
  await page.getByLabel("Missing words").fill("definitely wrong words");
  await page.getByRole("button", { name: "Check" }).click();
  await expect(page.getByText(/Not quite\. Answer: \S/)).toBeVisible();
  await page.getByRole("button", { name: "Next sentence" }).click();
  await expect(page.getByText("Sentence 2 of")).toBeVisible();

  const learnPage = await page.request.get(`${setPath}/learn`);
  expect(await learnPage.text()).not.toMatch(/\\?"answer\\?"/);
  expect((await page.request.delete(`/api${setPath}/learn-progress`)).status()).toBe(200);
  await page.goto(`${setPath}/learn`);
  const prompt = (await page.locator("legend").textContent())!.trim();
  const answer = String(sample.questions.find((question) => question.type === "multiple_choice" && question.prompt === prompt)!.answer);
  await page.getByRole("radio", { name: answer, exact: true }).check();
  await page.getByRole("button", { name: "Check" }).click();
  await expect(page.getByText(/^Right\./)).toBeVisible();
  // Learn remembers: after a reload the question chosen right comes back to be typed, and a typed
  // answer that is right counts as learned across reloads, until the learner starts over.
  await page.reload();
  await expect(page.getByText(/^0 of \d+ learned · Type the answer/)).toBeVisible();
  await page.getByLabel("Your answer").fill(answer);
  await page.getByRole("button", { name: "Check" }).click();
  await expect(page.getByText(/^Right\./)).toBeVisible();
  await page.reload();
  await expect(page.getByText(/^1 of \d+ learned · Multiple choice/)).toBeVisible();
  await page.getByRole("button", { name: "Start Learn over" }).click();
  await expect(page.getByText(/^0 of \d+ learned · Multiple choice/)).toBeVisible();
  await expect(page.getByRole("button", { name: "Start Learn over" })).toHaveCount(0);

  await page.goto(`${setPath}/match`);
  await page.getByRole("group", { name: "Prompts" }).getByRole("button").first().click();
  await page.getByRole("group", { name: "Answers" }).getByRole("button").first().click();
  await expect(page.getByRole("status").filter({ hasText: /Matched|does not belong/ })).toBeVisible();
});
